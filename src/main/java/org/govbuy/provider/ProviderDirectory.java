package org.govbuy.provider;

import java.util.Optional;
import java.util.UUID;

/** Who a provider is, for modules that record providers (bids, contracts, challenges). */
public interface ProviderDirectory {

	/**
	 * A provider's identity.
	 *
	 * @param id the provider
	 * @param organizationId its platform organization (its users belong to it)
	 * @param name its name
	 * @param creditCode its 统一社会信用代码
	 * @param type its legal type
	 */
	record ProviderIdentity(UUID id, UUID organizationId, String name, String creditCode, ProviderType type) {

		/** Social organizations get the tie-break of seed 004 (同等条件下优先向社会组织购买). */
		public boolean socialOrganization() {
			return type.socialOrganization();
		}

	}

	Optional<ProviderIdentity> find(UUID providerId);

	/** The provider a signed-in provider user acts for. */
	Optional<ProviderIdentity> ofOrganization(UUID organizationId);

}
