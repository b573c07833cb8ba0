package org.govbuy.procurement.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keeps bids sealed until the response deadline. A bid's price and files are stored only
 * as AES-GCM ciphertext under its procurement's own data key (32 random bytes, kept only
 * wrapped by the bid-sealing master key of the key store — envelope encryption), bound to
 * the bid's id so ciphertexts cannot be swapped between bids. Opening checks the clock:
 * before the deadline nobody — purchaser, expert, administrator or a direct API call —
 * gets plaintext, because every read goes through {@link #open}.
 */
public final class SealedBidBox {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UUID procurementId;

	private final SecretKey dataKey;

	/** The box of one procurement, with its (unwrapped) data key. */
	public SealedBidBox(UUID procurementId, byte[] dataKey) {
		if (dataKey.length != 32) {
			throw new IllegalArgumentException("data key needs 32 bytes");
		}
		this.procurementId = procurementId;
		this.dataKey = new SecretKeySpec(dataKey, "AES");
	}

	/** A fresh data key for a procurement (AES-256). */
	public static byte[] newDataKey() {
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		return key;
	}

	/**
	 * The data key the previous release derived for a procurement (HMAC-SHA256 of its
	 * master key and the procurement id): wrapped once on upgrade, so bids sealed before
	 * still open.
	 */
	public static byte[] legacyDataKey(byte[] masterKey, UUID procurementId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
			return mac.doFinal(("govbuy-bid:" + procurementId).getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Thrown when someone tries to read a bid before the deadline. */
	public static final class StillSealedException extends RuntimeException {

		public StillSealedException(Instant deadline) {
			super("投标（响应）截止时间 " + deadline + " 之前，任何人不得查看投标内容");
		}

	}

	/** Seals a bid's content (price and documents, serialized by the caller). */
	public byte[] seal(UUID procurementId, UUID bidId, byte[] content) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keyFor(procurementId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(bidId.toString().getBytes(StandardCharsets.US_ASCII));
			byte[] ciphertext = cipher.doFinal(content);
			return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("投标内容加密失败", ex);
		}
	}

	/**
	 * Opens a sealed bid, only at or after the deadline.
	 * @throws StillSealedException before the deadline
	 */
	public byte[] open(UUID procurementId, UUID bidId, byte[] sealed, Instant deadline, Instant now) {
		if (now.isBefore(deadline)) {
			throw new StillSealedException(deadline);
		}
		try {
			ByteBuffer buffer = ByteBuffer.wrap(sealed);
			byte[] nonce = new byte[NONCE_BYTES];
			buffer.get(nonce);
			byte[] ciphertext = new byte[buffer.remaining()];
			buffer.get(ciphertext);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, keyFor(procurementId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(bidId.toString().getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(ciphertext);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("投标内容已被篡改或不属于该投标", ex);
		}
	}

	private SecretKey keyFor(UUID procurementId) {
		if (!this.procurementId.equals(procurementId)) {
			throw new IllegalArgumentException("该密封箱属于另一个采购项目");
		}
		return dataKey;
	}

}
