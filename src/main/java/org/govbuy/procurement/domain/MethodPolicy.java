package org.govbuy.procurement.domain;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.BoundaryWord;
import org.govbuy.shared.RuleViolation;

/**
 * Which method the law requires, and whether the purchaser's choice is lawful (RULES.md
 * D1–D4). Thresholds come from the regional parameters and count their boundary (以上
 * includes 本数).
 */
public final class MethodPolicy {

	/**
	 * The outcome: whether procurement law applies, the method it points to, and any
	 * refusals.
	 */
	public record Decision(boolean procurementLaw, ProcurementMethod proposed, List<RuleViolation> violations) {

		public boolean lawful() {
			return violations.isEmpty();
		}

	}

	/**
	 * D1: fiscal funds and (centralized catalog, or at or above the procurement limit).
	 */
	public boolean procurementLawApplies(MethodChoice choice) {
		return choice.fiscalFunds() && (choice.inCentralizedCatalog()
				|| BoundaryWord.AT_OR_ABOVE.test(choice.amount(), choice.procurementLimit()));
	}

	/** The method the platform proposes for a service purchase of this size. */
	public ProcurementMethod propose(MethodChoice choice) {
		if (!procurementLawApplies(choice)) {
			return ProcurementMethod.COMPETITIVE_REVIEW;
		}
		return BoundaryWord.AT_OR_ABOVE.test(choice.amount(), choice.openTenderThreshold())
				? ProcurementMethod.OPEN_TENDER : ProcurementMethod.COMPETITIVE_CONSULTATION;
	}

	/** Judges a purchase of services' method. */
	public Decision decide(MethodChoice choice) {
		boolean law = procurementLawApplies(choice);
		ProcurementMethod method = choice.method();
		List<RuleViolation> violations = new ArrayList<>();
		if (method == ProcurementMethod.INQUIRY) {
			violations.add(ProcurementRule.INQUIRY_NOT_FOR_SERVICES.violation("本项目为服务采购"));
		}
		if (law && !method.underProcurementLaw()) {
			violations.add(ProcurementRule.LAWFUL_METHOD_UNDER_PROCUREMENT_LAW
				.violation("本项目属于政府采购法适用范围，不能采用" + method.label()));
		}
		if (!law && !method.underProcurementLaw() && (choice.rationale() == null || choice.rationale().isBlank())) {
			violations.add(ProcurementRule.NON_LAW_METHOD_RATIONALE.violation("请填写采用" + method.label() + "的理由"));
		}
		if (law && method != ProcurementMethod.OPEN_TENDER && method.underProcurementLaw()
				&& BoundaryWord.AT_OR_ABOVE.test(choice.amount(), choice.openTenderThreshold())
				&& !choice.approvals().completeBefore(choice.procurementStart())) {
			violations.add(ProcurementRule.OPEN_TENDER_REQUIRED
				.violation("预算" + choice.amount().format() + "达到公开招标数额标准" + choice.openTenderThreshold().format()
						+ "，采用" + method.label() + "须在采购开始前取得主管预算单位同意和设区的市级以上财政部门批准"));
		}
		ProcurementRule groundRule = switch (method) {
			case INVITED_TENDER -> ProcurementRule.INVITED_TENDER_CONDITIONS;
			case COMPETITIVE_NEGOTIATION -> ProcurementRule.NEGOTIATION_CONDITIONS;
			case SINGLE_SOURCE -> ProcurementRule.SINGLE_SOURCE_CONDITIONS;
			case FRAMEWORK_AGREEMENT -> ProcurementRule.FRAMEWORK_CONDITIONS;
			default -> null;
		};
		if (groundRule != null && choice.grounds().stream().noneMatch(ground -> ground.method() == method)) {
			violations.add(groundRule.violation("未选择" + method.label() + "的适用情形"));
		}
		return new Decision(law, propose(choice), List.copyOf(violations));
	}

}
