package org.govbuy.procurement;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * A purchasing unit confirmed the winner of a procurement and published the result (also
 * when an upheld challenge moved the award to the next candidate): the contract may be
 * drafted from here.
 *
 * @param projectId the procurement
 * @param planLineId the budget line whose money it reserved
 * @param unitId the purchasing unit
 * @param region the unit's region
 * @param projectName the project's name
 * @param catalogCode the catalog item bought (null for projects started before it was
 * recorded)
 * @param method how it was bought
 * @param budget what the procurement reserved on the budget line
 * @param bidId the winning bid
 * @param providerId the winning provider
 * @param providerName its name
 * @param amount the awarded price
 * @param awardedOn the day the winner was confirmed (Beijing time)
 * @param technicallyComplex a testing body takes part in the acceptance (法41)
 */
public record ProcurementAwarded(UUID projectId, UUID planLineId, UUID unitId, RegionCode region, String projectName,
		String catalogCode, ProcurementMethod method, Money budget, UUID bidId, UUID providerId, String providerName,
		Money amount, LocalDate awardedOn, boolean technicallyComplex) {
}
