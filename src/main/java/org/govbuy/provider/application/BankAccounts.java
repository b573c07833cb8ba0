package org.govbuy.provider.application;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.platform.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' bank account numbers, sealed (AES-256-GCM) under the master key
 * {@value #MASTER_KEY} of the key store; only the last four digits are kept in clear. A
 * rotation of that key re-encrypts every account under the new version.
 */
@Component
public class BankAccounts implements Secrets.Reencryption {

	/** The master key in the key store (the previous release's name, kept). */
	public static final String MASTER_KEY = "provider-bank-account";

	private final JdbcClient jdbc;

	private final Secrets secrets;

	BankAccounts(JdbcClient jdbc, Secrets secrets) {
		this.jdbc = jdbc;
		this.secrets = secrets;
	}

	static byte[] seal(Secrets secrets, String account) {
		return secrets.encrypt(MASTER_KEY, account.getBytes(StandardCharsets.US_ASCII), "");
	}

	/** The provider's full account number, for paying it. */
	public Optional<String> accountOf(UUID providerId) {
		return jdbc.sql("select bank_account_sealed from provider.provider where id = :id")
			.param("id", providerId)
			.query((rs, n) -> Optional.ofNullable(rs.getBytes(1)))
			.optional()
			.flatMap(sealed -> sealed)
			.map(sealed -> new String(secrets.decrypt(MASTER_KEY, sealed, ""), StandardCharsets.US_ASCII));
	}

	@Override
	public String keyName() {
		return MASTER_KEY;
	}

	@Override
	@Transactional
	public int reencrypt() {
		List<Object[]> sealed = jdbc.sql(
				"select id, bank_account_sealed from provider.provider where bank_account_sealed is not null for update")
			.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getBytes("bank_account_sealed") })
			.list();
		for (Object[] row : sealed) {
			jdbc.sql("update provider.provider set bank_account_sealed = :sealed where id = :id")
				.param("sealed", secrets.encrypt(MASTER_KEY, secrets.decrypt(MASTER_KEY, (byte[]) row[1], ""), ""))
				.param("id", row[0])
				.update();
		}
		return sealed.size();
	}

}
