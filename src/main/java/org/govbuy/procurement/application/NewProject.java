package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.domain.MethodChoice;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.shared.Money;

/**
 * What a purchasing unit enters to start a procurement.
 *
 * @param planLineId the approved budget line
 * @param name project name
 * @param demand 服务内容及需求
 * @param serviceStandard 服务标准
 * @param conditions provider conditions, one per line
 * @param method the method
 * @param grounds the legal grounds for a method other than open tender
 * @param approvals approvals on file for departing from open tender
 * @param rationale the published reason for a way outside procurement law
 * @param budget the amount to reserve
 * @param maxPrice the maximum price (optional)
 * @param priceWeight price's share of the score, e.g. 0.30
 * @param safeguards what the rules around the method need to know
 */
public record NewProject(UUID planLineId, String name, String demand, String serviceStandard, String conditions,
		ProcurementMethod method, Set<MethodGround> grounds, MethodChoice.Approvals approvals, String rationale,
		Money budget, Money maxPrice, BigDecimal priceWeight, Safeguards safeguards) {

	public NewProject {
		safeguards = safeguards == null ? Safeguards.NONE : safeguards;
	}

}
