package org.govbuy.platform.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.govbuy.platform.AuditTrail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: after {@code govbuy.security.lockout.max-failures} wrong passwords in
 * a row an account is locked for {@code govbuy.security.lockout.duration}; a successful
 * login resets the count. Applies to the login form and the token endpoint alike.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	private final int maxFailures;

	private final Duration lockDuration;

	LoginAttempts(JdbcClient jdbc, Clock clock, AuditTrail audit,
			@Value("${govbuy.security.lockout.max-failures:5}") int maxFailures,
			@Value("${govbuy.security.lockout.duration:15m}") Duration lockDuration) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.maxFailures = maxFailures;
		this.lockDuration = lockDuration;
	}

	@EventListener
	@Transactional
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		// A refused bearer token is not a login: BearerTokenFailures counts those.
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		// Bounded: the audit's entity id holds 64 characters, and a name is what was
		// typed.
		String username = BearerTokenFailures.bounded(String.valueOf(event.getAuthentication().getPrincipal()));
		Instant now = clock.instant();
		OffsetDateTime lockUntil = OffsetDateTime.ofInstant(now.plus(lockDuration), ZoneOffset.UTC);
		// One statement, so concurrent failures cannot lose a count.
		Integer failures = jdbc.sql("""
				update platform.app_user u
				set failed_logins = case when old.failures + 1 >= :max then 0 else old.failures + 1 end,
				    locked_until  = case when old.failures + 1 >= :max then :lockUntil else u.locked_until end
				from (select id, failed_logins as failures from platform.app_user
				      where username = :username for update) old
				where u.id = old.id
				returning old.failures + 1""")
			.param("max", maxFailures)
			.param("lockUntil", lockUntil)
			.param("username", username)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (failures == null) {
			audit.record("login.failed", "User", username, null, Map.of("reason", "未知用户"));
		}
		else if (failures >= maxFailures) {
			audit.record("login.locked", "User", username, null,
					Map.of("failures", maxFailures, "lockedUntil", lockUntil.toString()));
		}
		else {
			audit.record("login.failed", "User", username, null, Map.of("failures", failures));
		}
	}

	@EventListener
	@Transactional
	void onSuccess(AuthenticationSuccessEvent event) {
		// Bearer-token requests authenticate on every call; only real logins are
		// recorded.
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
				&& event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
			jdbc.sql("""
					update platform.app_user set failed_logins = 0, locked_until = null, last_login_at = :now
					where id = :id""")
				.param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
				.param("id", principal.user().id())
				.update();
		}
	}

}
