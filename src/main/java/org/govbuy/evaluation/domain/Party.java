package org.govbuy.evaluation.domain;

/** Who scores an evaluation (service recipients take part through the survey). */
public enum Party {

	/** 购买主体: always scores; a third party never replaces it (EVAL-1). */
	PURCHASER("购买主体"),
	/** 第三方评价机构: when the purchaser assigns one; independent of the provider (EVAL-2). */
	THIRD_PARTY("第三方评价机构"),
	/** 财政部门: its 重点评价 of contracts at or above the regional threshold (EVAL-3). */
	FINANCE("财政部门");

	private final String label;

	Party(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
