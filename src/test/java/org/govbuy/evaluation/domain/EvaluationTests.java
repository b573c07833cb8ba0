package org.govbuy.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationCompleted;
import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.domain.Evaluation.PartyEntry;
import org.govbuy.platform.StateConflictException;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** An evaluation's states: each transition guarded, final publishes its result. */
class EvaluationTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-31T10:00:00+08:00");

	static final UUID EVALUATOR = UUID.randomUUID();

	@Test
	void thePurchaserCannotFinishWithoutItsOwnEvaluationRuleEVAL_1() {
		Evaluation evaluation = openWithThirdParty();
		evaluation.submit(Party.THIRD_PARTY, new BigDecimal("88"), null, "evaluator", NOW);

		assertThatThrownBy(() -> evaluation.finish(TODAY, TODAY.plusDays(7))).isInstanceOfSatisfying(
				RuleViolationException.class,
				refusal -> assertThat(refusal.violations().get(0).rule()).isEqualTo("EVAL-1"));
	}

	@Test
	void aPartyStillPendingKeepsTheEvaluationOpenRuleEVAL_6() {
		Evaluation evaluation = openWithThirdParty();
		evaluation.submit(Party.PURCHASER, new BigDecimal("92"), null, "buyer", NOW);

		assertThatThrownBy(() -> evaluation.finish(TODAY, TODAY.plusDays(7)))
			.isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
				assertThat(refusal.violations().get(0).rule()).isEqualTo("EVAL-6");
				assertThat(refusal.getMessage()).contains("第三方评价机构");
			});
	}

	@Test
	void aThirdPartyScoresOnlyAfterDeclaringItsIndependenceRuleEVAL_2() {
		Evaluation evaluation = open();
		evaluation.assignThirdParty(
				PartyEntry.pending(Party.THIRD_PARTY, EVALUATOR, "山东正衡", new BigDecimal("40"), "buyer", NOW));

		assertThatThrownBy(() -> evaluation.submit(Party.THIRD_PARTY, new BigDecimal("88"), null, "evaluator", NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("EVAL-2");
	}

	@Test
	void anObjectionAnsweredMakesTheResultFinalAndPublishesIt() {
		Evaluation evaluation = scored();
		evaluation.object("按期完成率计算有误", "provider", NOW, TODAY.plusDays(3));
		assertThat(evaluation.status()).isEqualTo(EvaluationStatus.OBJECTED);

		evaluation.answer("已复核，调整本单位评分", "buyer", NOW, TODAY.plusDays(5), new BigDecimal("96"));

		assertThat(evaluation.status()).isEqualTo(EvaluationStatus.FINAL);
		// (40 × 96 + 40 × 84) / 80 = 90 → 优
		assertThat(evaluation.events()).singleElement().isInstanceOfSatisfying(EvaluationCompleted.class, completed -> {
			assertThat(completed.score()).isEqualByComparingTo("90");
			assertThat(completed.grade()).isEqualTo(PerformanceGrade.EXCELLENT);
			assertThat(completed.completedOn()).isEqualTo(TODAY.plusDays(5));
		});
	}

	@Test
	void anObjectionAfterTheWindowIsRefusedRuleEVAL_4() {
		Evaluation evaluation = scored();

		assertThatThrownBy(() -> evaluation.object("太晚了", "provider", NOW, TODAY.plusDays(8)))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("EVAL-4");
		assertThat(evaluation.closeObjectionWindow(TODAY.plusDays(7))).isFalse();
		assertThat(evaluation.closeObjectionWindow(TODAY.plusDays(8))).isTrue();
		assertThat(evaluation.status()).isEqualTo(EvaluationStatus.FINAL);
	}

	@Test
	void theProviderConfirmingMakesItFinalAtOnce() {
		Evaluation evaluation = scored();
		evaluation.confirm(TODAY.plusDays(1));

		assertThat(evaluation.status()).isEqualTo(EvaluationStatus.FINAL);
		assertThatThrownBy(() -> evaluation.confirm(TODAY.plusDays(1))).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aFinalResultIsPublishedForTheNextChoiceOfProviderAndBudgetsRuleEVAL_7() {
		Evaluation evaluation = scored();
		evaluation.confirm(TODAY.plusDays(1));

		assertThat(evaluation.events()).singleElement().isInstanceOfSatisfying(EvaluationCompleted.class, completed -> {
			assertThat(completed.providerId()).isEqualTo(evaluation.subject().providerId());
			assertThat(completed.catalogCode()).isEqualTo("A040101");
			assertThat(completed.kind()).isEqualTo(EvaluationKind.ANNUAL);
			assertThat(completed.grade()).isEqualTo(PerformanceGrade.GOOD);
		});
	}

	@Test
	void onlyAScheduledEvaluationIsCancelled() {
		Evaluation evaluation = open();
		assertThatThrownBy(evaluation::cancel).isInstanceOf(StateConflictException.class);
	}

	static Evaluation scored() {
		Evaluation evaluation = openWithThirdParty();
		evaluation.submit(Party.PURCHASER, new BigDecimal("92"), null, "buyer", NOW);
		evaluation.submit(Party.THIRD_PARTY, new BigDecimal("84"), null, "evaluator", NOW);
		// (40 × 92 + 40 × 84) / 80 = 88 → 良
		Scoring.Result result = evaluation.finish(TODAY, TODAY.plusDays(7));
		assertThat(result.score()).isEqualByComparingTo("88");
		assertThat(result.grade()).isEqualTo(PerformanceGrade.GOOD);
		return evaluation;
	}

	static Evaluation openWithThirdParty() {
		Evaluation evaluation = open();
		evaluation.assignThirdParty(
				PartyEntry.pending(Party.THIRD_PARTY, EVALUATOR, "山东正衡", new BigDecimal("40"), "buyer", NOW));
		evaluation.accept(EVALUATOR, true);
		return evaluation;
	}

	static Evaluation open() {
		Evaluation evaluation = Evaluation.schedule(
				new Evaluation.Subject(UUID.randomUUID(), "HT-1", "居家养老", UUID.randomUUID(), "民政局",
						new RegionCode("370300"), UUID.randomUUID(), "颐康", null, "A040101", new BigDecimal("1760000")),
				new EvaluationSchedule.Slot(EvaluationKind.ANNUAL, LocalDate.of(2026, 4, 1), TODAY, TODAY));
		evaluation.open(UUID.randomUUID(), List
			.of(PartyEntry.pending(Party.PURCHASER, UUID.randomUUID(), "民政局", new BigDecimal("40"), "system", NOW)));
		return evaluation;
	}

}
