package org.govbuy.evaluation.domain;

/** Where an evaluation stands. */
public enum EvaluationStatus {

	/** 待开始: scheduled from the contract's term, not yet due. */
	SCHEDULED("待开始"),
	/** 评价中: the parties score. */
	OPEN("评价中"),
	/** 待确认: scored; the provider may object within the window. */
	SCORED("待确认"),
	/** 异议处理中: the provider objected; the purchaser answers. */
	OBJECTED("异议处理中"),
	/** 已完成: final; published to the other modules. */
	FINAL("已完成"),
	/** 已取消: the contract ended before it opened. */
	CANCELLED("已取消");

	private final String label;

	EvaluationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the provider may see the scores (from SCORED on). */
	public boolean scoresOut() {
		return this == SCORED || this == OBJECTED || this == FINAL;
	}

}
