package org.govbuy.catalog;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;

/**
 * A catalog version was published (and the previous one, if any, superseded).
 *
 * @param versionId the new version
 * @param region the catalog's region
 * @param fiscalYear the catalog's budget year
 * @param number the version number
 * @param effectiveFrom since when it applies
 * @param late whether it was published after the adjustment deadline
 * @param lateReason why, if late
 * @param catalogId the catalog (of the region and year) the version belongs to
 * @param supersededVersionId the version it replaces from {@code effectiveFrom}, or null
 * for the first
 * @param items how many items the version has
 */
public record CatalogVersionPublished(UUID versionId, RegionCode region, FiscalYear fiscalYear, int number,
		LocalDate effectiveFrom, boolean late, String lateReason, UUID catalogId, UUID supersededVersionId, int items) {
}
