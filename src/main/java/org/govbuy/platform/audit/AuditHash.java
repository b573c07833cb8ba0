package org.govbuy.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Provider;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The SM3 (GM/T 0004-2012) link of the audit chain: each record's hash covers its own
 * fields and the previous record's hash, so changing, removing or reordering any record
 * breaks every link after it.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private static final Provider BOUNCY_CASTLE = new BouncyCastleProvider();

	private static final char SEPARATOR = '\u001f';

	private AuditHash() {
	}

	static String of(AuditRecord record) {
		StringBuilder text = new StringBuilder();
		append(text, record.seq());
		append(text, record.occurredAt().truncatedTo(ChronoUnit.MICROS));
		append(text, record.actor());
		append(text, record.organizationId());
		append(text, record.action());
		append(text, record.entityType());
		append(text, record.entityId());
		append(text, record.before());
		append(text, record.after());
		append(text, record.clientAddress());
		text.append(record.previousHash());
		try {
			MessageDigest sm3 = MessageDigest.getInstance("SM3", BOUNCY_CASTLE);
			return HexFormat.of().formatHex(sm3.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SM3 unavailable", ex);
		}
	}

	private static void append(StringBuilder text, Object value) {
		text.append(value == null ? "" : value instanceof Instant instant ? instant.toString() : value.toString())
			.append(SEPARATOR);
	}

}
