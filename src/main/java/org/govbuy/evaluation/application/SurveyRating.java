package org.govbuy.evaluation.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * A rating on the survey's five-level scale and the points it counts for satisfaction (0
 * to 100). Stored in an answer as its level, 5 (非常满意) to 1 (非常不满意).
 */
public enum SurveyRating {

	/** 非常满意: 100 points. */
	VERY_SATISFIED(5, "非常满意", 100),
	/** 满意: 80 points. */
	SATISFIED(4, "满意", 80),
	/** 一般: 60 points. */
	NEUTRAL(3, "一般", 60),
	/** 不满意: 30 points. */
	DISSATISFIED(2, "不满意", 30),
	/** 非常不满意: no points. */
	VERY_DISSATISFIED(1, "非常不满意", 0);

	private final int level;

	private final String label;

	private final int points;

	SurveyRating(int level, String label, int points) {
		this.level = level;
		this.label = label;
		this.points = points;
	}

	/** The level stored with an answer, 5 (best) to 1. */
	public int level() {
		return level;
	}

	public String label() {
		return label;
	}

	/** What the rating counts for the answer's satisfaction. */
	public int points() {
		return points;
	}

	/** The rating a form or a JSON answer names, by its constant. */
	public static Optional<SurveyRating> parse(String name) {
		return Arrays.stream(values()).filter(rating -> rating.name().equals(name)).findFirst();
	}

}
