package org.govbuy.procurement.domain;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.BoundaryWord;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

/**
 * The size of an evaluation panel (RULES.md E6): a tender committee has five or more
 * members, an odd number, seven or more for budgets of 1000万 and above or complex or
 * high-impact projects; a negotiation or consultation group three or more, an odd number,
 * five or more for negotiation at or above the open-tender threshold; experts are at
 * least two thirds of every panel.
 */
public final class PanelPolicy {

	/**
	 * The regional amounts that decide the size (PolicyParameter OPEN_TENDER_THRESHOLD
	 * and LARGE_PROJECT_THRESHOLD).
	 */
	public record Thresholds(Money openTender, Money largeProject) {
	}

	/**
	 * @param method the procurement method
	 * @param members panel size
	 * @param experts how many members are evaluation experts
	 * @param budget the project budget
	 * @param thresholds the region's open-tender and large-project thresholds
	 * @param complexOrHighImpact technically complex or of large social impact
	 */
	public List<RuleViolation> check(ProcurementMethod method, int members, int experts, Money budget,
			Thresholds thresholds, boolean complexOrHighImpact) {
		int minimum = minimumSize(method, budget, thresholds, complexOrHighImpact);
		List<RuleViolation> violations = new ArrayList<>();
		if (members < minimum || members % 2 == 0) {
			violations.add(ProcurementRule.EVALUATION_PANEL
				.violation("本项目评审委员会（小组）应为" + minimum + "人以上单数，拟定" + members + "人"));
		}
		if (experts * 3 < members * 2) {
			violations.add(ProcurementRule.EVALUATION_PANEL.violation("评审专家" + experts + "人，不足成员总数的三分之二"));
		}
		return violations;
	}

	public int minimumSize(ProcurementMethod method, Money budget, Thresholds thresholds, boolean complexOrHighImpact) {
		if (method.isTender()) {
			return BoundaryWord.AT_OR_ABOVE.test(budget, thresholds.largeProject()) || complexOrHighImpact ? 7 : 5;
		}
		if (method == ProcurementMethod.COMPETITIVE_NEGOTIATION
				&& BoundaryWord.AT_OR_ABOVE.test(budget, thresholds.openTender())) {
			return 5;
		}
		return 3;
	}

}
