package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.Party;
import org.govbuy.evaluation.domain.PartyStatus;
import org.govbuy.shared.PerformanceGrade;

/** What the pages and the API show of evaluations (projections, not the aggregate). */
public final class EvaluationViews {

	private EvaluationViews() {
	}

	/**
	 * A line of the list.
	 *
	 * @param score the combined score shown (2 decimals, cut), or null
	 * @param task what the current user has to do, or null
	 */
	public record Row(UUID id, UUID contractId, String contractNumber, String title, String unitName,
			String providerName, EvaluationKind kind, LocalDate periodStartsOn, LocalDate periodEndsOn, LocalDate dueOn,
			EvaluationStatus status, BigDecimal score, PerformanceGrade grade, String task) {

		public String kindLabel() {
			return kind.label();
		}

		public String statusLabel() {
			return status.label();
		}

		public String gradeLabel() {
			return grade == null ? null : grade.label();
		}

	}

	/**
	 * A party as shown.
	 *
	 * @param weight its party weight (points)
	 * @param score its score shown (2 decimals, cut), or null
	 */
	public record PartyView(Party party, String organizationName, BigDecimal weight, PartyStatus status,
			BigDecimal score, String opinion, boolean declaredIndependent) {

		public String partyLabel() {
			return party.label();
		}

		public String statusLabel() {
			return status.label();
		}

	}

	/**
	 * A party's score of a leaf.
	 *
	 * @param level the rubric level chosen (qualitative)
	 * @param actual the actual it was scored with (quantitative)
	 */
	public record LeafScore(String level, String actual, BigDecimal score, String note) {
	}

	/**
	 * An indicator of the evaluation's template with its target, its measured actual and
	 * the parties' scores.
	 *
	 * @param target a quantitative leaf's target, or null
	 * @param actual the platform's measured actual, or null when a party enters it
	 * @param scores each party's score of this leaf
	 */
	public record SheetLine(String code, int level, String name, String firstLevel, BigDecimal weight,
			Indicator.Kind kind, String measure, BigDecimal target, String targetSource, BigDecimal actual,
			List<Indicator.RubricLevel> rubric, String description, Map<Party, LeafScore> scores) {

		public boolean leaf() {
			return kind != null;
		}

		public boolean quantitative() {
			return kind == Indicator.Kind.QUANTITATIVE;
		}

		/** Whether the platform measured the actual (read-only on the form). */
		public boolean measured() {
			return actual != null;
		}

		public LeafScore scoreOf(Party party) {
			return scores.get(party);
		}

	}

	/** What the current user may do now. */
	public record Capabilities(boolean open, boolean assign, boolean accept, boolean score, boolean finish,
			boolean object, boolean confirm, boolean answer) {
	}

	/**
	 * An evaluation in full.
	 *
	 * @param myParty the party the current user scores for, or null
	 * @param surveyResponses how many recipients answered the survey (never who)
	 * @param satisfaction their mean satisfaction, or null
	 */
	public record Detail(Row row, String templateName, BigDecimal amount, List<PartyView> parties,
			List<SheetLine> sheet, int surveyResponses, BigDecimal satisfaction, LocalDate scoredOn,
			LocalDate objectionDueOn, String objection, LocalDate objectedOn, String answer, LocalDate completedOn,
			Party myParty, Capabilities can) {
	}

	/** A 第三方评价机构 the purchaser may assign. */
	public record EvaluatorChoice(UUID id, String name) {
	}

}
