package org.govbuy.budget.domain;

/** Where a plan line stands. */
public enum LineStatus {

	/** Being drafted. */
	DRAFT("草稿"),
	/**
	 * Its catalog item is not in the catalog in force: it waits until finance files the
	 * item (87号文 §二).
	 */
	AWAITING_FILING("待目录备案"),
	/** Submitted; waiting for finance. */
	SUBMITTED("待审核"),
	/** Approved by finance; its funds ledger is open. */
	APPROVED("已批复"),
	/** Returned by finance with comments. */
	RETURNED("已退回");

	private final String label;

	LineStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the unit may change the line. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED || this == AWAITING_FILING;
	}

}
