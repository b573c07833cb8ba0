package org.govbuy.platform.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A signed statement, kept outside the database, that the audit chain's record
 * {@code seq} had the link {@code hash} at {@code time}. The signature is SM2 over
 * {@link #signedText()}.
 *
 * @param seq the sequence number of the newest record covered
 * @param hash that record's link
 * @param time when the checkpoint was made, ISO-8601 in UTC (as signed)
 * @param signature the SM2 signature, DER in Base64
 */
public record AuditCheckpoint(long seq, String hash, String time, String signature) {

	static final String PREFIX = "govbuy-audit-checkpoint";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** The exact UTF-8 text the signature covers: {@code prefix|seq|hash|time}. */
	public String signedText() {
		return signedText(seq, hash, time);
	}

	static String signedText(long seq, String hash, String time) {
		return PREFIX + "|" + seq + "|" + hash + "|" + time;
	}

	/** The checkpoint's time in Beijing time. */
	public OffsetDateTime beijingTime() {
		return Instant.parse(time).atZone(CHINA).toOffsetDateTime();
	}

}
