package org.govbuy.platform;

import java.util.UUID;

import org.govbuy.shared.RegionCode;

/**
 * An organization as other modules see it.
 *
 * @param id its id
 * @param name full Chinese name
 * @param kind finance bureau, purchaser, supervisor, …
 * @param purchaserType the legal type, for purchasers
 * @param supervisorKind which supervision, for supervisors
 * @param region the region it belongs to
 * @param enabled whether it may act
 */
public record Organization(UUID id, String name, OrganizationKind kind, PurchaserType purchaserType,
		SupervisorKind supervisorKind, RegionCode region, boolean enabled) {
}
