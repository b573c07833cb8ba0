package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The service recipients' answers to an evaluation's survey as scoring uses them: how
 * many answered and their mean satisfaction. Who answered is never known.
 */
public interface SurveyResults {

	/** The survey's satisfaction so far. */
	Satisfaction satisfaction(UUID evaluationId);

	/**
	 * @param responses how many answers were given
	 * @param rate the mean satisfaction, 0 to 100, or null while no one answered
	 */
	record Satisfaction(int responses, BigDecimal rate) {

		public static final Satisfaction NONE = new Satisfaction(0, null);

	}

}
