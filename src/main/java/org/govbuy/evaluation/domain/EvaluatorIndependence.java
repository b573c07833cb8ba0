package org.govbuy.evaluation.domain;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.evaluation.EvaluationRule;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

/**
 * Whether a third-party evaluator may evaluate a provider's contract (EVAL-2,
 * 财综〔2018〕42号): not the provider itself (the same 统一社会信用代码), not related to it (a shared
 * legal representative or control, as the provider registry knows when the evaluator is
 * registered there too), not its consultant; and it declares its independence when it
 * accepts.
 */
public final class EvaluatorIndependence {

	private EvaluatorIndependence() {
	}

	/**
	 * What is known of an evaluator and the provider.
	 *
	 * @param evaluatorName the evaluator organization's name
	 * @param evaluatorCreditCode its 统一社会信用代码, or null when not recorded
	 * @param providerCreditCode the provider's
	 * @param relatedToProvider whether the provider registry finds the two related
	 * @param consultedForProvider whether the evaluator declares it advised the provider
	 */
	public record Candidate(String evaluatorName, String evaluatorCreditCode, String providerCreditCode,
			boolean relatedToProvider, boolean consultedForProvider) {
	}

	/** The reasons the evaluator may not evaluate; empty when it may. */
	public static List<RuleViolation> check(Candidate candidate) {
		List<RuleViolation> violations = new ArrayList<>();
		EvaluationRule rule = EvaluationRule.EVALUATOR_INDEPENDENCE;
		if (candidate.evaluatorCreditCode() != null
				&& candidate.evaluatorCreditCode().equalsIgnoreCase(candidate.providerCreditCode())) {
			violations.add(rule.violation(candidate.evaluatorName() + "与承接主体为同一主体（统一社会信用代码相同）"));
		}
		else if (candidate.relatedToProvider()) {
			violations.add(rule.violation(candidate.evaluatorName() + "与承接主体存在关联关系（法定代表人相同或存在控制关系）"));
		}
		if (candidate.consultedForProvider()) {
			violations.add(rule.violation(candidate.evaluatorName() + "曾为承接主体提供咨询服务"));
		}
		return violations;
	}

	/** Refuses an evaluator that is not independent. */
	public static void require(Candidate candidate) {
		List<RuleViolation> violations = check(candidate);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	/** Refuses an acceptance without the declaration of independence. */
	public static void requireDeclaration(boolean declared) {
		if (!declared) {
			throw EvaluationRule.EVALUATOR_INDEPENDENCE.refusal("接受委托前须确认独立性声明");
		}
	}

}
