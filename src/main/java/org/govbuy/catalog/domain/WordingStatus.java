package org.govbuy.catalog.domain;

/** Where a wording held by the negative-list screen stands. */
public enum WordingStatus {

	/** Held by the screen; waiting for the finance reviewer. */
	HELD,
	/** The reviewer allowed exactly this wording; the screen lets it pass. */
	ALLOWED,
	/** The reviewer found it a prohibited purchase; the screen refuses it. */
	EXCLUDED;

	/** The reviewer's decision: allowed or excluded (a decision may be revised). */
	public static WordingStatus decided(boolean allow) {
		return allow ? ALLOWED : EXCLUDED;
	}

	/** Whether a reviewer has decided it. */
	public boolean decided() {
		return this != HELD;
	}

}
