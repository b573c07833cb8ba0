package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.govbuy.shared.BoundaryWord;
import org.govbuy.shared.Money;
import org.govbuy.shared.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The counting conventions of the 民法典 that every legal time limit and threshold follows.
 */
class LegalCountingRulesTests {

	WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

	@Test
	void doesNotCountTheStartDayRuleCIVIL_201() {
		assertThat(calendar.calendarDayDeadline(LocalDate.of(2026, 3, 2), 10)).isEqualTo(LocalDate.of(2026, 3, 12));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 1)).isEqualTo(LocalDate.of(2026, 3, 3));
	}

	@Test
	void movesAPeriodEndingOnNationalDayToTheDayAfterTheHolidayRuleCIVIL_203() {
		// 2026-09-24 + 7 days = 10月1日, inside the 国庆 holiday (10月1日–7日).
		assertThat(calendar.calendarDayDeadline(LocalDate.of(2026, 9, 24), 7)).isEqualTo(LocalDate.of(2026, 10, 8));
		// A period ending on an ordinary Saturday moves to Monday.
		assertThat(calendar.calendarDayDeadline(LocalDate.of(2026, 3, 2), 12)).isEqualTo(LocalDate.of(2026, 3, 16));
		// A period ending on a make-up working Saturday (10月10日) stays there.
		assertThat(calendar.calendarDayDeadline(LocalDate.of(2026, 10, 3), 7)).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void includesTheBoundaryInAboveAndBelowButNotInExceedingRuleCIVIL_1259() {
		Money threshold = Money.ofYuan(2_000_000);
		assertThat(BoundaryWord.AT_OR_ABOVE.test(Money.ofYuan(2_000_000), threshold)).isTrue();
		assertThat(BoundaryWord.AT_OR_BELOW.test(Money.ofYuan(2_000_000), threshold)).isTrue();
		assertThat(BoundaryWord.ABOVE.test(Money.ofYuan(2_000_000), threshold)).isFalse();
		assertThat(BoundaryWord.BELOW.test(Money.ofYuan(2_000_000), threshold)).isFalse();
		assertThat(BoundaryWord.BELOW.test(Money.of("1999999.99"), threshold)).isTrue();
	}

}
