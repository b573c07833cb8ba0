package org.govbuy.procurement.domain;

/** What the purchaser's answer to a challenge found. */
public enum ChallengeOutcome {

	NOT_UPHELD("质疑不成立"), UPHELD("质疑成立，不影响采购结果"), UPHELD_AFFECTS_RESULT("质疑成立，影响或者可能影响采购结果");

	private final String label;

	ChallengeOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
