package org.govbuy.delivery.domain;

import org.govbuy.platform.InvalidInputException;

/** Where a contract stands as delivery knows it. */
public enum ContractStanding {

	/** 待签订: not signed yet; nothing to deliver (never stored by delivery). */
	DRAFT("待签订"),
	/** 履行中: signed; milestones, ledger, acceptance and payments go on. */
	SIGNED("履行中"),
	/** 已终止: ended early; its delivery is closed. */
	TERMINATED("已终止");

	private final String label;

	ContractStanding(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the contract is in performance. */
	public boolean inPerformance() {
		return this == SIGNED;
	}

	/** Refuses delivery work unless the contract is in performance. */
	public void requireInPerformance() {
		if (this != SIGNED) {
			throw new InvalidInputException("status", "合同签订后、终止前才能办理履约事项");
		}
	}

	/** The contract ended early. */
	public ContractStanding terminate() {
		return TERMINATED;
	}

}
