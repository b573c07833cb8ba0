package org.govbuy.budget.domain;

import java.util.UUID;

/**
 * What the checks found about a line when it was entered: its catalog item in the version
 * in force (or none: the line waits for filing), whether procurement law applies (D1) and
 * which negative-list keywords a reviewer should look at.
 *
 * @param catalogItemId the item in the catalog version in force (null: not in the
 * catalog)
 * @param catalogVersionId that version
 * @param catalogVersionNumber its number
 * @param catalogName the item's name
 * @param pinmuCode its 《政府采购品目分类目录》 code
 * @param procurementLaw procurement law applies (centralized catalog or at/above the
 * limit)
 * @param centralized the item is in the 集中采购目录
 * @param keywordWarnings negative-list keywords found, for the reviewer (may be empty)
 */
public record LineClassification(UUID catalogItemId, UUID catalogVersionId, Integer catalogVersionNumber,
		String catalogName, String pinmuCode, boolean procurementLaw, boolean centralized, String keywordWarnings) {

	public boolean inCatalog() {
		return catalogItemId != null;
	}

}
