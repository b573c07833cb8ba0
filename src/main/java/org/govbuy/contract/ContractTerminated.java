package org.govbuy.contract;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * A contract ended early; what it had not paid went back to the budget line.
 *
 * @param contractId the contract
 * @param providerId the provider
 * @param terminatedOn when
 * @param reason why (a breach by the provider matters to its credit record)
 * @param released the unpaid amount given back
 * @param providerBreach whether the ground was the provider's breach on record
 * (承接主体违约，验收不合格, TerminationPolicy's PROVIDER_BREACH): the provider's credit record shows
 * it
 */
public record ContractTerminated(UUID contractId, UUID providerId, LocalDate terminatedOn, String reason,
		Money released, boolean providerBreach) {

	/** A termination on any ground but the provider's breach. */
	public ContractTerminated(UUID contractId, UUID providerId, LocalDate terminatedOn, String reason, Money released) {
		this(contractId, providerId, terminatedOn, reason, released, false);
	}

}
