package org.govbuy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;

import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class AdjustmentDeadlineTests {

	static final MonthDay DEFAULT = MonthDay.of(9, 30);

	@Test
	void flagsPublicationAfterTheDeadlineForNextYearAndKeepsItsReasonWithRuleSEED004_9() {
		AdjustmentDeadline.Assessment assessment = AdjustmentDeadline.assess(FiscalYear.of(2027),
				LocalDate.of(2026, 10, 12), DEFAULT, "省级目录10月调整，本市随之调整");

		assertThat(assessment.late()).isTrue();
		assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(assessment.reason()).isEqualTo("省级目录10月调整，本市随之调整");
	}

	@Test
	void refusesLatePublicationWithoutReasonWithRuleSEED004_9() {
		assertThatThrownBy(
				() -> AdjustmentDeadline.assess(FiscalYear.of(2027), LocalDate.of(2026, 10, 1), DEFAULT, " "))
			.isInstanceOf(RuleViolationException.class)
			.satisfies(ex -> assertThat(((RuleViolationException) ex).violations()).singleElement()
				.satisfies(v -> assertThat(v.rule()).isEqualTo("SEED004-9")))
			.hasMessageContaining("2026-09-30");
	}

	@Test
	void publicationOnTheDeadlineDayIsOnTime() {
		AdjustmentDeadline.Assessment assessment = AdjustmentDeadline.assess(FiscalYear.of(2027),
				LocalDate.of(2026, 9, 30), DEFAULT, null);

		assertThat(assessment.late()).isFalse();
		assertThat(assessment.reason()).isNull();
	}

	@Test
	void usesTheRegionalDeadline() {
		AdjustmentDeadline.Assessment assessment = AdjustmentDeadline.assess(FiscalYear.of(2027),
				LocalDate.of(2026, 10, 10), MonthDay.of(10, 15), null);

		assertThat(assessment.late()).isFalse();
		assertThat(assessment.deadline()).isEqualTo(LocalDate.of(2026, 10, 15));
	}

	@Test
	void midYearAdjustmentIsLateAndNeedsReason() {
		assertThat(AdjustmentDeadline.assess(FiscalYear.of(2026), LocalDate.of(2026, 3, 1), DEFAULT, "新增服务事项").late())
			.isTrue();
	}

}
