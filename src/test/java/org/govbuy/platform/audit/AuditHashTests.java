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

	private AuditRecord withAfter(String after) {
		return new AuditRecord(7, record.occurredAt(), "admin", record.organizationId(), "user.create", "User", "42",
				null, after, "127.0.0.1", AuditHash.GENESIS, null);
	}

}
