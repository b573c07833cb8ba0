package org.govbuy.platform;

/**
 * An idempotency key used again with a different request (another amount, another
 * purpose): the first request stands and the new one is refused rather than silently
 * answered with the first one's result. The API answers 422 naming the key.
 */
public class IdempotencyKeyConflictException extends InvalidInputException {

	private final String key;

	public IdempotencyKeyConflictException(String key, String message) {
		super("idempotencyKey", message);
		this.key = key;
	}

	public String key() {
		return key;
	}

}
