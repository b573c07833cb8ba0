package org.govbuy.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * What the contract module needs to know of a contract's performance, implemented by the
 * module that keeps it (delivery), so that contract does not depend on delivery: the
 * money requested and paid (termination gives back the rest), failed acceptances (a
 * ground for termination) and the payment schedule printed in the contract.
 */
public interface ContractPerformance {

	/**
	 * The contract's payment requests, summed under a lock that keeps new requests out
	 * until the caller's transaction ends (termination settles against this).
	 */
	Settlement settle(UUID contractId);

	/** The contract's payment requests, summed without a lock. */
	Settlement settlement(UUID contractId);

	/** How many acceptances of the contract failed. */
	int failedAcceptances(UUID contractId);

	/** The milestones that carry an amount, in order: the contract's payment schedule. */
	List<Instalment> schedule(UUID contractId);

	/**
	 * @param committed requested, approved and paid requests
	 * @param paid paid by the treasury
	 */
	record Settlement(Money committed, Money paid) {

		public static final Settlement NONE = new Settlement(Money.ZERO, Money.ZERO);

	}

	/** One payment of the schedule. */
	record Instalment(String title, Money amount, LocalDate dueOn) {
	}

}
