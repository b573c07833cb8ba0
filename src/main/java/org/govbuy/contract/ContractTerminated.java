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
 */
public record ContractTerminated(UUID contractId, UUID providerId, LocalDate terminatedOn, String reason,
		Money released) {
}
