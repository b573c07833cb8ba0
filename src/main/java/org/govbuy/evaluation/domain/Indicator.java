package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator of a template. Weights are points out of 100; a parent's weight is the sum
 * of its children's; leaves are scored.
 *
 * @param code e.g. {@code O}, {@code O1}
 * @param parentCode the parent's code, null on the first level
 * @param level 1 to 3
 * @param seq order among siblings
 * @param name its name
 * @param firstLevel the first-level indicator it belongs to
 * @param weight points out of 100
 * @param kind leaves: quantitative or qualitative; null on parents
 * @param measure where the platform measures the actual, or null (entered)
 * @param targetCategory the plan line's 绩效目标 category the target comes from, or null
 * @param direction quantitative: more or less is better
 * @param defaultTarget quantitative: the target when the plan line names none
 * @param rubric qualitative: the levels an evaluator chooses from
 * @param description how to score it, in Chinese
 */
public record Indicator(String code, String parentCode, int level, int seq, String name, FirstLevel firstLevel,
		BigDecimal weight, Kind kind, Measure measure, String targetCategory, Direction direction,
		BigDecimal defaultTarget, List<RubricLevel> rubric, String description) {

	public Indicator {
		rubric = rubric == null ? List.of() : List.copyOf(rubric);
	}

	/** Whether it is scored (it has a kind). */
	public boolean leaf() {
		return kind != null;
	}

	/** 定量 or 定性. */
	public enum Kind {

		/** 定量: an actual value against a target. */
		QUANTITATIVE("定量"),
		/** 定性: a rubric level. */
		QUALITATIVE("定性");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** Whether more or less of a quantitative indicator is better. */
	public enum Direction {

		/** 越高越好. */
		HIGHER,
		/** 越低越好. */
		LOWER

	}

	/**
	 * A level of a qualitative indicator.
	 *
	 * @param level e.g. 好
	 * @param share the share of the weight it earns, 0 to 1
	 * @param description what it means
	 */
	public record RubricLevel(String level, BigDecimal share, String description) {
	}

}
