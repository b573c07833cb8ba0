package org.govbuy.procurement.domain;

import org.govbuy.platform.StateConflictException;

/** Where a challenge (质疑) stands. */
public enum ChallengeStatus {

	/** Filed by a bidder; the purchaser answers within 7 working days (GPL-53). */
	FILED,
	/** Answered; the bidder may complain to finance (投诉). */
	ANSWERED;

	/** The state an answer moves a challenge to; refuses a challenge already answered. */
	public ChallengeStatus answer() {
		if (this != FILED) {
			throw new StateConflictException("challenge", "该质疑已答复");
		}
		return ANSWERED;
	}

}
