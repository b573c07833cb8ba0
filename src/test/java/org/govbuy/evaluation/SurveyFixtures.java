package org.govbuy.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.govbuy.evaluation.application.SurveyAnswer;
import org.govbuy.evaluation.application.SurveyQuestion;
import org.govbuy.evaluation.application.SurveyRating;
import org.govbuy.evaluation.application.Surveys;
import org.govbuy.platform.DemoAccounts;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evaluations for survey tests, written straight into {@code evaluation.evaluation} until
 * the lifecycle's commands can open one: an annual evaluation of the demo home-care
 * contract (淄博市民政局 with 淄博市颐康居家养老服务中心), each with a period of its own so tests never
 * share one.
 */
final class SurveyFixtures {

	static final String HOME_CARE = "2026年社区居家养老上门服务合同";

	private static final AtomicInteger periods = new AtomicInteger();

	private SurveyFixtures() {
	}

	/** A new evaluation of the home-care contract in the given status. */
	static UUID evaluationOfHomeCare(JdbcClient jdbc, String status) {
		UUID id = UUID.randomUUID();
		LocalDate ends = LocalDate.of(2100, 1, 1)
			.plusDays(periods.incrementAndGet() * 3_000L + ThreadLocalRandom.current().nextInt(3_000));
		int inserted = jdbc
			.sql("""
					insert into evaluation.evaluation (id, contract_id, contract_number, title, unit_id, unit_name, region_code,
					    provider_id, provider_name, plan_line_id, amount, kind, period_starts_on, period_ends_on, due_on, status,
					    created_at)
					select :id, c.id, c.number, c.title || '（年度评价）', c.unit_id, c.unit_name, c.region_code, c.provider_id,
					       c.provider_name, c.plan_line_id, c.amount, 'ANNUAL', :starts, :ends, :ends, :status, :now
					  from contract.contract c where c.title = :title""")
			.param("id", id)
			.param("starts", ends.minusYears(1).plusDays(1))
			.param("ends", ends)
			.param("status", status)
			.param("now", OffsetDateTime.now())
			.param("title", HOME_CARE)
			.update();
		if (inserted != 1) {
			throw new IllegalStateException(
					"demo contract " + HOME_CARE + " not found once but " + inserted + " times");
		}
		return id;
	}

	/** An open evaluation of the home-care contract. */
	static UUID openEvaluation(JdbcClient jdbc) {
		return evaluationOfHomeCare(jdbc, "OPEN");
	}

	/** Closes the survey the way the lifecycle will: the evaluation moves on. */
	static void close(JdbcClient jdbc, UUID evaluationId) {
		jdbc.sql("update evaluation.evaluation set status = :status where id = :id")
			.param("status", "SCORED")
			.param("id", evaluationId)
			.update();
	}

	/** Tokens handed out by the provider of the home-care contract. */
	static List<String> tokens(DemoAccounts demo, Surveys surveys, UUID evaluationId, int count) {
		return demo.as("provider.demo", () -> surveys.issue(evaluationId, count)).tokens();
	}

	/** An answer with one rating per question, in {@link SurveyQuestion} order. */
	static SurveyAnswer answer(SurveyRating... ratings) {
		Map<SurveyQuestion, SurveyRating> map = new EnumMap<>(SurveyQuestion.class);
		for (int i = 0; i < ratings.length; i++) {
			map.put(SurveyQuestion.values()[i], ratings[i]);
		}
		return new SurveyAnswer(map, null);
	}

}
