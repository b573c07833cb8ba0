package org.govbuy.evaluation.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.shared.PerformanceGrade;

/**
 * What the evaluation report (绩效评价报告) shows, read for it from the evaluation's rows.
 *
 * @param id the evaluation
 * @param contractNumber the contract's number
 * @param title the project (contract) title
 * @param unitName the purchasing unit
 * @param providerName the provider (承接主体)
 * @param kind annual or at completion
 * @param periodStartsOn first day of the period evaluated
 * @param periodEndsOn last day of the period evaluated
 * @param templateName the indicator system's name
 * @param templateVersion the version the evaluation opened with
 * @param parties who scored, in order purchaser, third party, finance
 * @param lines the indicators, parents before their children, with each party's score
 * @param responses the survey's answers
 * @param meanSatisfaction their mean satisfaction (0 to 100), null without answers
 * @param score the combined score of record, null before scoring
 * @param grade its grade, null before scoring
 * @param objection the provider's objection, or null
 * @param objectionAnswer the purchaser's answer, or null
 * @param completedOn the day it became final, null before
 * @param finalResult whether it is final
 */
public record EvaluationReport(UUID id, String contractNumber, String title, String unitName, String providerName,
		EvaluationKind kind, LocalDate periodStartsOn, LocalDate periodEndsOn, String templateName, int templateVersion,
		List<Party> parties, List<Line> lines, int responses, BigDecimal meanSatisfaction, BigDecimal score,
		PerformanceGrade grade, String objection, String objectionAnswer, LocalDate completedOn, boolean finalResult) {

	public EvaluationReport {
		parties = List.copyOf(parties);
		lines = List.copyOf(lines);
	}

	/**
	 * The score as shown: truncated to 2 decimals, so a shown number never crosses a
	 * grade boundary the score did not (89.995 shows 89.99).
	 */
	public static String shown(BigDecimal score) {
		return score == null ? "—" : score.setScale(2, RoundingMode.DOWN).toPlainString();
	}

	/**
	 * A party that scored.
	 *
	 * @param role 购买主体, 第三方评价机构 or 财政部门
	 * @param organizationName its organization
	 * @param weight its party weight
	 * @param score its score, null while pending
	 */
	public record Party(String role, String organizationName, BigDecimal weight, BigDecimal score) {
	}

	/**
	 * An indicator's row.
	 *
	 * @param level 1 to 3
	 * @param name its name
	 * @param weight its weight
	 * @param target the target scored against, or a dash
	 * @param actual the measured value or the rubric level chosen, or a dash
	 * @param scores each party's score, in the order of the parties (null: not scored)
	 */
	public record Line(int level, String name, BigDecimal weight, String target, String actual,
			List<BigDecimal> scores) {

		public Line {
			scores = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(scores));
		}

	}

}
