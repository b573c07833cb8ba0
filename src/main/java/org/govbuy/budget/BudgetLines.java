package org.govbuy.budget;

import java.util.Optional;
import java.util.UUID;

import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/** Approved budget lines as the procurement and contract modules see them. */
public interface BudgetLines {

	/**
	 * An approved plan line with its funds.
	 *
	 * @param lineId the line
	 * @param unitId the purchasing unit
	 * @param unitName its name
	 * @param region its region
	 * @param fiscalYear the budget year
	 * @param projectName the line's project name
	 * @param catalogCode its catalog item
	 * @param pinmuCode the item's 《政府采购品目分类目录》 code
	 * @param serviceContent what is bought
	 * @param serviceStandard to what standard
	 * @param procurementLaw whether procurement law applies (D1)
	 * @param centralized whether the item is in the 集中采购目录
	 * @param funds the line's funds ledger
	 */
	record ApprovedLine(UUID lineId, UUID unitId, String unitName, RegionCode region, FiscalYear fiscalYear,
			String projectName, String catalogCode, String pinmuCode, String serviceContent, String serviceStandard,
			boolean procurementLaw, boolean centralized, FundsLedger.Balance funds) {
	}

	/** The line if it is approved; empty for unknown or unapproved lines. */
	Optional<ApprovedLine> approved(UUID lineId);

	/** A unit's approved lines, newest year first. */
	java.util.List<ApprovedLine> approvedOf(UUID unitId);

	/**
	 * A performance target (绩效目标) of a plan line.
	 *
	 * @param category OUTPUT, QUALITY, TIMELINESS, COST, BENEFIT or SATISFACTION
	 * @param indicator what is measured, e.g. 服务对象满意度
	 * @param target the target as written, e.g. {@code ≥90%}
	 */
	record LineTarget(String category, String indicator, String target) {
	}

	/**
	 * The line's performance targets in order (performance evaluation takes its targets
	 * from them); empty for an unknown line.
	 */
	default java.util.List<LineTarget> targets(UUID lineId) {
		return java.util.List.of();
	}

}
