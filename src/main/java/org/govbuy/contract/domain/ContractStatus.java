package org.govbuy.contract.domain;

/**
 * Where a contract stands; {@link ContractLifecycle} moves it from one state to the next.
 */
public enum ContractStatus {

	/** 待签订: drafted from the award (or a renewal), money still reserved for it. */
	DRAFT("待签订"),
	/** 履行中: signed by both parties, the money contracted on the budget line. */
	SIGNED("履行中"),
	/** 已终止: ended early; what it had not paid went back to the budget line. */
	TERMINATED("已终止");

	private final String label;

	ContractStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
