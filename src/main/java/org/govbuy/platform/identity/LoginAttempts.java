package org.govbuy.platform.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.govbuy.platform.AuditTrail;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records sign-ins: every wrong password is audited (with the client address), a success
 * sets the account's last login. Nothing here locks an account — a stranger's guesses
 * must not shut out the owner; {@link LoginThrottle} slows guessing down instead.
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	LoginAttempts(JdbcClient jdbc, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
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
		String address = ThrottledAuthentication.address(event.getAuthentication());
		Integer failures = jdbc.sql("""
				update platform.app_user set failed_logins = failed_logins + 1
				where username = :username returning failed_logins""")
			.param("username", username)
			.query(Integer.class)
			.optional()
			.orElse(null);
		if (failures == null) {
			audit.record("login.failed", "User", username, null, Map.of("reason", "未知用户", "address", address));
		}
		else {
			audit.record("login.failed", "User", username, null, Map.of("failures", failures, "address", address));
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
