package org.govbuy.platform.identity;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * An API request authenticated by a bearer token, resolved to the account it was issued
 * to.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountPrincipal principal;

	private final transient Jwt token;

	TokenAuthentication(AccountPrincipal principal, Jwt token) {
		super(principal.getAuthorities());
		this.principal = principal;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return token;
	}

	@Override
	public AccountPrincipal getPrincipal() {
		return principal;
	}

}
