package org.govbuy.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * What the contract module tells other modules about a contract and its parties: the
 * contract's figures and who may see and act on it. Delivery reads contracts through this
 * API only.
 */
public interface ContractParties {

	/** The contract, whatever its state; no access check (callers check their own). */
	Optional<ContractSummary> find(UUID contractId);

	/** Whether the user signs for this provider (承接主体). */
	boolean isProvider(UUID providerId, CurrentUser user);

	/** Whether the user is a purchaser of this unit. */
	boolean isPurchaser(UUID unitId, CurrentUser user);

	/**
	 * Whether a contract is visible: to its provider, and to others within their data
	 * scope — never to other providers, experts or evaluators.
	 */
	boolean readableBy(UUID unitId, RegionCode region, UUID providerId, CurrentUser user);

	/** The provider (in the provider registry) the signed-in provider user acts for. */
	Optional<UUID> providerOf(CurrentUser user);

	/**
	 * The contracts the current user may see with steps taken late (publication, filing).
	 */
	List<LateContract> late();

	/**
	 * A contract as other modules see it.
	 *
	 * @param amount the signed amount
	 * @param total the signed amount with the supplementary agreements in force
	 * @param signed whether it is signed and in performance (not a draft, not ended)
	 * @param terminated whether it ended early
	 * @param quality the quality clause (the standards acceptance checks)
	 * @param publicService whether service recipients take part in acceptance
	 * @param technicallyComplex whether a testing body takes part in acceptance
	 */
	record ContractSummary(UUID id, String number, String title, UUID unitId, String unitName, RegionCode region,
			UUID providerId, String providerName, boolean providerSme, UUID planLineId, Money amount, Money total,
			LocalDate startsOn, LocalDate endsOn, int paymentDays, LocalDate signedOn, boolean signed,
			boolean terminated, String quality, boolean publicService, boolean technicallyComplex) {
	}

	/** A contract whose publication or filing was late. */
	record LateContract(UUID id, String number, String unitName, LocalDate signedOn, LocalDate publishedOn,
			LocalDate filedOn, String lateSteps) {
	}

}
