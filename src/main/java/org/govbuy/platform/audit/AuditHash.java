package org.govbuy.platform.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The link of the audit chain: each record's hash covers its own fields and the previous
 * record's hash, so changing, removing or reordering any record breaks every link after
 * it.
 * <p>
 * Two versions of the link exist. {@linkplain #LEGACY Version 1} is plain SM3 (GM/T
 * 0004-2012): anyone who can write to the database can recompute it, so version 1 records
 * count only where a signed checkpoint outside the database anchors them.
 * {@linkplain #KEYED Version 2}, written by every new record, is HMAC-SM3 keyed by a
 * master key that is not in the database: a rewritten record cannot be given a valid link
 * without that key.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	/** Plain SM3 over the fields and the previous hash (records before HMAC-SM3). */
	static final int LEGACY = 1;

	/** HMAC-SM3 over the version, the fields and the previous hash. */
	static final int KEYED = 2;

	private static final char SEPARATOR = '\u001f';

	private AuditHash() {
	}

	/** The version 1 link: plain SM3. */
	static String of(AuditRecord record) {
		byte[] text = canonical(record).getBytes(StandardCharsets.UTF_8);
		SM3Digest sm3 = new SM3Digest();
		sm3.update(text, 0, text.length);
		byte[] digest = new byte[sm3.getDigestSize()];
		sm3.doFinal(digest, 0);
		return HexFormat.of().formatHex(digest);
	}

	/** The version 2 link: HMAC-SM3 under the chain's master key. */
	static String keyed(AuditRecord record, byte[] key) {
		byte[] text = (KEYED + String.valueOf(SEPARATOR) + canonical(record)).getBytes(StandardCharsets.UTF_8);
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		mac.update(text, 0, text.length);
		byte[] digest = new byte[mac.getMacSize()];
		mac.doFinal(digest, 0);
		return HexFormat.of().formatHex(digest);
	}

	/** The link of the given version. */
	static String link(int version, AuditRecord record, byte[] key) {
		return switch (version) {
			case LEGACY -> of(record);
			case KEYED -> keyed(record, key);
			default -> throw new IllegalArgumentException("unknown audit chain version " + version);
		};
	}

	private static String canonical(AuditRecord record) {
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
		return text.toString();
	}

	private static void append(StringBuilder text, Object value) {
		text.append(value == null ? "" : value instanceof Instant instant ? instant.toString() : value.toString())
			.append(SEPARATOR);
	}

}
