package org.govbuy.platform.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.Role;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for the login form, the token endpoint and bearer-token requests. */
@Service
class AccountDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountDetailsService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public AccountPrincipal loadUserByUsername(String username) {
		return find("u.username = :key", username == null ? "" : username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
	}

	Optional<AccountPrincipal> findById(UUID id) {
		return find("u.id = :key", id);
	}

	private Optional<AccountPrincipal> find(String condition, Object key) {
		Instant now = clock.instant();
		return jdbc
			.sql("""
					select u.id, u.username, u.display_name, u.password_hash, u.enabled, u.locked_until,
					       u.must_change_password, u.credentials_version, o.id as org_id, o.name as org_name, o.region_code, o.enabled as org_enabled,
					       (select string_agg(r.role, ',') from platform.user_role r where r.app_user = u.id) as roles
					from platform.app_user u join platform.organization o on o.id = u.organization_id
					where %s"""
				.formatted(condition))
			.param("key", key)
			.query((rs, row) -> {
				Set<Role> roles = EnumSet.noneOf(Role.class);
				String roleList = rs.getString("roles");
				if (roleList != null) {
					for (String role : roleList.split(",")) {
						roles.add(Role.valueOf(role));
					}
				}
				CurrentUser user = new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
						rs.getString("display_name"), rs.getObject("org_id", UUID.class), rs.getString("org_name"),
						new RegionCode(rs.getString("region_code")), roles);
				Timestamp lockedUntil = rs.getTimestamp("locked_until");
				boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(now);
				return new AccountPrincipal(user, rs.getString("password_hash"),
						rs.getBoolean("enabled") && rs.getBoolean("org_enabled"), locked,
						rs.getBoolean("must_change_password"), rs.getInt("credentials_version"));
			})
			.optional();
	}

}
