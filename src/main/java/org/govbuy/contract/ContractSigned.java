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
 */
public record ContractSigned(UUID contractId, String number, UUID unitId, RegionCode region, UUID providerId,
		Money amount, LocalDate startsOn, LocalDate endsOn, LocalDate signedOn) {
}
