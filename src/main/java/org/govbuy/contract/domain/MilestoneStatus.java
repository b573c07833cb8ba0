package org.govbuy.contract.domain;

/** Where a milestone stands on its way to acceptance. */
public enum MilestoneStatus {

	/** 计划中: set by the purchaser, not yet delivered. */
	PLANNED("计划中"),
	/** 已提交待验收: the provider reported it delivered and asks for acceptance. */
	SUBMITTED("已提交待验收"),
	/** 验收合格: accepted; payment may follow. */
	ACCEPTED("验收合格"),
	/**
	 * 验收不合格: kept for completeness of the schema; a failed acceptance moves straight on
	 * to {@link #RECTIFYING}.
	 */
	FAILED("验收不合格"),
	/**
	 * 整改中: failed its acceptance; the provider rectifies, the purchaser accepts again.
	 */
	RECTIFYING("整改中");

	private final String label;

	MilestoneStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the purchaser may record an acceptance of the milestone now. */
	public boolean awaitsAcceptance() {
		return this == SUBMITTED || this == RECTIFYING;
	}

}
