package org.govbuy.contract.domain;

import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.StateConflictException;

/**
 * Where an amendment of a signed contract stands: one side proposes, the other confirms
 * (G8), or the proposer withdraws it.
 */
public enum AmendmentStatus {

	/** 待对方确认: proposed by one side, waiting for the other side's signature. */
	PROPOSED("待对方确认"),
	/** 双方已签署: confirmed by the other side and in force. */
	IN_FORCE("双方已签署"),
	/** 已撤回: withdrawn by its proposer before the other side confirmed it. */
	WITHDRAWN("已撤回");

	private final String label;

	AmendmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The other side signs: a proposed amendment comes into force. */
	public AmendmentStatus confirm() {
		if (this != PROPOSED) {
			throw new StateConflictException("status", "该记录已生效或已撤回");
		}
		return IN_FORCE;
	}

	/** The proposer takes back an amendment the other side has not signed yet. */
	public AmendmentStatus withdraw() {
		if (this != PROPOSED) {
			throw new InvalidInputException("status", "只能撤回本方提出、尚未确认的记录");
		}
		return WITHDRAWN;
	}

}
