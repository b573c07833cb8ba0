package org.govbuy.delivery;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * Delivery's record of a signed contract (the delivery schedule): opened when the
 * contract is signed, ended when it is terminated.
 *
 * @param contractId the contract
 * @param number its number
 * @param amount the signed amount with the supplementary agreements in force
 * @param inPerformance whether delivery goes on (signed, not terminated)
 * @param terminatedOn when the contract ended early, or null
 * @param milestones how many milestones the purchaser set
 * @param overdueMilestones how many of them are flagged overdue and not accepted
 */
public record DeliverySchedule(UUID contractId, String number, Money amount, boolean inPerformance,
		LocalDate terminatedOn, int milestones, int overdueMilestones) {
}
