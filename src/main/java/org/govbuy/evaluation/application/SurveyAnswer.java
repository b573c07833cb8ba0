package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One service recipient's answer: a rating for every {@link SurveyQuestion} and an
 * optional comment. Its satisfaction is the mean of the ratings' points. Nothing in it
 * says who answered.
 *
 * @param ratings the rating of each question
 * @param comment what the recipient adds, up to {@link #MAX_COMMENT} characters, or null
 */
public record SurveyAnswer(Map<SurveyQuestion, SurveyRating> ratings, String comment) {

	/** The longest comment kept. */
	public static final int MAX_COMMENT = 500;

	public SurveyAnswer {
		ratings = ratings == null ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(copy(ratings)));
		comment = comment == null || comment.isBlank() ? null : comment.strip();
	}

	private static Map<SurveyQuestion, SurveyRating> copy(Map<SurveyQuestion, SurveyRating> ratings) {
		Map<SurveyQuestion, SurveyRating> copy = new LinkedHashMap<>();
		ratings.forEach((question, rating) -> {
			if (question != null && rating != null) {
				copy.put(question, rating);
			}
		});
		return copy.isEmpty() ? new EnumMap<>(SurveyQuestion.class) : copy;
	}

	/** The same rating for every question (demo data and tests). */
	public static SurveyAnswer allRated(SurveyRating rating, String comment) {
		Map<SurveyQuestion, SurveyRating> ratings = new EnumMap<>(SurveyQuestion.class);
		for (SurveyQuestion question : SurveyQuestion.values()) {
			ratings.put(question, rating);
		}
		return new SurveyAnswer(ratings, comment);
	}

	/**
	 * What is wrong with the answer, in Chinese, keyed by the question's constant or
	 * {@code comment}; empty when it can be recorded.
	 */
	public Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		for (SurveyQuestion question : SurveyQuestion.values()) {
			if (!ratings.containsKey(question)) {
				problems.put(question.name(), "请为“" + question.label() + "”选择一项评价");
			}
		}
		if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
			problems.put("comment", "意见建议不能超过" + MAX_COMMENT + "字");
		}
		return problems;
	}

	/** The mean of the ratings' points, 0 to 100. */
	public BigDecimal satisfaction() {
		int sum = ratings.values().stream().mapToInt(SurveyRating::points).sum();
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.HALF_UP);
	}

	/** The levels as stored: {"ATTITUDE": 5, …}. */
	Map<String, Integer> levels() {
		Map<String, Integer> levels = new LinkedHashMap<>();
		ratings.forEach((question, rating) -> levels.put(question.name(), rating.level()));
		return levels;
	}

	/** The problems as one sentence. */
	String describeProblems() {
		return String.join("；", new ArrayList<>(problems().values()));
	}

}
