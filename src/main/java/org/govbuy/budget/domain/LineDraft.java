package org.govbuy.budget.domain;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.govbuy.shared.Money;

/**
 * What a purchasing unit says about a plan line, before any check: the form, the API and
 * the spreadsheet import all come down to this.
 *
 * @param projectName the project's name, e.g. 2027年社区居家养老上门服务
 * @param budgetProject the budget project (预算项目) it is paid from
 * @param catalogCode the guiding-catalog item code
 * @param serviceContent what is bought (服务内容)
 * @param serviceStandard to what standard (服务标准)
 * @param quantity how much, e.g. 1200人·年
 * @param amount the budget amount of the plan's fiscal year
 * @param fundingSource where the money comes from
 * @param newProject a new project rather than a continuing one
 * @param laterYears amounts of later years for a multi-year service
 * @param targets performance targets
 * @param assessment the ex-ante performance assessment, if made
 * @param replacedExpenditure 费随事转: what the unit spent delivering the service itself
 * @param replacedDescription what that expenditure was
 * @param declared negative-list attributes the unit declares (goods, works, financing, …)
 */
public record LineDraft(String projectName, String budgetProject, String catalogCode, String serviceContent,
		String serviceStandard, String quantity, Money amount, FundingSource fundingSource, boolean newProject,
		SortedMap<Integer, Money> laterYears, List<PerformanceTarget> targets, ExAnteAssessment assessment,
		Money replacedExpenditure, String replacedDescription, Set<String> declared) {

	public LineDraft {
		laterYears = laterYears == null ? new TreeMap<>() : new TreeMap<>(laterYears);
		targets = targets == null ? List.of() : List.copyOf(targets);
		declared = declared == null ? Set.of() : Set.copyOf(declared);
		catalogCode = catalogCode == null ? null : catalogCode.trim();
	}

	/** This year's amount plus every later year's. */
	public Money totalAmount() {
		return laterYears.values().stream().reduce(amount == null ? Money.ZERO : amount, Money::plus);
	}

	/** The last fiscal year with an amount. */
	public int lastYear(int fiscalYear) {
		return laterYears.isEmpty() ? fiscalYear : laterYears.lastKey();
	}

	/** Whether the line converts a service the unit delivered itself (费随事转). */
	public boolean convertsOwnService() {
		return replacedExpenditure != null && replacedExpenditure.isPositive();
	}

	/** The amount committed for a fiscal year (0 outside the line's years). */
	public Money amountIn(int year, int fiscalYear) {
		if (year == fiscalYear) {
			return amount;
		}
		return laterYears.getOrDefault(year, Money.ZERO);
	}

}
