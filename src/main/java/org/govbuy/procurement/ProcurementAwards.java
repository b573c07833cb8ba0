package org.govbuy.procurement;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.shared.Money;

/** Awarded procurements, for the contract module. */
public interface ProcurementAwards {

	/**
	 * A procurement's award.
	 *
	 * @param projectId the procurement
	 * @param planLineId the budget line it reserved from
	 * @param unitId the purchasing unit
	 * @param region the unit's region
	 * @param projectName its name
	 * @param method how it was bought
	 * @param providerId the winning provider
	 * @param providerName its name
	 * @param price the awarded price
	 * @param reserved what the procurement reserved on the budget line
	 * @param awardedOn when the winner was confirmed
	 * @param technicallyComplex the purchase is technically complex: a testing body takes
	 * part in its acceptance (法41)
	 * @param challengePending a challenge of the result awaits an answer: the contract
	 * waits (《政府采购法实施条例》第五十四条)
	 */
	record Award(UUID projectId, UUID planLineId, UUID unitId, org.govbuy.shared.RegionCode region, String projectName,
			ProcurementMethod method, UUID providerId, String providerName, Money price, Money reserved,
			LocalDate awardedOn, boolean technicallyComplex, boolean challengePending) {
	}

	/** The award of a project with a single winner; empty until awarded. */
	Optional<Award> award(UUID projectId);

	/** A unit's awarded procurements with a single winner, newest first. */
	java.util.List<Award> awardsOf(UUID unitId);

}
