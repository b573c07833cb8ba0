package org.govbuy.platform.identity;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.govbuy.platform.AuditTrail;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one door for password sign-ins (login form and token endpoint): asks the
 * {@link LoginThrottle} first, then checks the password and tells the throttle how it
 * went. Bearer tokens do not pass here.
 */
final class ThrottledAuthentication implements AuthenticationManager {

	private final AuthenticationManager passwords;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	ThrottledAuthentication(AuthenticationManager passwords, LoginThrottle throttle, AuditTrail audit) {
		this.passwords = passwords;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String username = attempt.getName();
		String address = address(attempt);
		Optional<Duration> wait = throttle.waitBefore(username, address);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
		try {
			Authentication result = passwords.authenticate(attempt);
			throttle.succeeded(username, address);
			return result;
		}
		catch (BadCredentialsException ex) {
			if (throttle.failed(username, address)) {
				audit.record("login.throttled", "User", username, null, Map.of("address", address));
			}
			throw ex;
		}
	}

	static String address(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
				? details.getRemoteAddress() : "";
	}

}
