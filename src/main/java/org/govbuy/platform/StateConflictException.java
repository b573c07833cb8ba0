package org.govbuy.platform;

/**
 * A command that finds its record no longer in the state it needs: it was already
 * approved, sent, signed or otherwise moved on — usually by a concurrent request. The API
 * answers 409 (docs/api: "a concurrent change or a duplicate"); a page shows the message
 * like any invalid input, since it is one to the user who clicked.
 */
public class StateConflictException extends InvalidInputException {

	public StateConflictException(String field, String message) {
		super(field, message);
	}

}
