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

	/**
	 * What a contract names of its provider: the registered legal details (null where not
	 * recorded) and the full bank account, for the contract the parties sign. The
	 * published contract masks the personal numbers.
	 *
	 * @param name name
	 * @param creditCode 统一社会信用代码
	 * @param legalRepresentative 法定代表人（负责人）
	 * @param contactName contact
	 * @param contactPhone contact phone
	 * @param bankName 开户银行
	 * @param bankAccount 银行账号
	 */
	record ContractParty(String name, String creditCode, String legalRepresentative, String contactName,
			String contactPhone, String bankName, String bankAccount) {
	}

	/** The provider's details as a party to a contract. */
	default Optional<ContractParty> contractParty(UUID providerId) {
		return find(providerId)
			.map(provider -> new ContractParty(provider.name(), provider.creditCode(), null, null, null, null, null));
	}

	/**
	 * The registered provider with this 统一社会信用代码, if any (performance evaluation asks
	 * whether an evaluator organization is itself a registered provider).
	 */
	default Optional<ProviderIdentity> findByCreditCode(String creditCode) {
		return Optional.empty();
	}

	/** The provider a signed-in provider user acts for. */
	Optional<ProviderIdentity> ofOrganization(UUID organizationId);

}
