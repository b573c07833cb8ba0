package org.govbuy.platform;

/**
 * Input that passed the form's own checks but cannot be accepted (a duplicate name, a
 * role that does not fit the organization): answered as 400 with the field named, or as a
 * field error on the form. Breaches of regulations are
 * {@link org.govbuy.shared.RuleViolationException}s instead.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
