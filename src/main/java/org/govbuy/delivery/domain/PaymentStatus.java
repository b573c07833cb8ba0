package org.govbuy.delivery.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.govbuy.platform.StateConflictException;

/**
 * Where a payment request stands on its way through the purchaser and the treasury
 * (国库集中支付). Each step is a guarded transition: a request in another state refuses it with
 * a conflict (409).
 */
public enum PaymentStatus {

	/** 待审核: requested by the provider or the purchaser, waiting for the purchaser. */
	REQUESTED("待审核"),
	/** 已送国库: approved by the purchaser and sent to the treasury. */
	SENT("已送国库"),
	/** 已支付: the treasury paid; the funds ledger paid the line. */
	PAID("已支付"),
	/** 已退回: the purchaser sent it back; its amount is free to request again. */
	REJECTED("已退回"),
	/** 国库退票: the treasury returned it; its amount is free to request again. */
	RETURNED("国库退票");

	private static final Set<PaymentStatus> COMMITTING = EnumSet.of(REQUESTED, SENT, PAID);

	private static final Set<PaymentStatus> UNPAID = EnumSet.of(REQUESTED, SENT);

	private final String label;

	PaymentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether the purchaser may approve or reject it now. */
	public boolean awaitsApproval() {
		return this == REQUESTED;
	}

	/** Whether its amount counts against the contract (requested, sent or paid). */
	public boolean commits() {
		return COMMITTING.contains(this);
	}

	/** Whether it still waits to be paid (an SME's due date runs). */
	public boolean unpaid() {
		return UNPAID.contains(this);
	}

	/** The purchaser approves and sends it to the treasury. */
	public PaymentStatus approve() {
		require(REQUESTED);
		return SENT;
	}

	/** The purchaser sends it back. */
	public PaymentStatus reject() {
		require(REQUESTED);
		return REJECTED;
	}

	/** The treasury paid. */
	public PaymentStatus pay() {
		require(SENT);
		return PAID;
	}

	/** The treasury returned it (退票). */
	public PaymentStatus giveBack() {
		require(SENT);
		return RETURNED;
	}

	/** The names of the states whose amount counts against the contract, for SQL. */
	public static List<String> committing() {
		return names(COMMITTING);
	}

	/** The names of the unpaid states, for SQL. */
	public static List<String> unpaidStates() {
		return names(UNPAID);
	}

	private void require(PaymentStatus expected) {
		if (this != expected) {
			throw new StateConflictException("status", "支付申请当前状态为“" + label + "”，不能办理此操作");
		}
	}

	private static List<String> names(Set<PaymentStatus> states) {
		return states.stream().map(Enum::name).toList();
	}

}
