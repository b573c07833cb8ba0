package org.govbuy.procurement;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * A procurement ended without an award (废标 or 终止): the termination notice is out and its
 * reservation went back to the budget line.
 *
 * @param projectId the procurement
 * @param planLineId the budget line whose money it reserved
 * @param unitId the purchasing unit
 * @param region the unit's region
 * @param projectName the project's name
 * @param catalogCode the catalog item (null for projects started before it was recorded)
 * @param method how it was being bought
 * @param budget the budget it had reserved
 * @param released what went back to the budget line
 * @param reason why it ended
 * @param failedOn the day it ended (Beijing time)
 */
public record ProcurementFailed(UUID projectId, UUID planLineId, UUID unitId, RegionCode region, String projectName,
		String catalogCode, ProcurementMethod method, Money budget, Money released, String reason, LocalDate failedOn) {
}
