package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the answers of {@code evaluation.survey_response}. */
@Component
class JdbcSurveyResults implements SurveyResults {

	private final JdbcClient jdbc;

	JdbcSurveyResults(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Satisfaction satisfaction(UUID evaluationId) {
		return jdbc.sql(
				"select count(*) as n, avg(satisfaction) as rate from evaluation.survey_response where evaluation_id = :id")
			.param("id", evaluationId)
			.query((rs, n) -> {
				int responses = rs.getInt("n");
				BigDecimal rate = rs.getBigDecimal("rate");
				return responses == 0 ? Satisfaction.NONE
						: new Satisfaction(responses, rate.setScale(4, RoundingMode.HALF_UP));
			})
			.single();
	}

}
