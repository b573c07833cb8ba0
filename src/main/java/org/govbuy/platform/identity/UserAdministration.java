package org.govbuy.platform.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govbuy.platform.Accounts;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Organization;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.Role;
import org.govbuy.shared.RegionCode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Accounts: creation with roles that fit the organization, disabling, password resets and
 * changes. Every change is audited (without password hashes).
 */
@Service
public class UserAdministration implements Accounts {

	/** Which organizations each role belongs to. */
	private static final Map<Role, Set<OrganizationKind>> ROLE_ORGANIZATIONS = Map.of(Role.ADMIN,
			EnumSet.of(OrganizationKind.OPERATOR, OrganizationKind.FINANCE_BUREAU), Role.FINANCE_CLERK,
			EnumSet.of(OrganizationKind.FINANCE_BUREAU), Role.FINANCE_REVIEWER,
			EnumSet.of(OrganizationKind.FINANCE_BUREAU), Role.PURCHASER_CLERK, EnumSet.of(OrganizationKind.PURCHASER),
			Role.PURCHASER_HEAD, EnumSet.of(OrganizationKind.PURCHASER), Role.PROVIDER,
			EnumSet.of(OrganizationKind.PROVIDER), Role.EXPERT, EnumSet.of(OrganizationKind.EXPERT_POOL),
			Role.EVALUATOR, EnumSet.of(OrganizationKind.EVALUATOR), Role.SUPERVISOR,
			EnumSet.of(OrganizationKind.SUPERVISOR));

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Organizations organizations;

	private final AuditTrail audit;

	private final Clock clock;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	UserAdministration(JdbcClient jdbc, PasswordEncoder encoder, Organizations organizations, AuditTrail audit,
			Clock clock, ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.organizations = organizations;
		this.audit = audit;
		this.clock = clock;
		this.sessions = sessions;
	}

	/**
	 * An account as the admin pages and the API list it (never with its password hash).
	 */
	public record UserSummary(UUID id, String username, String displayName, UUID organizationId,
			String organizationName, RegionCode region, List<Role> roles, boolean enabled, boolean locked,
			OffsetDateTime lastLoginAt) {

		public String roleLabels() {
			return roles.stream().map(Role::label).collect(Collectors.joining("、"));
		}

	}

	/** What creating an account takes. */
	public record NewUser(String username, String displayName, UUID organizationId, Set<Role> roles, String password) {
	}

	@Transactional
	public UserSummary create(NewUser request) {
		String username = request.username() == null ? "" : request.username().trim();
		if (!username.matches("[A-Za-z][A-Za-z0-9._-]{2,63}")) {
			throw new InvalidInputException("username", "用户名须以字母开头，3–64位，只含字母、数字、点、下划线和连字符");
		}
		if (request.displayName() == null || request.displayName().isBlank()) {
			throw new InvalidInputException("displayName", "请填写姓名");
		}
		Organization organization = request.organizationId() == null ? null
				: organizations.find(request.organizationId()).orElse(null);
		if (organization == null) {
			throw new InvalidInputException("organizationId", "请选择所属单位");
		}
		checkRolesFit(request.roles(), organization);
		PasswordPolicy.weakness(request.password(), username).ifPresent(weakness -> {
			throw new InvalidInputException("password", weakness);
		});
		if (jdbc.sql("select count(*) from platform.app_user where lower(username) = lower(:username)")
			.param("username", username)
			.query(Long.class)
			.single() > 0) {
			throw new InvalidInputException("username", "用户名已存在：" + username);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into platform.app_user (id, username, display_name, password_hash, organization_id, created_at)
				values (:id, :username, :displayName, :hash, :org, :now)""")
			.param("id", id)
			.param("username", username)
			.param("displayName", request.displayName().trim())
			.param("hash", encoder.encode(request.password()))
			.param("org", organization.id())
			.param("now", OffsetDateTime.now(clock))
			.update();
		insertRoles(id, request.roles());
		UserSummary created = get(id);
		audit.record("user.create", "User", id, null, created);
		return created;
	}

	@Override
	@Transactional
	public UUID create(String username, String displayName, UUID organizationId, Set<Role> roles, String password) {
		return create(new NewUser(username, displayName, organizationId, roles, password)).id();
	}

	@Override
	public boolean exists(String username) {
		return idOf(username).isPresent();
	}

	@Override
	public java.util.Optional<Accounts.AccountSummary> find(String username) {
		return accounts("u.username = :value", username == null ? "" : username.strip()).stream().findFirst();
	}

	@Override
	public List<Accounts.AccountSummary> withRole(Role role) {
		return accounts("u.id in (select app_user from platform.user_role where role = :value)", role.name());
	}

	@Override
	public List<Accounts.AccountSummary> inOrganization(UUID organizationId) {
		return accounts("u.organization_id = cast(:value as uuid)", organizationId.toString());
	}

	private List<Accounts.AccountSummary> accounts(String condition, String value) {
		Map<String, Accounts.AccountSummary> found = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				select u.username, u.display_name, r.role from platform.app_user u
				join platform.user_role r on r.app_user = u.id
				where u.enabled and %s order by u.display_name""".formatted(condition))
			.param("value", value)
			.query((rs, n) -> found.merge(rs.getString("username"),
					new Accounts.AccountSummary(rs.getString("username"), rs.getString("display_name"),
							Set.of(Role.valueOf(rs.getString("role")))),
					(a, b) -> new Accounts.AccountSummary(a.username(), a.displayName(),
							java.util.stream.Stream.concat(a.roles().stream(), b.roles().stream())
								.collect(java.util.stream.Collectors.toUnmodifiableSet()))))
			.list();
		return List.copyOf(found.values());
	}

	@Transactional
	public UserSummary setEnabled(UUID id, boolean enabled) {
		UserSummary before = getVisible(id);
		if (!enabled && CurrentUser.current().map(user -> user.id().equals(id)).orElse(false)) {
			throw new InvalidInputException("enabled", "不能停用自己的账户");
		}
		jdbc.sql("update platform.app_user set enabled = :enabled, version = version + 1 where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
		credentialsChanged(id, before.username(), false);
		UserSummary after = get(id);
		audit.record(enabled ? "user.enable" : "user.disable", "User", id, before, after);
		return after;
	}

	@Transactional
	public UserSummary setRoles(UUID id, Set<Role> roles) {
		UserSummary before = getVisible(id);
		checkRolesFit(roles, organizations.find(before.organizationId()).orElseThrow());
		jdbc.sql("delete from platform.user_role where app_user = :id").param("id", id).update();
		insertRoles(id, roles);
		credentialsChanged(id, before.username(), false);
		UserSummary after = get(id);
		audit.record("user.roles", "User", id, before, after);
		return after;
	}

	/**
	 * Sets a new password chosen by an administrator; the user must change it at next
	 * login.
	 */
	@Transactional
	public UserSummary resetPassword(UUID id, String newPassword) {
		UserSummary before = getVisible(id);
		PasswordPolicy.weakness(newPassword, before.username()).ifPresent(weakness -> {
			throw new InvalidInputException("password", weakness);
		});
		jdbc.sql("""
				update platform.app_user set password_hash = :hash, must_change_password = true,
				    failed_logins = 0, locked_until = null, version = version + 1 where id = :id""")
			.param("hash", encoder.encode(newPassword))
			.param("id", id)
			.update();
		credentialsChanged(id, before.username(), false);
		audit.record("user.resetPassword", "User", id, null, Map.of("username", before.username()));
		return get(id);
	}

	/** The signed-in user changes their own password, proving the current one. */
	@Transactional
	public void changeOwnPassword(String currentPassword, String newPassword) {
		CurrentUser user = CurrentUser.require();
		String hash = jdbc.sql("select password_hash from platform.app_user where id = :id")
			.param("id", user.id())
			.query(String.class)
			.single();
		if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
			throw new InvalidInputException("currentPassword", "当前密码不正确");
		}
		if (newPassword != null && newPassword.equals(currentPassword)) {
			throw new InvalidInputException("newPassword", "新密码不能与当前密码相同");
		}
		PasswordPolicy.weakness(newPassword, user.username()).ifPresent(weakness -> {
			throw new InvalidInputException("newPassword", weakness);
		});
		jdbc.sql(
				"update platform.app_user set password_hash = :hash, must_change_password = false, version = version + 1 where id = :id")
			.param("hash", encoder.encode(newPassword))
			.param("id", user.id())
			.update();
		credentialsChanged(user.id(), user.username(), true);
		audit.record("user.changePassword", "User", user.id(), null, Map.of("username", user.username()));
	}

	/**
	 * Accounts within the data scope, optionally of one organization or matching a name;
	 * callers go through {@link #visibleTo}, which applies {@link #maySee} on top.
	 */
	private List<UserSummary> search(DataScope scope, UUID organizationId, String query) {
		return jdbc
			.sql(SELECT
					+ """
							where o.region_code like :pattern
							  and (cast(:scopeOrg as uuid) is null or o.id = :scopeOrg)
							  and (cast(:org as uuid) is null or o.id = :org)
							  and (cast(:q as varchar) is null or u.username like '%' || :q || '%' or u.display_name like '%' || :q || '%')
							order by o.region_code, o.name, u.username""")
			.param("pattern", scope.regionPattern())
			.param("scopeOrg", scope.organizationFilter())
			.param("org", organizationId)
			.param("q", query == null || query.isBlank() ? null : query.trim())
			.param("now", OffsetDateTime.now(clock))
			.query((rs, row) -> map(rs))
			.list();
	}

	public Optional<UserSummary> find(UUID id) {
		return jdbc.sql(SELECT + " where u.id = :id")
			.param("id", id)
			.param("now", OffsetDateTime.now(clock))
			.query((rs, row) -> map(rs))
			.optional();
	}

	public Optional<UUID> idOf(String username) {
		return jdbc.sql("select id from platform.app_user where username = :username")
			.param("username", username)
			.query(UUID.class)
			.optional();
	}

	/**
	 * Which accounts a caller may see — the one rule behind the user list, the lookup by
	 * id (API) and the admin pages: administrators see every account; finance and
	 * supervision users the accounts of organizations in their region and below; everyone
	 * else only their own account.
	 */
	public static boolean maySee(CurrentUser caller, UserSummary user) {
		DataScope scope = caller.scope();
		return scope.kind() == DataScope.Kind.ORGANIZATION ? user.id().equals(caller.id())
				: scope.permits(user.organizationId(), user.region());
	}

	/**
	 * The accounts the caller may see ({@link #maySee}), optionally of one organization
	 * or matching a name.
	 */
	public List<UserSummary> visibleTo(CurrentUser caller, UUID organizationId, String query) {
		return search(caller.scope(), organizationId, query).stream().filter(user -> maySee(caller, user)).toList();
	}

	/** The account if the current user may see it ({@link #maySee}), or 404. */
	public UserSummary getVisible(UUID id) {
		Optional<CurrentUser> caller = CurrentUser.current();
		return find(id).filter(user -> caller.isEmpty() || maySee(caller.get(), user))
			.orElseThrow(() -> new NotFoundException("用户不存在或不在您的数据范围内"));
	}

	public long count() {
		return jdbc.sql("select count(*) from platform.app_user").query(Long.class).single();
	}

	private UserSummary get(UUID id) {
		return find(id).orElseThrow();
	}

	/**
	 * A password, the roles or the enabled flag changed: bearer tokens issued before are
	 * refused from now on (their credentials version is older), and the account's
	 * sessions end — except the one making the change when users change their own
	 * password.
	 */
	private void credentialsChanged(UUID id, String username, boolean keepCurrentSession) {
		jdbc.sql("update platform.app_user set credentials_version = credentials_version + 1 where id = :id")
			.param("id", id)
			.update();
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository == null) {
			return;
		}
		String current = keepCurrentSession ? currentSessionId() : null;
		for (String sessionId : repository.findByPrincipalName(username).keySet()) {
			if (!sessionId.equals(current)) {
				repository.deleteById(sessionId);
			}
		}
	}

	private static String currentSessionId() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getSession(false) != null ? attributes.getRequest().getSession(false).getId()
						: null;
	}

	private void checkRolesFit(Set<Role> roles, Organization organization) {
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInputException("roles", "请至少选择一个角色");
		}
		for (Role role : roles) {
			if (!ROLE_ORGANIZATIONS.get(role).contains(organization.kind())) {
				throw new InvalidInputException("roles",
						"角色“" + role.label() + "”不适用于" + organization.kind().label() + "“" + organization.name() + "”");
			}
		}
	}

	private void insertRoles(UUID id, Set<Role> roles) {
		for (Role role : roles) {
			jdbc.sql("insert into platform.user_role (app_user, role) values (:id, :role)")
				.param("id", id)
				.param("role", role.name())
				.update();
		}
	}

	private static final String SELECT = """
			select u.id, u.username, u.display_name, u.enabled, u.last_login_at,
			       (u.locked_until is not null and u.locked_until > :now) as locked,
			       o.id as org_id, o.name as org_name, o.region_code,
			       (select string_agg(r.role, ',' order by r.role) from platform.user_role r where r.app_user = u.id) as roles
			from platform.app_user u join platform.organization o on o.id = u.organization_id
			""";

	private static UserSummary map(ResultSet rs) throws SQLException {
		String roleList = rs.getString("roles");
		List<Role> roles = roleList == null ? List.of()
				: Arrays.stream(roleList.split(",")).map(Role::valueOf).sorted().toList();
		return new UserSummary(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				rs.getObject("org_id", UUID.class), rs.getString("org_name"),
				new RegionCode(rs.getString("region_code")), roles, rs.getBoolean("enabled"), rs.getBoolean("locked"),
				rs.getObject("last_login_at", OffsetDateTime.class));
	}

}
