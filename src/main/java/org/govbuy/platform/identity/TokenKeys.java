package org.govbuy.platform.identity;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The HS256 key that signs API tokens. Taken from {@code govbuy.security.token-secret}
 * when set; otherwise generated once and kept in the database, so every node of a cluster
 * and every restart accepts the same tokens.
 */
@Component
class TokenKeys implements org.govbuy.platform.Secrets {

	private static final String NAME = "api-token-hs256";

	private final SecretKey key;

	private final JdbcClient jdbc;

	TokenKeys(JdbcClient jdbc, @Value("${govbuy.security.token-secret:}") String configured) {
		this.jdbc = jdbc;
		String secret = StringUtils.hasText(configured) ? configured : storedOrNew(jdbc, NAME);
		byte[] bytes = Base64.getDecoder().decode(secret);
		if (bytes.length < 32) {
			throw new IllegalStateException("govbuy.security.token-secret 至少需要 32 字节（Base64 编码）");
		}
		this.key = new SecretKeySpec(bytes, "HmacSHA256");
	}

	SecretKey key() {
		return key;
	}

	@Override
	public byte[] key(String name) {
		return Base64.getDecoder().decode(storedOrNew(jdbc, "key:" + name));
	}

	private static String storedOrNew(JdbcClient jdbc, String name) {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		jdbc.sql(
				"insert into platform.secret (name, value, created_at) values (:name, :value, :now) on conflict (name) do nothing")
			.param("name", name)
			.param("value", Base64.getEncoder().encodeToString(random))
			.param("now", OffsetDateTime.now())
			.update();
		return jdbc.sql("select value from platform.secret where name = :name")
			.param("name", name)
			.query(String.class)
			.single();
	}

}
