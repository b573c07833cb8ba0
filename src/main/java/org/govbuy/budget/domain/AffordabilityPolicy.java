package org.govbuy.budget.domain;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.govbuy.budget.BudgetRule;
import org.govbuy.shared.Money;

/**
 * 财政承受能力评估 (seed 004 第（二）项): the purchase-of-services commitments of a region for each
 * year, future years of multi-year lines included, against the region's capacity. A line
 * that pushes a year past it is flagged for a reviewer's decision.
 *
 * @param capacity what the region can afford per year; zero means not set (no flag)
 */
public record AffordabilityPolicy(Money capacity) {

	/**
	 * The flag text if approving the line would take some year's commitments past the
	 * capacity.
	 * @param committed the region's approved commitments per year, without this line
	 * @param line the line to approve
	 * @param fiscalYear its plan's budget year
	 */
	public Optional<String> flag(Map<Integer, Money> committed, LineDraft line, int fiscalYear) {
		if (!capacity.isPositive()) {
			return Optional.empty();
		}
		Map<Integer, Money> years = new TreeMap<>();
		years.put(fiscalYear, line.amount());
		years.putAll(line.laterYears());
		StringBuilder over = new StringBuilder();
		years.forEach((year, amount) -> {
			Money after = committed.getOrDefault(year, Money.ZERO).plus(amount);
			if (after.isGreaterThan(capacity)) {
				over.append(over.isEmpty() ? "" : "；")
					.append(year)
					.append("年承诺支出将达")
					.append(after.format())
					.append("，超过财政承受能力")
					.append(capacity.format());
			}
		});
		return over.isEmpty() ? Optional.empty()
				: Optional.of(BudgetRule.FISCAL_AFFORDABILITY.violation(over.toString()).message());
	}

}
