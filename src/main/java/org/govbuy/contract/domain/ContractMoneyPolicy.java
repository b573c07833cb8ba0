package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.contract.ContractRule;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

/**
 * Performance deposits (条例48), supplementary agreements (法49) and subcontracting (法48).
 */
public final class ContractMoneyPolicy {

	/** The forms a performance deposit may take (条例48: non-cash only). */
	public enum DepositForm {

		/** 支票. */
		CHEQUE("支票", false),
		/** 汇票. */
		BANK_DRAFT("汇票", false),
		/** 本票. */
		PROMISSORY_NOTE("本票", false),
		/** 银行保函. */
		BANK_GUARANTEE("银行保函", false),
		/** 担保机构保函. */
		GUARANTEE_INSTITUTION("担保机构保函", false),
		/** 现金 — refused. */
		CASH("现金", true);

		private final String label;

		private final boolean cash;

		DepositForm(String label, boolean cash) {
			this.label = label;
			this.cash = cash;
		}

		public String label() {
			return label;
		}

		public boolean cash() {
			return cash;
		}

	}

	static final BigDecimal SUPPLEMENTARY_SHARE = new BigDecimal("0.10");

	/**
	 * @param deposit the performance deposit required
	 * @param contractAmount the contract amount
	 * @param maxRate the region's cap (PolicyParameter PERFORMANCE_DEPOSIT_MAX_RATE)
	 * @param cash whether it is to be paid in cash
	 */
	public List<RuleViolation> checkPerformanceDeposit(Money deposit, Money contractAmount, BigDecimal maxRate,
			boolean cash) {
		List<RuleViolation> violations = new ArrayList<>();
		Money cap = contractAmount.times(maxRate);
		if (deposit.isGreaterThan(cap)) {
			violations
				.add(ContractRule.PERFORMANCE_DEPOSIT.violation("履约保证金" + deposit.format() + "超过上限" + cap.format()));
		}
		if (cash) {
			violations.add(ContractRule.PERFORMANCE_DEPOSIT.violation("不得以现金形式提交，应接受银行保函等"));
		}
		return violations;
	}

	/** All supplementary agreements together stay within 10% of the original amount. */
	public List<RuleViolation> checkSupplementary(Money original, Money earlierSupplements, Money proposed) {
		Money cap = original.times(SUPPLEMENTARY_SHARE);
		Money total = earlierSupplements.plus(proposed);
		return total.isGreaterThan(cap) ? List.of(ContractRule.SUPPLEMENTARY_LIMIT
			.violation("补充合同累计" + total.format() + "超过原合同金额10%（" + cap.format() + "）")) : List.of();
	}

	/**
	 * Refuses a pass-through, and partial subcontracting without the purchaser's recorded
	 * consent.
	 */
	public List<RuleViolation> checkSubcontracting(Money contractAmount, Money subcontracted, boolean consentRecorded) {
		if (!subcontracted.isPositive()) {
			return List.of();
		}
		if (subcontracted.isAtLeast(contractAmount)) {
			return List.of(ContractRule.SUBCONTRACTING.violation("不得将全部服务转包"));
		}
		return consentRecorded ? List.of() : List.of(ContractRule.SUBCONTRACTING.violation("分包须经采购人同意并记录在案"));
	}

}
