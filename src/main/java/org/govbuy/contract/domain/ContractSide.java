package org.govbuy.contract.domain;

/** The two parties of a contract, as they propose and sign its amendments. */
public enum ContractSide {

	/** 甲方: the purchasing unit (购买主体). */
	PURCHASER("甲方"),
	/** 乙方: the provider (承接主体). */
	PROVIDER("乙方");

	private final String label;

	ContractSide(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
