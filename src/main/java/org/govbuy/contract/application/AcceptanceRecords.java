package org.govbuy.contract.application;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * When a milestone, or a whole contract, passed acceptance — what payment by acceptance
 * needs.
 */
interface AcceptanceRecords {

	/**
	 * The day the milestone (or, for a null milestone, the final acceptance) passed;
	 * empty unless it passed.
	 */
	Optional<LocalDate> acceptedOn(UUID contractId, UUID milestoneId);

}
