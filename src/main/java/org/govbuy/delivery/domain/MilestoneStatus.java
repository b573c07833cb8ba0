package org.govbuy.delivery.domain;

import org.govbuy.platform.InvalidInputException;

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

	/** Whether the provider may submit it for acceptance now. */
	public boolean submittable() {
		return this == PLANNED;
	}

	/**
	 * The provider submits milestone {@code seq} for acceptance.
	 * @throws InvalidInputException unless it is planned
	 */
	public MilestoneStatus submit(int seq) {
		if (this != PLANNED) {
			throw new InvalidInputException("milestoneId",
					"第" + seq + "个节点状态为“" + label + "”，不能再次提交验收" + (this == RECTIFYING ? "；请在整改通知下提交整改情况" : ""));
		}
		return SUBMITTED;
	}

	/**
	 * The purchaser records an acceptance of milestone {@code seq}: passed, it is
	 * accepted; failed, it goes into rectification.
	 * @throws InvalidInputException unless it awaits acceptance
	 */
	public MilestoneStatus accept(int seq, boolean passed) {
		if (!awaitsAcceptance()) {
			throw new InvalidInputException("milestoneId", "第" + seq + "个节点状态为“" + label + "”，承接主体提交验收（或整改）后才能验收");
		}
		return passed ? ACCEPTED : RECTIFYING;
	}

}
