package org.govbuy.platform.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The metrics scraper's credential: a static token from {@code GOVBUY_METRICS_TOKEN}
 * ({@code govbuy.metrics.token}), sent as {@code Authorization: Bearer …} and accepted on
 * {@code /actuator/prometheus} only, where it signs in the pseudo-account
 * {@code metrics-scraper} with the single role {@code METRICS}. It is no person's token:
 * it does not expire after 8 hours and opens nothing else. Compared in constant time;
 * without a configured token (or one shorter than 32 characters) nothing is accepted and
 * only an administrator's bearer token can scrape.
 */
class ScrapeToken extends OncePerRequestFilter implements BearerTokenResolver {

	static final String ACCOUNT = "metrics-scraper";

	static final String ROLE = "METRICS";

	static final int MIN_LENGTH = 32;

	private final byte[] token;

	private final DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ScrapeToken(String token) {
		this.token = token == null || token.length() < MIN_LENGTH ? null : token.getBytes(StandardCharsets.UTF_8);
	}

	boolean enabled() {
		return token != null;
	}

	private boolean matches(String presented) {
		return token != null && presented != null
				&& MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
	}

	/** The bearer token for JWT validation: none when it is the scrape token. */
	@Override
	public String resolve(HttpServletRequest request) {
		String presented = bearer.resolve(request);
		return matches(presented) ? null : presented;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented;
		try {
			presented = bearer.resolve(request);
		}
		catch (RuntimeException ex) {
			// A malformed header: the JWT filter answers it.
			presented = null;
		}
		if (matches(presented)) {
			SecurityContext context = contexts.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACCOUNT, null,
					List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
			contexts.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
