package org.govbuy.contract;

/** What an amendment of a signed contract does; both parties sign it (G8). */
public enum AmendmentKind {

	/** 补充合同: adds money, at most 10% of the original in all (GPL-49). */
	SUPPLEMENT("补充合同"),
	/** 合同变更: changes a term without changing the amount. */
	CHANGE("合同变更"),
	/** 分包: part of the work to a subcontractor, with the purchaser's consent (GPL-48). */
	SUBCONTRACT("分包"),
	/** 终止协议: both parties agree to end the contract (法50). */
	TERMINATION("终止协议");

	private final String label;

	AmendmentKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether an amendment of this kind states an amount. */
	public boolean hasAmount() {
		return this == SUPPLEMENT || this == SUBCONTRACT;
	}

}
