package org.govbuy.contract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.govbuy.contract.ContractRule;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RuleViolation;

/**
 * The lawful term of a purchase-of-services contract (102 §24; 87号文 §三): one year by
 * default; up to three years only when all five conditions are recorded; never beyond the
 * medium-term fiscal plan; and the renewal of seed 004.
 */
public final class TermPolicy {

	/** The five conditions of a multi-year contract (102 §24). */
	public enum MultiYearCondition {

		/** 预算有保障. */
		BUDGET_SECURED("预算有保障"),
		/** 购买内容相对固定. */
		CONTENT_FIXED("购买内容相对固定"),
		/** 连续性强. */
		HIGHLY_CONTINUOUS("连续性强"),
		/** 经费来源稳定. */
		STABLE_FUNDING("经费来源稳定"),
		/** 价格变化幅度小. */
		STABLE_PRICE("价格变化幅度小");

		private final String label;

		MultiYearCondition(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * Checks a contract's term.
	 * @param start first day of performance
	 * @param end last day of performance
	 * @param conditions the multi-year conditions recorded for it
	 * @param fiscalPlanEnd the last day of the medium-term fiscal plan covering its
	 * budget lines
	 */
	public List<RuleViolation> check(LocalDate start, LocalDate end, Set<MultiYearCondition> conditions,
			LocalDate fiscalPlanEnd) {
		List<RuleViolation> violations = new ArrayList<>();
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("合同终止日期不能早于起始日期");
		}
		if (end.isAfter(lastDayOf(start, 3))) {
			violations.add(ContractRule.TERM.violation("合同期限超过3年（" + start + " 至 " + end + "）"));
		}
		else if (end.isAfter(lastDayOf(start, 1))) {
			Set<MultiYearCondition> missing = EnumSet.allOf(MultiYearCondition.class);
			missing.removeAll(conditions == null ? Set.of() : conditions);
			if (!missing.isEmpty()) {
				violations.add(ContractRule.TERM.violation("期限超过1年的合同须同时具备五项条件，尚缺："
						+ String.join("、", missing.stream().map(MultiYearCondition::label).toList())));
			}
		}
		if (fiscalPlanEnd != null && end.isAfter(fiscalPlanEnd)) {
			violations
				.add(ContractRule.FISCAL_PLAN_HORIZON.violation("合同终止日期 " + end + " 超出中期财政规划期限 " + fiscalPlanEnd));
		}
		return violations;
	}

	/**
	 * Checks a renewal with the original provider: once, for at most two years, after an
	 * initial term of at most a year graded excellent, with the budget secured.
	 * @param grade the grade of the original contract's latest final performance
	 * evaluation, or null while none is final
	 */
	public List<RuleViolation> checkRenewal(LocalDate initialStart, LocalDate initialEnd, PerformanceGrade grade,
			boolean renewedBefore, boolean budgetSecured, LocalDate renewalEnd) {
		List<String> reasons = new ArrayList<>();
		if (initialEnd.isAfter(lastDayOf(initialStart, 1))) {
			reasons.add("初始合同履行期限超过一年");
		}
		if (grade == null) {
			reasons.add("尚无已完成的绩效评价");
		}
		else if (grade != PerformanceGrade.EXCELLENT) {
			reasons.add("履约评价结果不是优秀（为“" + grade.label() + "”）");
		}
		if (renewedBefore) {
			reasons.add("该合同已续签过");
		}
		if (!budgetSecured) {
			reasons.add("续签期间无预算保障");
		}
		if (renewalEnd.isAfter(lastDayOf(initialEnd.plusDays(1), 2))) {
			reasons.add("续签时长超过2年");
		}
		return reasons.isEmpty() ? List.of() : List.of(ContractRule.RENEWAL.violation(String.join("；", reasons)));
	}

	/**
	 * The last day of a term of whole years starting on a date (one year from 1 Jan ends
	 * 31 Dec).
	 */
	static LocalDate lastDayOf(LocalDate start, int years) {
		return start.plusYears(years).minusDays(1);
	}

}
