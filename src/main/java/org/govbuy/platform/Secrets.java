package org.govbuy.platform;

/**
 * Master keys, kept in the key store outside the database ({@code govbuy.keys.store}) and
 * shared by every application node. A key has versions: the newest encrypts, every
 * version not yet retired decrypts, and a rotation ({@code --govbuy.keys.rotate=name})
 * adds a version, lets each {@link Reencryption} re-encrypt what it keeps, then retires
 * the older versions. A value configured for a key always wins over the stored one.
 */
public interface Secrets {

	/**
	 * The current version of the key: 32 random bytes for the name, generated on first
	 * use.
	 */
	byte[] key(String name);

	/**
	 * AES-256-GCM under the current version of the master key {@code name}; the context
	 * (for example the owning record's id) is authenticated, so a ciphertext cannot be
	 * moved to another record. Use it to wrap data keys.
	 */
	byte[] encrypt(String name, byte[] plaintext, String context);

	/**
	 * Decrypts what {@link #encrypt} produced under any version of the key not yet
	 * retired.
	 * @throws IllegalStateException when no version opens it (tampered, or under a
	 * retired version)
	 */
	byte[] decrypt(String name, byte[] ciphertext, String context);

	/**
	 * A module that keeps data encrypted under a master key re-encrypts it under the
	 * current version during a rotation (decrypt with any version, encrypt with the
	 * newest).
	 */
	interface Reencryption {

		/** The master key whose ciphertexts this re-encrypts. */
		String keyName();

		/** Re-encrypts every ciphertext under the current version; returns how many. */
		int reencrypt();

	}

}
