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
 * as AES-GCM ciphertext under a key derived for its procurement (HMAC-SHA256 of the
 * master key and the procurement id), bound to the bid's id so ciphertexts cannot be
 * swapped between bids. Opening checks the clock: before the deadline nobody — purchaser,
 * expert, administrator or a direct API call — gets plaintext, because every read goes
 * through {@link #open}.
 */
public final class SealedBidBox {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKey masterKey;

	private final SecureRandom random = new SecureRandom();

	public SealedBidBox(byte[] masterKey) {
		if (masterKey.length < 32) {
			throw new IllegalArgumentException("master key needs at least 32 bytes");
		}
		this.masterKey = new SecretKeySpec(masterKey, "HmacSHA256");
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
			random.nextBytes(nonce);
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

	private SecretKey keyFor(UUID procurementId) throws GeneralSecurityException {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(masterKey);
		byte[] derived = mac.doFinal(("govbuy-bid:" + procurementId).getBytes(StandardCharsets.US_ASCII));
		return new SecretKeySpec(derived, "AES");
	}

}
