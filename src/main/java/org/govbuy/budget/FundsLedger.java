package org.govbuy.budget;

import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * The funds of approved budget lines: approved ≥ reserved + contracted, contracted ≥
 * paid, always, under concurrent requests (row lock and database checks). Procurement
 * reserves, contract moves reserved to contracted, payment pays; cancelled purchases
 * release. Every call carries an idempotency key, so a retried request moves the money
 * once.
 */
public interface FundsLedger {

	/** The balances of a line. */
	record Balance(UUID lineId, Money approved, Money reserved, Money contracted, Money paid) {

		public Money available() {
			return approved.minus(reserved).minus(contracted);
		}

	}

	Balance balance(UUID lineId);

	/** Reserves for a procurement; refused (BL-13) beyond what remains available. */
	Balance reserve(UUID lineId, Money amount, String purpose, String idempotencyKey);

	/** Gives back what a cancelled or cheaper purchase leaves reserved. */
	Balance release(UUID lineId, Money amount, String purpose, String idempotencyKey);

	/** Moves a reservation to a signed contract. */
	Balance contract(UUID lineId, Money amount, String purpose, String idempotencyKey);

	/**
	 * Sets the approved amount after a 年中调整; refused (BL-13) below what is already
	 * reserved and contracted.
	 */
	Balance adjustApproved(UUID lineId, Money approved, String purpose, String idempotencyKey);

	/** Pays against a contract; refused beyond what is contracted and unpaid. */
	Balance pay(UUID lineId, Money amount, String purpose, String idempotencyKey);

	/**
	 * Gives back the unpaid part of a terminated contract; refused beyond what is
	 * contracted and unpaid.
	 */
	Balance uncontract(UUID lineId, Money amount, String purpose, String idempotencyKey);

}
