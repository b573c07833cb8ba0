package org.govbuy.procurement;

import java.time.Instant;
import java.util.UUID;

import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * The response deadline passed, the panel was formed and the sealed bids were opened for
 * evaluation.
 *
 * @param projectId the procurement
 * @param unitId the purchasing unit
 * @param region the unit's region
 * @param projectName the project's name
 * @param catalogCode the catalog item bought (null for projects started before it was
 * recorded)
 * @param method how it is bought
 * @param budget the budget reserved for it
 * @param responseDeadline the deadline that passed
 * @param bidCount how many bids were received
 * @param panelSize how many members the panel has
 * @param openedAt when the evaluation opened
 */
public record BidsOpened(UUID projectId, UUID unitId, RegionCode region, String projectName, String catalogCode,
		ProcurementMethod method, Money budget, Instant responseDeadline, int bidCount, int panelSize,
		Instant openedAt) {
}
