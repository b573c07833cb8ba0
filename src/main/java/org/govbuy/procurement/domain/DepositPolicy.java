package org.govbuy.procurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

/**
 * Bid and response deposits (条例33): at most the regional cap (2% of the budget centrally)
 * and never in cash.
 */
public final class DepositPolicy {

	/** How a deposit is paid. */
	public enum Form {

		/** 现金: not allowed. */
		CASH("现金", false),
		/** 支票. */
		CHEQUE("支票", true),
		/** 汇票. */
		DRAFT("汇票", true),
		/** 本票. */
		PROMISSORY_NOTE("本票", true),
		/** 金融机构、担保机构出具的保函. */
		GUARANTEE("保函", true);

		private final String label;

		private final boolean allowed;

		Form(String label, boolean allowed) {
			this.label = label;
			this.allowed = allowed;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * @param deposit the deposit the documents require
	 * @param budget the project budget
	 * @param maxRate the region's cap (PolicyParameter BID_DEPOSIT_MAX_RATE)
	 * @param form how suppliers are to pay it
	 */
	public List<RuleViolation> check(Money deposit, Money budget, BigDecimal maxRate, Form form) {
		List<RuleViolation> violations = new ArrayList<>();
		Money cap = budget.times(maxRate);
		if (deposit.isGreaterThan(cap)) {
			violations.add(ProcurementRule.BID_DEPOSIT.violation("保证金" + deposit.format() + "超过上限" + cap.format()));
		}
		if (form != null && !form.allowed) {
			violations.add(ProcurementRule.BID_DEPOSIT.violation("不得以" + form.label + "形式收取"));
		}
		return violations;
	}

}
