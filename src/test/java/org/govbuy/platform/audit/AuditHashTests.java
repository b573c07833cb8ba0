package org.govbuy.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class AuditHashTests {

	AuditRecord record = new AuditRecord(7, Instant.parse("2026-11-25T01:02:03.123456Z"), "admin", UUID.randomUUID(),
			"user.create", "User", "42", null, "{\"username\":\"x\"}", "127.0.0.1", AuditHash.GENESIS, null);

	@Test
	void isSixtyFourHexDigitsOfSm3() {
		assertThat(AuditHash.of(record)).matches("[0-9a-f]{64}");
	}

	@Test
	void changesWhenAnyFieldOrThePreviousLinkChanges() {
		String hash = AuditHash.of(record);
		assertThat(AuditHash.of(withAfter("{\"username\":\"y\"}"))).isNotEqualTo(hash);
		assertThat(AuditHash.of(new AuditRecord(7, record.occurredAt(), "admin", record.organizationId(), "user.create",
				"User", "42", null, record.after(), "127.0.0.1", "1".repeat(64), null)))
			.isNotEqualTo(hash);
		assertThat(AuditHash.of(record)).isEqualTo(hash);
	}

	@Test
	void distinguishesAnEmptyFieldFromAShiftedOne() {
		AuditRecord shifted = new AuditRecord(7, record.occurredAt(), "admin", record.organizationId(), "user.create",
				"User42", "", null, record.after(), "127.0.0.1", AuditHash.GENESIS, null);
		assertThat(AuditHash.of(shifted)).isNotEqualTo(AuditHash.of(record));
	}

	@Test
	void keyedLinkIsHmacSm3UnderTheMasterKey() {
		byte[] key = new byte[32];
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;
		String keyed = AuditHash.keyed(record, key);
		assertThat(keyed).matches("[0-9a-f]{64}")
			.isEqualTo(AuditHash.keyed(record, key))
			.isEqualTo(AuditHash.link(AuditHash.KEYED, record, key));
		assertThat(keyed).as("a plain SM3 recomputation").isNotEqualTo(AuditHash.of(record));
		assertThat(keyed).as("another key").isNotEqualTo(AuditHash.keyed(record, otherKey));
		assertThat(AuditHash.keyed(withAfter("{\"username\":\"y\"}"), key)).isNotEqualTo(keyed);
		assertThat(AuditHash.link(AuditHash.LEGACY, record, key)).isEqualTo(AuditHash.of(record));
	}

	@Test
	void legacyLinkIsPlainSm3OverTheSeparatedFieldsAsBefore() throws Exception {
		// Records written before HMAC-SM3 (chain version 1) must keep verifying.
		String text = String.join("\u001f", "7", "2026-11-25T01:02:03.123456Z", "admin",
				record.organizationId().toString(), "user.create", "User", "42", "", "{\"username\":\"x\"}",
				"127.0.0.1", AuditHash.GENESIS);
		byte[] digest = java.security.MessageDigest
			.getInstance("SM3", new org.bouncycastle.jce.provider.BouncyCastleProvider())
			.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(AuditHash.of(record)).isEqualTo(java.util.HexFormat.of().formatHex(digest));
	}

	private AuditRecord withAfter(String after) {
		return new AuditRecord(7, record.occurredAt(), "admin", record.organizationId(), "user.create", "User", "42",
				null, after, "127.0.0.1", AuditHash.GENESIS, null);
	}

}
