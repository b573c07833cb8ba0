package org.govbuy.platform;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.shared.RegionCode;

/**
 * Organizations for other modules: look-ups, and registration of providers'
 * organizations.
 */
public interface Organizations {

	Optional<Organization> find(UUID id);

	/** The organization if it exists and lies within the current user's data scope. */
	Optional<Organization> findVisible(UUID id);

	/**
	 * The organization's 统一社会信用代码 if one is recorded, for documents that name it as a
	 * party.
	 */
	default Optional<String> creditCodeOf(UUID id) {
		return Optional.empty();
	}

	/** The finance bureau of a region, if one is registered. */
	Optional<Organization> financeBureauOf(RegionCode region);

	/**
	 * The enabled purchasing units (购买主体) of a region and the regions below it, by region
	 * and name.
	 */
	List<Organization> purchasers(RegionCode within);

	/**
	 * The enabled organizations of a kind in every region (e.g. 第三方评价机构, which work
	 * across regions), by region and name.
	 */
	default List<Organization> ofKind(OrganizationKind kind) {
		return List.of();
	}

	/**
	 * Registers an organization after the checks of its kind (a purchaser's legal type:
	 * 102 §5, §8, §33). Audited.
	 */
	Organization register(NewOrganization organization);

	/** What registering an organization takes. */
	record NewOrganization(String name, OrganizationKind kind, PurchaserType purchaserType,
			SupervisorKind supervisorKind, RegionCode region, String creditCode) {
	}

}
