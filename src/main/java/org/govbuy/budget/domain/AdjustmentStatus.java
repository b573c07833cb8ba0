package org.govbuy.budget.domain;

import org.govbuy.platform.StateConflictException;

/** Where a mid-year adjustment request (年中调整申请) stands: 待审核 → 已同意 or 未同意. */
public enum AdjustmentStatus {

	/** Asked for by the unit; waiting for finance. */
	REQUESTED("待审核"),
	/** Finance agreed; the line's approved amount moved. */
	APPROVED("已同意"),
	/** Finance did not agree; the line keeps its amount. */
	REJECTED("未同意");

	private final String label;

	AdjustmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The state after finance's decision.
	 * @throws StateConflictException when the request was decided already
	 */
	public AdjustmentStatus decide(boolean approve) {
		if (this != REQUESTED) {
			throw new StateConflictException("adjustment", "该调整申请已处理");
		}
		return approve ? APPROVED : REJECTED;
	}

}
