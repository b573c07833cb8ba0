package org.govbuy.budget.domain;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.budget.BudgetRule;
import org.govbuy.shared.BoundaryWord;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

/**
 * What a line must have before it goes to finance: performance targets (BL-32), for a new
 * major line a passed ex-ante assessment (MOF102-20), and later-year amounts within the
 * 中期财政规划 (FS87-3-PLAN).
 *
 * @param majorThreshold new lines at or above this amount are major (地区参数)
 * @param planYears years of the medium-term fiscal plan, the budget year included
 */
public record LineSubmissionPolicy(Money majorThreshold, int planYears) {

	/** The refusals for one line; empty when it may be submitted. */
	public List<RuleViolation> check(LineDraft line, int fiscalYear, String label) {
		List<RuleViolation> violations = new ArrayList<>(horizon(line, fiscalYear, label));
		if (line.targets().isEmpty()) {
			violations.add(BudgetRule.PERFORMANCE_TARGETS.violation(label + "尚未填报绩效目标"));
		}
		if (line.newProject() && BoundaryWord.AT_OR_ABOVE.test(line.totalAmount(), majorThreshold)) {
			if (line.assessment() == null) {
				violations.add(BudgetRule.EX_ANTE_ASSESSMENT.violation(label + "为新增重大项目（金额"
						+ line.totalAmount().format() + "，达到" + majorThreshold.format() + "），尚无事前绩效评估记录"));
			}
			else if (!line.assessment().passed()) {
				violations.add(BudgetRule.EX_ANTE_ASSESSMENT
					.violation(label + "的事前绩效评估结论为“" + line.assessment().conclusion().label() + "”，不能申请预算"));
			}
		}
		return violations;
	}

	/**
	 * Refusals of later-year amounts outside the plan's horizon or before the budget
	 * year; checked whenever a line is entered.
	 */
	public List<RuleViolation> horizon(LineDraft line, int fiscalYear, String label) {
		List<RuleViolation> violations = new ArrayList<>();
		int lastAllowed = fiscalYear + planYears - 1;
		for (Integer year : line.laterYears().keySet()) {
			if (year <= fiscalYear) {
				violations.add(BudgetRule.MEDIUM_TERM_PLAN
					.violation(label + "的以后年度金额填报了" + year + "年，须晚于预算年度" + fiscalYear + "年"));
			}
			else if (year > lastAllowed) {
				violations.add(BudgetRule.MEDIUM_TERM_PLAN
					.violation(label + "填报了" + year + "年支出，超出中期财政规划期限（" + fiscalYear + "—" + lastAllowed + "年）"));
			}
		}
		return violations;
	}

}
