package org.govbuy.platform;

import java.util.UUID;

import org.govbuy.shared.RegionCode;

/**
 * The data a user may see, implemented once for every module: a user sees their own
 * organization's data; finance and supervision users see their region and the regions
 * below it; administrators see everything.
 *
 * @param kind which of the three cases applies
 * @param organizationId the user's organization
 * @param region the user's region (null for everything)
 */
public record DataScope(Kind kind, UUID organizationId, RegionCode region) {

	public enum Kind {

		/** Only the user's own organization. */
		ORGANIZATION,
		/** The user's region and every region below it. */
		REGION,
		/** Everything (platform operators). */
		EVERYTHING

	}

	static DataScope everything() {
		return new DataScope(Kind.EVERYTHING, null, null);
	}

	static DataScope regionAndBelow(RegionCode region, UUID organizationId) {
		return new DataScope(Kind.REGION, organizationId, region);
	}

	static DataScope organization(UUID organizationId, RegionCode region) {
		return new DataScope(Kind.ORGANIZATION, organizationId, region);
	}

	/** Whether a record owned by this organization in this region is visible. */
	public boolean permits(UUID ownerOrganization, RegionCode ownerRegion) {
		return switch (kind) {
			case EVERYTHING -> true;
			case REGION -> ownerRegion != null && region.contains(ownerRegion);
			case ORGANIZATION -> organizationId.equals(ownerOrganization);
		};
	}

	/**
	 * SQL {@code LIKE} pattern for region codes in scope
	 * ({@code region_code like :pattern}); every code for {@link Kind#EVERYTHING}. For
	 * {@link Kind#ORGANIZATION} filter by {@link #organizationId()} instead.
	 */
	public String regionPattern() {
		return kind == Kind.EVERYTHING ? "%" : region.scopePrefix() + "%";
	}

	/**
	 * The organization to filter by, or null when the scope is a region or everything.
	 */
	public UUID organizationFilter() {
		return kind == Kind.ORGANIZATION ? organizationId : null;
	}

}
