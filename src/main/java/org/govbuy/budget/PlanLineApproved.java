package org.govbuy.budget;

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
 * @param catalogCode its catalog item
 * @param amount the approved amount of the budget year
 */
public record PlanLineApproved(UUID lineId, UUID planId, UUID unitId, RegionCode region, FiscalYear fiscalYear,
		String projectName, String catalogCode, Money amount) {
}
