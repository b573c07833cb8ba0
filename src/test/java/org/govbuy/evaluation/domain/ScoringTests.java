package org.govbuy.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * Scores and grades computed by hand (RULES.md I4, EVAL-5): changing party or indicator
 * weights changes the grade exactly as the hand computation in each test says, the 89.995
 * / 90 boundary included.
 */
class ScoringTests {

	@Test
	void partyWeightsDecideTheCombinedScoreAndItsGrade() {
		// Purchaser 92.50, third party 86.65, weights 40 / 40:
		// (40 × 92.50 + 40 × 86.65) / 80 = (3700 + 3466) / 80 = 89.575 → 良
		Map<Party, BigDecimal> scores = Map.of(Party.PURCHASER, d("92.50"), Party.THIRD_PARTY, d("86.65"));
		Scoring.Result even = Scoring.combined(scores, Map.of(Party.PURCHASER, d("40"), Party.THIRD_PARTY, d("40")));
		assertThat(even.score()).isEqualByComparingTo("89.575");
		assertThat(even.grade()).isEqualTo(PerformanceGrade.GOOD);

		// Same scores, weights 60 / 40: (60 × 92.50 + 40 × 86.65) / 100 = (5550 + 3466) /
		// 100 = 90.16 → 优
		Scoring.Result purchaserHeavier = Scoring.combined(scores,
				Map.of(Party.PURCHASER, d("60"), Party.THIRD_PARTY, d("40")));
		assertThat(purchaserHeavier.score()).isEqualByComparingTo("90.16");
		assertThat(purchaserHeavier.grade()).isEqualTo(PerformanceGrade.EXCELLENT);
	}

	@Test
	void theCombinedScoreIsGradedAsItIsAt89_995ButIsExcellentAt90() {
		// (50 × 93.33 + 50 × 86.66) / 100 = 89.995: graded as it is → 良, shown cut to
		// 89.99
		Scoring.Result below = Scoring.combined(Map.of(Party.PURCHASER, d("93.33"), Party.THIRD_PARTY, d("86.66")),
				Map.of(Party.PURCHASER, d("50"), Party.THIRD_PARTY, d("50")));
		assertThat(below.score()).isEqualByComparingTo("89.995");
		assertThat(below.grade()).isEqualTo(PerformanceGrade.GOOD);
		assertThat(below.shown()).isEqualByComparingTo("89.99");

		// (50 × 93.34 + 50 × 86.66) / 100 = 90.00 → 优 (90 is 优: "以上" includes the
		// boundary)
		Scoring.Result at = Scoring.combined(Map.of(Party.PURCHASER, d("93.34"), Party.THIRD_PARTY, d("86.66")),
				Map.of(Party.PURCHASER, d("50"), Party.THIRD_PARTY, d("50")));
		assertThat(at.score()).isEqualByComparingTo("90");
		assertThat(at.grade()).isEqualTo(PerformanceGrade.EXCELLENT);
	}

	@Test
	void financeTakingPartCountsWithItsWeightRuleEVAL_3() {
		// Purchaser 95, third party 85, finance 90, weights 40 / 40 / 20:
		// (3800 + 3400 + 1800) / 100 = 90.00 → 优; without finance (40 / 40): 90.00 too;
		// finance at 70 instead: (3800 + 3400 + 1400) / 100 = 86.00 → 良
		assertThat(Scoring
			.combined(Map.of(Party.PURCHASER, d("95"), Party.THIRD_PARTY, d("85"), Party.FINANCE, d("90")),
					Map.of(Party.PURCHASER, d("40"), Party.THIRD_PARTY, d("40"), Party.FINANCE, d("20")))
			.grade()).isEqualTo(PerformanceGrade.EXCELLENT);
		Scoring.Result strictFinance = Scoring.combined(
				Map.of(Party.PURCHASER, d("95"), Party.THIRD_PARTY, d("85"), Party.FINANCE, d("70")),
				Map.of(Party.PURCHASER, d("40"), Party.THIRD_PARTY, d("40"), Party.FINANCE, d("20")));
		assertThat(strictFinance.score()).isEqualByComparingTo("86");
		assertThat(strictFinance.grade()).isEqualTo(PerformanceGrade.GOOD);
	}

	@Test
	void indicatorWeightsDecideThePartyScoreAndItsGradeRuleEVAL_5() {
		// A qualitative leaf rated 好 (share 1.0) and a rate of 79.99% against a target of
		// 100%:
		// weights 50 / 50: 50 × 1.0 + 50 × 0.7999 = 50 + 39.995 = 89.995 → 良
		Indicator service = qualitative("O3", d("50"));
		Indicator rate = quantitative("O1", d("50"));
		BigDecimal even = Scoring.party(List.of(Scoring.qualitative(service, "好"),
				Scoring.quantitative(rate.weight(), Indicator.Direction.HIGHER, d("100"), d("79.99"))));
		assertThat(even).isEqualByComparingTo("89.995");
		assertThat(PerformanceGrade.of(even)).isEqualTo(PerformanceGrade.GOOD);

		// weights 60 / 40: 60 × 1.0 + 40 × 0.7999 = 60 + 31.996 = 91.996 → 优
		Indicator heavierService = qualitative("O3", d("60"));
		Indicator lighterRate = quantitative("O1", d("40"));
		BigDecimal shifted = Scoring.party(List.of(Scoring.qualitative(heavierService, "好"),
				Scoring.quantitative(lighterRate.weight(), Indicator.Direction.HIGHER, d("100"), d("79.99"))));
		assertThat(shifted).isEqualByComparingTo("91.996");
		assertThat(PerformanceGrade.of(shifted)).isEqualTo(PerformanceGrade.EXCELLENT);
	}

	@Test
	void theDefaultTemplateScoredByHand() {
		// The I4 default: P1 10, O1 20, O2 20, O3 10, B1 20, B2 10, B3 10.
		// P1 paid 95% of 100% → 9.5; O1 on time 90% of 95% → 20 × 0.947368… = 18.9473
		// (cut);
		// O2 100% → 20; O3 较好 0.8 → 8; B1 好 → 20; B2 一般 0.6 → 6; B3 satisfaction
		// 85.5% of 90% → 10 × 0.95 = 9.5. Sum 9.5 + 18.9473 + 20 + 8 + 20 + 6 + 9.5 =
		// 91.9473 → 优
		BigDecimal sum = Scoring
			.party(List.of(Scoring.quantitative(d("10"), Indicator.Direction.HIGHER, d("100"), d("95")),
					Scoring.quantitative(d("20"), Indicator.Direction.HIGHER, d("95"), d("90")),
					Scoring.quantitative(d("20"), Indicator.Direction.HIGHER, d("100"), d("100")),
					Scoring.qualitative(qualitative("O3", d("10")), "较好"),
					Scoring.qualitative(qualitative("B1", d("20")), "好"),
					Scoring.qualitative(qualitative("B2", d("10")), "一般"),
					Scoring.quantitative(d("10"), Indicator.Direction.HIGHER, d("90"), d("85.5"))));
		assertThat(sum).isEqualByComparingTo("91.9473");
		assertThat(PerformanceGrade.of(sum)).isEqualTo(PerformanceGrade.EXCELLENT);
	}

	@Test
	void aQuantitativeScoreNeverExceedsItsWeightRuleEVAL_5() {
		// 120% of the target still earns the weight, no more.
		assertThat(Scoring.quantitative(d("20"), Indicator.Direction.HIGHER, d("100"), d("120")))
			.isEqualByComparingTo("20");
		// Fewer is better: 4 rectifications against a target of 2 → 10 × 2 / 4 = 5; none
		// → 10
		assertThat(Scoring.quantitative(d("10"), Indicator.Direction.LOWER, d("2"), d("4"))).isEqualByComparingTo("5");
		assertThat(Scoring.quantitative(d("10"), Indicator.Direction.LOWER, d("2"), d("0"))).isEqualByComparingTo("10");
	}

	@Test
	void refusesALevelOutsideTheRubricOrANegativeActualRuleEVAL_5() {
		assertThatThrownBy(() -> Scoring.qualitative(qualitative("O3", d("10")), "极好")).isInstanceOfSatisfying(
				RuleViolationException.class,
				refusal -> assertThat(refusal.violations().get(0).rule()).isEqualTo("EVAL-5"));
		assertThatThrownBy(() -> Scoring.quantitative(d("10"), Indicator.Direction.HIGHER, d("100"), d("-1")))
			.isInstanceOf(RuleViolationException.class);
	}

	static Indicator qualitative(String code, BigDecimal weight) {
		return new Indicator(code, null, 2, 1, code, FirstLevel.OUTPUT, weight, Indicator.Kind.QUALITATIVE, null, null,
				null, null,
				List.of(new Indicator.RubricLevel("好", d("1.0"), ""), new Indicator.RubricLevel("较好", d("0.8"), ""),
						new Indicator.RubricLevel("一般", d("0.6"), ""), new Indicator.RubricLevel("差", d("0.3"), "")),
				null);
	}

	static Indicator quantitative(String code, BigDecimal weight) {
		return new Indicator(code, null, 2, 1, code, FirstLevel.OUTPUT, weight, Indicator.Kind.QUANTITATIVE, null, null,
				Indicator.Direction.HIGHER, d("100"), List.of(), null);
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

}
