package org.govbuy.delivery;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * The treasury paid a provider under a contract (国库集中支付).
 *
 * @param paymentId the payment request
 * @param contractId the contract
 * @param providerId the provider paid
 * @param amount how much
 * @param paidOn when the treasury paid
 * @param dueOn when it fell due (SME-9), or null
 */
public record PaymentPaid(UUID paymentId, UUID contractId, UUID providerId, Money amount, LocalDate paidOn,
		LocalDate dueOn) {
}
