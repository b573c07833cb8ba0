package org.govbuy.procurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * A purchasing unit published a procurement notice (or a 单一来源 公示): providers may respond
 * until the deadline.
 *
 * @param projectId the procurement
 * @param planLineId the budget line whose money it reserved
 * @param unitId the purchasing unit
 * @param unitName its name
 * @param region the unit's region
 * @param projectName the project's name
 * @param catalogCode the catalog item bought (null for projects started before it was
 * recorded)
 * @param method how it is bought
 * @param budget the budget reserved for it
 * @param maxPrice the maximum price, null if none
 * @param documentsIssued when the documents were issued
 * @param responseDeadline the response deadline
 * @param singleSourceSupplier the only supplier a 单一来源 公示 names, null otherwise
 * @param announcedAt when it was published
 */
public record ProcurementAnnounced(UUID projectId, UUID planLineId, UUID unitId, String unitName, RegionCode region,
		String projectName, String catalogCode, ProcurementMethod method, Money budget, Money maxPrice,
		LocalDate documentsIssued, Instant responseDeadline, String singleSourceSupplier, Instant announcedAt) {
}
