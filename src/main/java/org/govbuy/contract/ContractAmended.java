package org.govbuy.contract;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.Money;

/**
 * An amendment signed by both parties took effect and changed what the contract is worth
 * (a supplementary agreement): payments may now ask for up to the new amount.
 *
 * @param contractId the contract
 * @param amount the contract's amount from now on (signed amount and supplements in
 * force)
 * @param effectiveOn the day the amendment took effect
 * @param kind what the amendment was
 */
public record ContractAmended(UUID contractId, Money amount, LocalDate effectiveOn, AmendmentKind kind) {
}
