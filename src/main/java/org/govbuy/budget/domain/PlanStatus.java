package org.govbuy.budget.domain;

/** Where an annual plan stands: 草稿 → 已提交 → (已退回 ↔ 已提交) → 已批复 ⇄ 年中调整. */
public enum PlanStatus {

	/** Being drafted by the purchasing unit. */
	DRAFT("草稿"),
	/** Submitted; finance reviews it line by line. */
	SUBMITTED("财政审核中"),
	/** Finance returned lines for correction. */
	RETURNED("已退回修改"),
	/** Every line approved; read-only. */
	APPROVED("已批复"),
	/** Approved, with an adjustment request waiting for finance. */
	ADJUSTING("年中调整中");

	private final String label;

	PlanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the unit may add, change or remove lines. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
