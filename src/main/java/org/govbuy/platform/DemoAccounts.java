package org.govbuy.platform;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs demo-data steps as the demo account that would take them, so the audit trail and
 * every rule read as if that person had acted. Only with the {@code demo} profile.
 */
@Component
@Profile("demo")
public class DemoAccounts {

	private final AuthenticationManager authentication;

	private final String password;

	DemoAccounts(AuthenticationManager authentication, @Value("${govbuy.demo.password}") String password) {
		this.authentication = authentication;
		this.password = password;
	}

	/** Signs the demo account in for the work, and out afterwards. */
	public <T> T as(String username, Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
