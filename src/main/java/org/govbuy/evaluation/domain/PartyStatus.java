package org.govbuy.evaluation.domain;

/** Whether a party has scored. */
public enum PartyStatus {

	/** 待评价: may save drafts. */
	PENDING("待评价"),
	/** 已提交: final for this party. */
	SUBMITTED("已提交");

	private final String label;

	PartyStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
