package org.govbuy.provider.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.provider.ProviderRule;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RuleViolation;

/**
 * What a final evaluation grade does to a provider's credit (seed 002's credit system;
 * 102 §21): a 差 is a warning on its record ({@link ProviderRule#CREDIT_WARNING}); the
 * {@code poorGrades}-th 差 within {@code windowYears} years (2 and 2 by default, the
 * platform's own reading, configurable) is a proposal to finance to restrict the provider
 * ({@link ProviderRule#CREDIT_RESTRICTION}). Finance decides; the policy never restricts
 * by itself.
 */
public final class CreditPolicy {

	private final int poorGrades;

	private final int windowYears;

	/** The default reading: 差 twice within two years. */
	public CreditPolicy() {
		this(2, 2);
	}

	public CreditPolicy(int poorGrades, int windowYears) {
		if (poorGrades < 2 || windowYears < 1) {
			throw new IllegalArgumentException("限制建议须至少两次评价为差、期限至少一年");
		}
		this.poorGrades = poorGrades;
		this.windowYears = windowYears;
	}

	/** A grade already on the provider's record. */
	public record EarlierGrade(UUID evaluationId, PerformanceGrade grade, LocalDate gradedOn) {
	}

	/**
	 * A proposal to restrict.
	 *
	 * @param firstEvaluation the earliest 差 within the window
	 * @param secondEvaluation the 差 that completes the count
	 * @param reason why, in Chinese, with the rule
	 */
	public record Proposal(UUID firstEvaluation, UUID secondEvaluation, RuleViolation reason) {
	}

	/** What a grade leads to: a warning, a proposal, both or nothing. */
	public record Outcome(Optional<RuleViolation> warning, Optional<Proposal> proposal) {
	}

	/**
	 * Applies the policy to a grade just made final.
	 * @param evaluationId the evaluation graded
	 * @param grade its grade
	 * @param gradedOn the day it became final
	 * @param earlier the provider's other grades on record
	 */
	public Outcome onGrade(UUID evaluationId, PerformanceGrade grade, LocalDate gradedOn, List<EarlierGrade> earlier) {
		if (grade != PerformanceGrade.POOR) {
			return new Outcome(Optional.empty(), Optional.empty());
		}
		RuleViolation warning = ProviderRule.CREDIT_WARNING.violation("绩效评价结果为“差”（" + gradedOn + "）");
		LocalDate since = gradedOn.minusYears(windowYears);
		List<EarlierGrade> poor = earlier.stream()
			.filter(g -> g.grade() == PerformanceGrade.POOR && !g.evaluationId().equals(evaluationId))
			.filter(g -> !g.gradedOn().isBefore(since) && !g.gradedOn().isAfter(gradedOn))
			.sorted(Comparator.comparing(EarlierGrade::gradedOn))
			.toList();
		if (poor.size() + 1 < poorGrades) {
			return new Outcome(Optional.of(warning), Optional.empty());
		}
		RuleViolation reason = ProviderRule.CREDIT_RESTRICTION.violation(windowYears + "年内第" + (poor.size() + 1)
				+ "次绩效评价结果为“差”（" + poor.get(0).gradedOn() + "、" + gradedOn + "），建议财政部门限制其承接政府购买服务");
		return new Outcome(Optional.of(warning),
				Optional.of(new Proposal(poor.get(0).evaluationId(), evaluationId, reason)));
	}

}
