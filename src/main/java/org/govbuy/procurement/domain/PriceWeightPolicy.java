package org.govbuy.procurement.domain;

import java.math.BigDecimal;
import java.util.Optional;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.RuleViolation;

/**
 * The price weight of 综合评分法 for a purchase of services: at least 10% in a tender (87令
 * §55, a floor only), 10–30% in 竞争性磋商 (214号 §24).
 */
public final class PriceWeightPolicy {

	static final BigDecimal SERVICE_FLOOR = new BigDecimal("0.10");

	static final BigDecimal CONSULTATION_CEILING = new BigDecimal("0.30");

	/** Checks a weight given as a share of the total (0.10 = 10%). */
	public Optional<RuleViolation> check(ProcurementMethod method, BigDecimal weight) {
		if (method == ProcurementMethod.COMPETITIVE_CONSULTATION) {
			if (weight.compareTo(SERVICE_FLOOR) < 0 || weight.compareTo(CONSULTATION_CEILING) > 0) {
				return Optional.of(ProcurementRule.CONSULTATION_PRICE_WEIGHT.violation("拟定价格分值比重为" + percent(weight)));
			}
			return Optional.empty();
		}
		if (method.isTender() && weight.compareTo(SERVICE_FLOOR) < 0) {
			return Optional.of(ProcurementRule.TENDER_PRICE_WEIGHT.violation("拟定价格分值比重为" + percent(weight)));
		}
		return Optional.empty();
	}

	static String percent(BigDecimal share) {
		return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
	}

}
