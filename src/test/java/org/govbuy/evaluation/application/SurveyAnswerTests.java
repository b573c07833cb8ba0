package org.govbuy.evaluation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** An answer's satisfaction is the mean of its ratings' points; it needs every rating. */
class SurveyAnswerTests {

	@Test
	void satisfactionIsTheMeanOfTheRatingsPoints() {
		Map<SurveyQuestion, SurveyRating> ratings = new EnumMap<>(SurveyQuestion.class);
		ratings.put(SurveyQuestion.ATTITUDE, SurveyRating.VERY_SATISFIED);
		ratings.put(SurveyQuestion.TIMELINESS, SurveyRating.SATISFIED);
		ratings.put(SurveyQuestion.QUALITY, SurveyRating.NEUTRAL);
		ratings.put(SurveyQuestion.PROFESSIONALISM, SurveyRating.DISSATISFIED);
		ratings.put(SurveyQuestion.OVERALL, SurveyRating.VERY_DISSATISFIED);

		SurveyAnswer answer = new SurveyAnswer(ratings, "  ");

		assertThat(answer.problems()).isEmpty();
		assertThat(answer.satisfaction()).isEqualByComparingTo("54"); // (100+80+60+30+0)/5
		assertThat(answer.comment()).isNull();
		assertThat(answer.levels()).containsEntry("ATTITUDE", 5).containsEntry("OVERALL", 1);
	}

	@Test
	void theScaleIsHundredEightySixtyThirtyZero() {
		assertThat(SurveyRating.values()).extracting(SurveyRating::points).containsExactly(100, 80, 60, 30, 0);
		assertThat(SurveyRating.values()).extracting(SurveyRating::label)
			.containsExactly("非常满意", "满意", "一般", "不满意", "非常不满意");
	}

	@Test
	void refusesAMissingRatingAndACommentOver500Characters() {
		SurveyAnswer answer = new SurveyAnswer(Map.of(SurveyQuestion.ATTITUDE, SurveyRating.SATISFIED),
				"好".repeat(501));

		assertThat(answer.problems()).containsKeys("TIMELINESS", "QUALITY", "PROFESSIONALISM", "OVERALL", "comment")
			.doesNotContainKey("ATTITUDE");
		assertThat(SurveyAnswer.allRated(SurveyRating.SATISFIED, "好".repeat(500)).problems()).isEmpty();
	}

	@Test
	void tokensAreRandomUrlSafeAndStoredAsTheirSha256() {
		String token = Surveys.newToken();

		assertThat(token).matches("[A-Za-z0-9_-]{24}"); // 18 bytes = 144 bits
		assertThat(Surveys.newToken()).isNotEqualTo(token);
		assertThat(Surveys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

}
