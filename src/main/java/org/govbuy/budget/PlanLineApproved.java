package org.govbuy.budget;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * Finance approved a plan line: its funds ledger is open and procurement may reserve from
 * it (once its purchase intention has been public long enough).
 *
 * @param lineId the line
 * @param planId its plan
 * @param unitId the purchasing unit
 * @param region the unit's region
 * @param fiscalYear the budget year
 * @param projectName the project's name
 * @param catalogCode its catalog item's code
 * @param amount the approved amount of the budget year
 * @param unitName the purchasing unit's name
 * @param catalogItemId the guiding catalog's item (null while it awaits filing)
 * @param pinmuCode the item's 品目编码 (政府采购品目分类目录), if any
 * @param procurementLaw whether the purchase falls under the procurement law (D1)
 * @param laterYears the amounts of the later years of the medium-term plan, by year
 */
public record PlanLineApproved(UUID lineId, UUID planId, UUID unitId, RegionCode region, FiscalYear fiscalYear,
		String projectName, String catalogCode, Money amount, String unitName, UUID catalogItemId, String pinmuCode,
		boolean procurementLaw, SortedMap<Integer, Money> laterYears) {

	public PlanLineApproved {
		laterYears = Collections.unmodifiableSortedMap(new TreeMap<>(laterYears == null ? Map.of() : laterYears));
	}

}
