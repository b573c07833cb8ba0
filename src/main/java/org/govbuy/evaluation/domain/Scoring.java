package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

import org.govbuy.evaluation.EvaluationRule;
import org.govbuy.shared.PerformanceGrade;

/**
 * How scores are computed (RULES.md I4; EVAL-5). A leaf's score: for a quantitative
 * indicator its weight × min(actual / target, 1) when more is better, weight × min(target
 * / actual, 1) when less is better (an actual of 0 earns the full weight); for a
 * qualitative one its weight × the chosen rubric level's share. A party's score is the
 * sum of its leaves. The combined score is Σ(party weight × party score) / Σ(party
 * weights) over the parties taking part. Scores of record keep 4 decimals, cut (never
 * rounded up) so they never cross a grade boundary the exact score did not; the grade is
 * that of the score as it is (89.995 is 良); pages show 2 decimals, cut the same way.
 */
public final class Scoring {

	/** Decimals of a score of record. */
	public static final int SCALE = 4;

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private Scoring() {
	}

	/**
	 * A quantitative leaf's score.
	 * @throws org.govbuy.shared.RuleViolationException EVAL-5 for a missing or negative
	 * value
	 */
	public static BigDecimal quantitative(BigDecimal weight, Indicator.Direction direction, BigDecimal target,
			BigDecimal actual) {
		if (actual == null || actual.signum() < 0) {
			throw EvaluationRule.SCORES_WITHIN_WEIGHTS.refusal("定量指标须填写不小于0的实际值");
		}
		if (target == null || target.signum() < 0) {
			throw EvaluationRule.SCORES_WITHIN_WEIGHTS.refusal("定量指标须有不小于0的目标值");
		}
		BigDecimal ratio;
		if (direction == Indicator.Direction.LOWER) {
			ratio = actual.signum() == 0 ? BigDecimal.ONE : target.divide(actual, EXACT);
		}
		else {
			ratio = target.signum() == 0 ? BigDecimal.ONE : actual.divide(target, EXACT);
		}
		return record(weight.multiply(ratio.min(BigDecimal.ONE), EXACT));
	}

	/**
	 * A qualitative leaf's score.
	 * @throws org.govbuy.shared.RuleViolationException EVAL-5 for a level not in the
	 * rubric
	 */
	public static BigDecimal qualitative(Indicator indicator, String level) {
		return indicator.rubric()
			.stream()
			.filter(rubric -> rubric.level().equals(level))
			.findFirst()
			.map(rubric -> record(indicator.weight().multiply(rubric.share(), EXACT)))
			.orElseThrow(() -> EvaluationRule.SCORES_WITHIN_WEIGHTS
				.refusal("请为“" + indicator.name() + "”选择评价等级" + (level == null ? "" : "（无“" + level + "”等级）")));
	}

	/** A party's score: the sum of its leaves' scores. */
	public static BigDecimal party(Collection<BigDecimal> leafScores) {
		BigDecimal sum = leafScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(HUNDRED) > 0) {
			throw EvaluationRule.SCORES_WITHIN_WEIGHTS.refusal("得分合计超过100分");
		}
		return record(sum);
	}

	/**
	 * The combined score of the parties taking part.
	 * @param partyScores each party's score
	 * @param partyWeights each party's weight (any scale: 40/40/20 or 0.4/0.4/0.2)
	 */
	public static Result combined(Map<Party, BigDecimal> partyScores, Map<Party, BigDecimal> partyWeights) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Map.Entry<Party, BigDecimal> score : partyScores.entrySet()) {
			BigDecimal weight = partyWeights.get(score.getKey());
			if (weight == null || weight.signum() < 0) {
				throw new IllegalArgumentException("评价方权重缺失：" + score.getKey());
			}
			weighted = weighted.add(weight.multiply(score.getValue()));
			weights = weights.add(weight);
		}
		if (weights.signum() == 0) {
			throw EvaluationRule.PARTIES_COMPLETE.refusal("没有参与评分的评价方");
		}
		BigDecimal score = record(weighted.divide(weights, EXACT));
		return new Result(score, PerformanceGrade.of(score));
	}

	/** A score as pages show it: 2 decimals, cut. */
	public static BigDecimal shown(BigDecimal score) {
		return score == null ? null : score.setScale(2, RoundingMode.DOWN);
	}

	private static BigDecimal record(BigDecimal exact) {
		return exact.setScale(SCALE, RoundingMode.DOWN);
	}

	/**
	 * A combined score and its grade.
	 *
	 * @param score the score of record (4 decimals)
	 * @param grade its grade
	 */
	public record Result(BigDecimal score, PerformanceGrade grade) {

		/** The score as shown: 2 decimals, cut. */
		public BigDecimal shown() {
			return Scoring.shown(score);
		}

	}

}
