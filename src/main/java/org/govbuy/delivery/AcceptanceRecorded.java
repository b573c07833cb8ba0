package org.govbuy.delivery;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A milestone, or the whole contract, went through acceptance (验收).
 *
 * @param contractId the contract
 * @param providerId the provider
 * @param milestoneId the milestone, or null for the final acceptance
 * @param acceptedOn the day of the acceptance
 * @param passed whether it passed (a failure opens a rectification)
 */
public record AcceptanceRecorded(UUID contractId, UUID providerId, UUID milestoneId, LocalDate acceptedOn,
		boolean passed) {
}
