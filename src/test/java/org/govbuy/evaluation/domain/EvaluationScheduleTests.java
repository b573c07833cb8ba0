package org.govbuy.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.domain.EvaluationSchedule.Slot;
import org.junit.jupiter.api.Test;

/** When a contract is evaluated (102令 第二十条: periodically). */
class EvaluationScheduleTests {

	@Test
	void aTermAcrossTwoFiscalYearsHasOneAnnualAndOneCompletionEvaluation() {
		// The demo home-care contract: 2026-04-01 to 2027-03-31.
		List<Slot> slots = EvaluationSchedule.of(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));

		assertThat(slots).containsExactly(
				new Slot(EvaluationKind.ANNUAL, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31),
						LocalDate.of(2026, 12, 31)),
				new Slot(EvaluationKind.COMPLETION, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31),
						LocalDate.of(2027, 3, 31)));
	}

	@Test
	void aTermWithinOneYearHasOnlyTheCompletionEvaluation() {
		assertThat(EvaluationSchedule.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 30)))
			.containsExactly(new Slot(EvaluationKind.COMPLETION, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 30),
					LocalDate.of(2026, 11, 30)));
	}

	@Test
	void aThreeYearTermHasAnAnnualEvaluationForEachYearButTheLast() {
		List<Slot> slots = EvaluationSchedule.of(LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30));

		assertThat(slots).extracting(Slot::kind)
			.containsExactly(EvaluationKind.ANNUAL, EvaluationKind.ANNUAL, EvaluationKind.ANNUAL,
					EvaluationKind.COMPLETION);
		assertThat(slots.get(1).periodStartsOn()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(slots.get(3).periodStartsOn()).isEqualTo(LocalDate.of(2029, 1, 1));
	}

	@Test
	void aTerminationBringsTheCompletionForwardOverThePeriodsNotYetEvaluated() {
		List<Slot> slots = EvaluationSchedule.of(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31));

		Slot completion = EvaluationSchedule.terminated(slots.get(1), List.of(slots.get(0)), LocalDate.of(2026, 9, 15));

		assertThat(completion).isEqualTo(new Slot(EvaluationKind.COMPLETION, LocalDate.of(2026, 4, 1),
				LocalDate.of(2026, 9, 15), LocalDate.of(2026, 9, 15)));
	}

}
