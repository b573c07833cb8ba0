package org.govbuy.procurement.domain;

import java.util.Optional;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.RuleViolation;

/**
 * What happens when too few suppliers qualify (RULES.md E5, F2): a tender with fewer than
 * three fails (法36); 磋商 on a purchase of services continues with two and ends with one
 * (财库〔2015〕124号); 谈判 needs three.
 */
public final class SupplierCountPolicy {

	static final int MINIMUM = 3;

	/** Continue, or end the procurement (废标/终止) with the rule that ends it. */
	public record Outcome(boolean proceeds, Optional<RuleViolation> ended) {
	}

	public Outcome afterReview(ProcurementMethod method, int compliantSuppliers) {
		if (method == ProcurementMethod.SINGLE_SOURCE) {
			return compliantSuppliers >= 1 ? proceed()
					: end(ProcurementRule.SINGLE_SOURCE_CONDITIONS, compliantSuppliers);
		}
		if (!method.underProcurementLaw() && method != ProcurementMethod.COMPETITIVE_REVIEW) {
			// 定向委托, 委托, 特许经营, 战略合作 name their party: the law's supplier counts do not
			// apply.
			return compliantSuppliers >= 1 ? proceed()
					: end(ProcurementRule.NEGOTIATION_CONDITIONS, compliantSuppliers);
		}
		if (method == ProcurementMethod.COMPETITIVE_CONSULTATION) {
			return compliantSuppliers >= 2 ? proceed()
					: end(ProcurementRule.CONSULTATION_TWO_SUPPLIERS, compliantSuppliers);
		}
		if (compliantSuppliers >= MINIMUM) {
			return proceed();
		}
		return end(method.isTender() ? ProcurementRule.TOO_FEW_BIDDERS : ProcurementRule.NEGOTIATION_CONDITIONS,
				compliantSuppliers);
	}

	private static Outcome proceed() {
		return new Outcome(true, Optional.empty());
	}

	private static Outcome end(ProcurementRule rule, int count) {
		return new Outcome(false, Optional.of(rule.violation("符合要求的供应商只有" + count + "家，采购活动应予终止（废标）")));
	}

}
