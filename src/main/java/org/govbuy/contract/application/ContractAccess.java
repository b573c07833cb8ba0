package org.govbuy.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.Role;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.shared.RegionCode;

import org.springframework.stereotype.Component;

/**
 * Who may see a contract: the purchasing unit, the provider of the contract, and finance,
 * supervision and administrators within their data scope. Outside the scope the contract
 * does not exist (404).
 */
@Component
class ContractAccess {

	private final ProviderDirectory providers;

	private final Clock clock;

	ContractAccess(ProviderDirectory providers, Clock clock) {
		this.providers = providers;
		this.clock = clock;
	}

	/**
	 * The provider (in the provider registry) the signed-in provider user acts for; a
	 * contract names the registry's provider, not the user's organization.
	 */
	Optional<UUID> providerOf(CurrentUser user) {
		if (!user.hasRole(Role.PROVIDER) || user.organizationId() == null) {
			return Optional.empty();
		}
		return providers.ofOrganization(user.organizationId()).map(ProviderDirectory.ProviderIdentity::id);
	}

	/** Whether the user signs for this provider (承接主体). */
	boolean isProvider(UUID providerId, CurrentUser user) {
		return providerOf(user).filter(providerId::equals).isPresent();
	}

	/** Whether the user is a purchaser of this unit. */
	static boolean isPurchaser(UUID unitId, CurrentUser user) {
		return user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD) && unitId.equals(user.organizationId());
	}

	/**
	 * Whether a contract is visible: to its provider, and to others within their data
	 * scope — never to other providers, experts or evaluators.
	 */
	boolean readableBy(UUID unitId, RegionCode region, UUID providerId, CurrentUser user) {
		if (isProvider(providerId, user)) {
			return true;
		}
		if (user.hasRole(Role.PROVIDER) || user.hasRole(Role.EXPERT) || user.hasRole(Role.EVALUATOR)) {
			return false;
		}
		return user.scope().permits(unitId, region);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(Contracts.CHINA));
	}

}
