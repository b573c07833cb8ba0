package org.govbuy.delivery;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The daily job found a milestone past its due date and not accepted (MOF102-25): it is
 * flagged overdue, once. The provider's credit record and the performance evaluation's
 * measure of milestones on time react to it.
 *
 * @param contractId the contract
 * @param contractNumber its number
 * @param providerId the provider
 * @param milestoneId the milestone
 * @param title the milestone's title
 * @param dueOn the day it was due
 * @param flaggedOn the day the job flagged it
 */
public record MilestoneOverdue(UUID contractId, String contractNumber, UUID providerId, UUID milestoneId, String title,
		LocalDate dueOn, LocalDate flaggedOn) {
}
