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
 * account, or a change of roles, takes effect at once rather than when the token expires;
 * a token issued before the account's last password change, role change or disabling (an
 * older credentials version) is refused with 401.
 */
@Component
class TokenAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

	/** The claim holding the account's credentials version at issue. */
	static final String CREDENTIALS_VERSION = "cv";

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
		if (issuedVersion(jwt) != principal.credentialsVersion()) {
			throw new InvalidBearerTokenException("令牌签发后账户的密码、角色或状态已变更，请重新获取令牌");
		}
		return new TokenAuthentication(principal, jwt);
	}

	private static long issuedVersion(Jwt jwt) {
		Object claim = jwt.getClaim(CREDENTIALS_VERSION);
		// Tokens from before the claim existed count as version 0 until the first change.
		return claim instanceof Number number ? number.longValue() : claim == null ? 0 : -1;
	}

}
