package org.govbuy.catalog;

import java.util.Optional;
import java.util.UUID;

import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;

/**
 * Catalog items for other modules (budget lines, procurement): the version in force for a
 * region and budget year is the region's own published catalog, else the nearest one
 * above it.
 */
public interface CatalogItems {

	/**
	 * The item with this code in the catalog in force for the region and year, if any.
	 */
	Optional<PublishedCatalogItem> findPublished(RegionCode region, FiscalYear fiscalYear, String code);

	/**
	 * Every item of the catalog in force for the region and year, in code order (for
	 * pickers in forms); empty when no catalog is published.
	 */
	java.util.List<PublishedCatalogItem> publishedItems(RegionCode region, FiscalYear fiscalYear);

	/**
	 * Like {@link #findPublished} but refuses with rule {@code FS87-2-CATALOG} (87号文 §二:
	 * a service not in the catalog cannot be bought until the finance department has
	 * filed it).
	 */
	default PublishedCatalogItem requirePublished(RegionCode region, FiscalYear fiscalYear, String code) {
		return findPublished(region, fiscalYear, code).orElseThrow(() -> CatalogRule.ITEM_IN_CATALOG
			.refusal("目录条目 " + code + " 不在 " + region + " " + fiscalYear + " 年度已发布的指导性目录中"));
	}

	/**
	 * An item by its id, whatever the state of its version now (for records that point at
	 * it).
	 */
	Optional<PublishedCatalogItem> findById(UUID itemId);

}
