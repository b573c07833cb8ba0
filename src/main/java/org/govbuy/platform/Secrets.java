package org.govbuy.platform;

/**
 * Keys generated once and kept in the database, shared by every application node (for
 * example the key that seals providers' bank accounts). A configured value always wins
 * over a stored one.
 */
public interface Secrets {

	/** 32 random bytes for the name, generated on first use. */
	byte[] key(String name);

}
