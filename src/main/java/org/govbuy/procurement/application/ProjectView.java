package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * A project as the pages and the API show it.
 *
 * @param id the project
 * @param planLineId the budget line it reserves from
 * @param unitId the purchasing unit
 * @param unitName its name
 * @param region its region
 * @param name the project name
 * @param demand 服务内容及需求
 * @param serviceStandard 服务标准
 * @param conditions provider conditions, one per line
 * @param method the method
 * @param rationale the published reason for a way outside procurement law
 * @param budget the budget (reserved)
 * @param maxPrice the maximum price, if set
 * @param priceWeight the price's share of the score
 * @param tradingCenter traded in the public resource trading center
 * @param status where it stands
 * @param documentsIssued when the documents were issued
 * @param responseDeadline the bid deadline
 * @param winnerBidId the winning bid
 * @param failureReason why it failed
 * @param urgent the urgent green channel
 * @param urgentReason why
 * @param tradingCenterReference the trading center's project number
 * @param agreementStart a framework agreement's start
 * @param agreementEnd its end
 * @param lowestPrice evaluated by 最低评标价法
 * @param singleSourceSupplier the supplier a 单一来源 公示 names
 * @param catalogCode the catalog item bought (null for projects started before it was
 * recorded)
 */
public record ProjectView(UUID id, UUID planLineId, UUID unitId, String unitName, RegionCode region, String name,
		String demand, String serviceStandard, String conditions, ProcurementMethod method, String rationale,
		Money budget, Money maxPrice, BigDecimal priceWeight, boolean tradingCenter, ProjectStatus status,
		LocalDate documentsIssued, Instant responseDeadline, UUID winnerBidId, String failureReason, boolean urgent,
		String urgentReason, String tradingCenterReference, LocalDate agreementStart, LocalDate agreementEnd,
		boolean lowestPrice, String singleSourceSupplier, String catalogCode) {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	public String methodLabel() {
		return method.label();
	}

	public String statusLabel() {
		return status.label();
	}

	public LocalDateTime responseDeadlineLocal() {
		return responseDeadline == null ? null : LocalDateTime.ofInstant(responseDeadline, CHINA);
	}

}
