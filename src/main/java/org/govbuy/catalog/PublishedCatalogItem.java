package org.govbuy.catalog;

import java.util.UUID;

import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;

/**
 * An item of a published catalog version, as other modules record it: keep
 * {@link #itemId()} and {@link #versionId()} with every use, so it stays known which
 * version an item came from.
 *
 * @param itemId the item's id (unique per version)
 * @param code the item code, e.g. {@code A0401}
 * @param name its Chinese name
 * @param level 1 for 一级, 2 for 二级, …
 * @param nature 公共服务 or 政府履职所需辅助性服务
 * @param pinmuCode its 《政府采购品目分类目录》 code (may be empty on levels 1–2)
 * @param versionId the version it belongs to
 * @param versionNumber that version's number within its catalog
 * @param catalogRegion the region whose catalog it is
 * @param fiscalYear the catalog's budget year
 */
public record PublishedCatalogItem(UUID itemId, String code, String name, int level, ItemNature nature,
		String pinmuCode, UUID versionId, int versionNumber, RegionCode catalogRegion, FiscalYear fiscalYear) {
}
