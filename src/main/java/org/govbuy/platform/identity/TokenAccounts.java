package org.govbuy.platform.identity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Resolves a bearer token to its account on every request, so a disabled or locked
 * account, or a change of roles, takes effect at once rather than when the token expires.
 */
@Component
class TokenAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

	private final AccountDetailsService accounts;

	TokenAccounts(AccountDetailsService accounts) {
		this.accounts = accounts;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		AccountPrincipal principal;
		try {
			principal = accounts.findById(java.util.UUID.fromString(jwt.getClaimAsString("uid")))
				.orElseThrow(() -> new InvalidBearerTokenException("令牌对应的账户不存在"));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidBearerTokenException("令牌内容无效");
		}
		if (!principal.isEnabled()) {
			throw new DisabledException("账户已停用");
		}
		if (!principal.isAccountNonLocked()) {
			throw new LockedException("账户已锁定");
		}
		return new TokenAuthentication(principal, jwt);
	}

}
