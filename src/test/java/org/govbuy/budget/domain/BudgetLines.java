package org.govbuy.budget.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.govbuy.shared.Money;

/** Plan lines for the budget tests. */
final class BudgetLines {

	private BudgetLines() {
	}

	static final LineClassification IN_CATALOG = new LineClassification(UUID.randomUUID(), UUID.randomUUID(), 1,
			"社区居家养老上门服务", "C2301", false, false, null);

	static final LineClassification OUTSIDE_CATALOG = new LineClassification(null, null, null, null, null, false, false,
			null);

	static LineDraft line(String name, long yuan) {
		return new LineDraft(name, "养老服务体系建设", "A040101", "为失能老人提供上门服务", "每月不少于20小时", "1200人", Money.ofYuan(yuan),
				FundingSource.DEPARTMENT_BUDGET, false, null,
				List.of(new PerformanceTarget(TargetCategory.OUTPUT, "服务老人人数", "≥1200人"),
						new PerformanceTarget(TargetCategory.SATISFACTION, "服务对象满意度", "≥90%")),
				null, null, null, Set.of());
	}

	static LineDraft withLaterYears(LineDraft line, int year, long yuan) {
		SortedMap<Integer, Money> years = new TreeMap<>(line.laterYears());
		years.put(year, Money.ofYuan(yuan));
		return new LineDraft(line.projectName(), line.budgetProject(), line.catalogCode(), line.serviceContent(),
				line.serviceStandard(), line.quantity(), line.amount(), line.fundingSource(), line.newProject(), years,
				line.targets(), line.assessment(), line.replacedExpenditure(), line.replacedDescription(),
				line.declared());
	}

	static LineDraft asNew(LineDraft line, ExAnteAssessment assessment) {
		return new LineDraft(line.projectName(), line.budgetProject(), line.catalogCode(), line.serviceContent(),
				line.serviceStandard(), line.quantity(), line.amount(), line.fundingSource(), true, line.laterYears(),
				line.targets(), assessment, line.replacedExpenditure(), line.replacedDescription(), line.declared());
	}

	static LineDraft withoutTargets(LineDraft line) {
		return new LineDraft(line.projectName(), line.budgetProject(), line.catalogCode(), line.serviceContent(),
				line.serviceStandard(), line.quantity(), line.amount(), line.fundingSource(), line.newProject(),
				line.laterYears(), List.of(), line.assessment(), line.replacedExpenditure(), line.replacedDescription(),
				line.declared());
	}

	static ExAnteAssessment assessment(ExAnteAssessment.Conclusion conclusion) {
		return new ExAnteAssessment(conclusion, LocalDate.of(2026, 9, 1), "山东正衡绩效评价咨询有限公司", "立项必要，绩效目标合理");
	}

}
