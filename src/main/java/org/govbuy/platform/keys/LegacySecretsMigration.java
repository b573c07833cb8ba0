package org.govbuy.platform.keys;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.Context;
import org.govbuy.platform.DatedJavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The previous release kept its keys in {@code platform.secret}, next to the data they
 * protect. This migration moves them into the key store (so existing sealed bids, bank
 * accounts and tokens keep working) and drops the table.
 */
@Component
class LegacySecretsMigration extends DatedJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(LegacySecretsMigration.class);

	/** The previous release's name of the token signing key. */
	static final String LEGACY_TOKEN_KEY = "api-token-hs256";

	private final MasterKeys keys;

	LegacySecretsMigration(MasterKeys keys) {
		super("2026.12.07.40", "platform secrets to key store");
		this.keys = keys;
	}

	@Override
	public void migrate(Context context) throws Exception {
		Map<String, byte[]> found = new LinkedHashMap<>();
		try (Statement statement = context.getConnection().createStatement()) {
			try (ResultSet rows = statement.executeQuery("select name, value from platform.secret order by name")) {
				while (rows.next()) {
					found.put(storeName(rows.getString("name")), Base64.getDecoder().decode(rows.getString("value")));
				}
			}
			found.forEach(keys::importValue);
			statement.execute("drop table platform.secret");
		}
		if (!found.isEmpty()) {
			log.info("已将 {} 个密钥从数据库（platform.secret）移入密钥库 {}，并删除该表", found.size(), keys.store());
		}
	}

	static String storeName(String legacyName) {
		return legacyName.startsWith("key:") ? legacyName.substring(4) : legacyName;
	}

}
