package org.govbuy.budget.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govbuy.budget.BudgetRule;
import org.govbuy.shared.BoundaryWord;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

/**
 * Finds purchases split to stay under the open-tender threshold (条例28): lines of one
 * unit, one fiscal year and one budget project or catalog item, each below the threshold,
 * that together reach it (以上 includes the threshold itself). A flag needs a reviewer's
 * decision; it does not refuse.
 */
public final class SplitDetectionPolicy {

	/** A plan line as the policy reads it. */
	public record Line(String reference, String unit, int fiscalYear, String budgetProject, String itemCode,
			Money amount, boolean openTender) {
	}

	/** A group of lines that together reach the threshold. */
	public record Flag(String unit, int fiscalYear, String groupedBy, List<Line> lines, Money total,
			RuleViolation warning) {
	}

	public List<Flag> detect(List<Line> lines, Money openTenderThreshold) {
		Map<List<Object>, List<Line>> byItem = new LinkedHashMap<>();
		Map<List<Object>, List<Line>> byProject = new LinkedHashMap<>();
		for (Line line : lines) {
			if (line.openTender() || BoundaryWord.AT_OR_ABOVE.test(line.amount(), openTenderThreshold)) {
				continue;
			}
			if (line.itemCode() != null) {
				byItem
					.computeIfAbsent(List.of(line.unit(), line.fiscalYear(), "品目 " + line.itemCode()),
							key -> new ArrayList<>())
					.add(line);
			}
			if (line.budgetProject() != null && !line.budgetProject().isBlank()) {
				byProject
					.computeIfAbsent(List.of(line.unit(), line.fiscalYear(), "预算项目 " + line.budgetProject()),
							key -> new ArrayList<>())
					.add(line);
			}
		}
		List<Flag> flags = new ArrayList<>();
		for (Map<List<Object>, List<Line>> groups : List.of(byItem, byProject)) {
			groups.forEach((key, group) -> {
				Money total = group.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
				if (group.size() > 1 && BoundaryWord.AT_OR_ABOVE.test(total, openTenderThreshold)
						&& flags.stream().noneMatch(flag -> flag.lines().containsAll(group))) {
					flags.add(new Flag((String) key.get(0), (Integer) key.get(1), (String) key.get(2),
							List.copyOf(group), total,
							BudgetRule.SPLIT_PURCHASES.violation(key.get(2) + "下" + group.size() + "条计划合计"
									+ total.format() + "，达到公开招标数额标准" + openTenderThreshold.format())));
				}
			});
		}
		return flags;
	}

}
