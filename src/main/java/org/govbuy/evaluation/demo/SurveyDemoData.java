package org.govbuy.evaluation.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.application.EvaluationViews;
import org.govbuy.evaluation.application.SurveyAnswer;
import org.govbuy.evaluation.application.SurveyQuestion;
import org.govbuy.evaluation.application.SurveyRating;
import org.govbuy.evaluation.application.Surveys;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.platform.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The service recipients' answers to the home-care contract's open annual evaluation,
 * between opening (order 62) and scoring (order 64): the provider prints 30 slips at the
 * service point and 24 recipients answer through the same command the public page uses,
 * so the 服务对象满意度 indicator is measured, not typed. Nothing happens once the survey has
 * answers.
 */
@Component
@Profile("demo")
@Order(63)
class SurveyDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SurveyDemoData.class);

	/**
	 * How each of the 24 recipients answered: a row of the five ratings, 5 very
	 * satisfied.
	 */
	static final List<String> ANSWERS = List.of("55555", "55545", "54555", "45454", "55555", "44444", "55454", "54445",
			"55555", "45555", "44434", "55545", "35444", "55555", "54554", "44455", "55455", "45445", "55555", "44544",
			"55354", "45554", "54455", "55545");

	private final EvaluationDemoData data;

	private final Surveys surveys;

	private final DemoAccounts demo;

	SurveyDemoData(EvaluationDemoData data, Surveys surveys, DemoAccounts demo) {
		this.data = data;
		this.surveys = surveys;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<EvaluationViews.Row> annual = data.evaluation(EvaluationKind.ANNUAL);
		if (annual.isEmpty() || annual.get().status() != EvaluationStatus.OPEN
				|| data.detail(annual.get().id()).surveyResponses() > 0) {
			return;
		}
		Surveys.Issued issued = demo.as(EvaluationDemoData.PROVIDER, () -> surveys.issue(annual.get().id(), 30));
		for (int i = 0; i < ANSWERS.size(); i++) {
			surveys.answer(issued.tokens().get(i),
					new SurveyAnswer(ratings(ANSWERS.get(i)), i % 6 == 0 ? "护理员很耐心，希望周末也能上门" : null));
		}
		log.info("满意度调查演示数据已就绪：发放调查凭证30份，收回答卷{}份", ANSWERS.size());
	}

	static Map<SurveyQuestion, SurveyRating> ratings(String row) {
		Map<SurveyQuestion, SurveyRating> ratings = new EnumMap<>(SurveyQuestion.class);
		SurveyQuestion[] questions = SurveyQuestion.values();
		for (int q = 0; q < questions.length; q++) {
			int level = row.charAt(q) - '0';
			for (SurveyRating rating : SurveyRating.values()) {
				if (rating.level() == level) {
					ratings.put(questions[q], rating);
				}
			}
		}
		return ratings;
	}

}
