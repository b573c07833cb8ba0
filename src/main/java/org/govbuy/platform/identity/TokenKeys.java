package org.govbuy.platform.identity;

import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.govbuy.platform.Secrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The HS256 key that signs API tokens. Taken from {@code govbuy.security.token-secret}
 * ({@code GOVBUY_SECURITY_TOKEN_SECRET}) when set; otherwise the key store's
 * {@value #NAME}, shared by every node that shares the store — never the database.
 */
@Component
class TokenKeys {

	static final String NAME = "api-token-hs256";

	private final SecretKey key;

	TokenKeys(Secrets secrets, @Value("${govbuy.security.token-secret:}") String configured) {
		byte[] bytes = StringUtils.hasText(configured) ? Base64.getDecoder().decode(configured) : secrets.key(NAME);
		if (bytes.length < 32) {
			throw new IllegalStateException("govbuy.security.token-secret 至少需要 32 字节（Base64 编码）");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	SecretKey key() {
		return key;
	}

}
