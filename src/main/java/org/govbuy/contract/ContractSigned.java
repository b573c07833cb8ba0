package org.govbuy.contract;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * A purchasing unit signed a contract with a provider: the money is contracted on the
 * budget line; performance evaluation and credit records follow the contract from here.
 *
 * @param contractId the contract
 * @param number its number
 * @param unitId the purchasing unit
 * @param region the unit's region
 * @param providerId the provider (承接主体)
 * @param amount the contract amount
 * @param startsOn first day of performance
 * @param endsOn last day of performance
 * @param signedOn the signing date
 * @param title its title
 * @param unitName the purchasing unit's name
 * @param providerName the provider's name
 * @param providerSme whether the provider is a small or medium enterprise (SME-9)
 * @param paymentDays days from acceptance to payment
 */
public record ContractSigned(UUID contractId, String number, UUID unitId, RegionCode region, UUID providerId,
		Money amount, LocalDate startsOn, LocalDate endsOn, LocalDate signedOn, String title, String unitName,
		String providerName, boolean providerSme, int paymentDays) {
}
