package org.govbuy.shared;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govbuy.shared.WorkingDayCalendar.CalendarDay;
import org.govbuy.shared.WorkingDayCalendar.DayKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Expected dates are worked out from the rows of the bundled CSV (the 2026 notice,
 * 国办发明电〔2025〕7号) and were cross-checked with an independent computation.
 */
class WorkingDayCalendarTests {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	@ParameterizedTest(name = "{0} working: {1}")
	@CsvSource({
			// 春节: 02-15 (Sun) to 02-23 (Mon) off, Saturdays 02-14 and 02-28 worked
			"2026-02-13, true", "2026-02-14, true", "2026-02-15, false", "2026-02-16, false", "2026-02-23, false",
			"2026-02-24, true", "2026-02-28, true", "2026-03-01, false",
			// 清明: 04-04 (Sat) to 04-06 (Mon) off, no make-up day
			"2026-04-03, true", "2026-04-06, false", "2026-04-07, true",
			// 劳动节: 05-01 (Fri) to 05-05 (Tue) off, Saturday 05-09 worked
			"2026-05-01, false", "2026-05-05, false", "2026-05-06, true", "2026-05-09, true",
			// 国庆: 10-01 to 10-07 off, Sunday 09-20 and Saturday 10-10 worked
			"2026-09-20, true", "2026-10-01, false", "2026-10-07, false", "2026-10-08, true", "2026-10-10, true",
			"2026-10-11, false",
			// Ordinary days
			"2026-03-10, true", "2026-03-14, false", "2026-03-15, false" })
	void tellsWorkingDaysFromHolidaysWeekendsAndMakeUpDays(LocalDate date, boolean working) {
		assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
	}

	@Test
	void countsFiveWorkingDaysAfterTheTwelfthOfFebruaryAcrossSpringFestival() {
		// 02-13 Fri (1), 02-14 Sat make-up (2), 02-15..23 off, 02-24 (3), 02-25 (4),
		// 02-26 (5)
		assertThat(calendar.addWorkingDays(date("2026-02-12"), 5)).isEqualTo(date("2026-02-26"));
	}

	@ParameterizedTest(name = "{0} + {1} working days = {2}")
	@CsvSource({ "2026-02-12, 0, 2026-02-12", "2026-02-15, 0, 2026-02-15", "2026-02-12, 2, 2026-02-14",
			"2026-02-12, 3, 2026-02-24", "2026-04-02, 3, 2026-04-08", "2026-04-30, 1, 2026-05-06",
			"2026-04-30, 4, 2026-05-09", "2026-09-30, 1, 2026-10-08", "2026-09-30, 3, 2026-10-10",
			"2026-09-24, 1, 2026-09-28" })
	void addsWorkingDaysWithoutCountingTheStartDay(LocalDate from, int n, LocalDate expected) {
		assertThat(calendar.addWorkingDays(from, n)).isEqualTo(expected);
	}

	@Test
	void refusesANegativeNumberOfWorkingDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date("2026-02-12"), -1));
	}

	@Test
	void countsWorkingDaysAcrossNationalDay() {
		// 09-29 (1), 09-30 (2), 10-01..07 off, 10-08 (3), 10-09 (4), 10-10 Sat make-up
		// (5), 10-12 (6)
		assertThat(calendar.workingDaysBetween(date("2026-09-28"), date("2026-10-12"))).isEqualTo(6);
		assertThat(calendar.workingDaysBetween(date("2026-09-30"), date("2026-10-10"))).isEqualTo(3);
	}

	@Test
	void countsWorkingDaysAcrossSpringFestival() {
		// 02-14, 02-24..27, 02-28: six working days after Friday 02-13 up to Saturday
		// 02-28
		assertThat(calendar.workingDaysBetween(date("2026-02-13"), date("2026-02-28"))).isEqualTo(6);
	}

	@Test
	void countsTheWorkingDaysOf2026() {
		// 261 weekdays, 19 of them holidays, 6 weekend make-up days
		assertThat(calendar.workingDaysBetween(date("2025-12-31"), date("2026-12-31"))).isEqualTo(248);
	}

	@Test
	void countsNoWorkingDaysWhenTheEndIsNotAfterTheStart() {
		assertThat(calendar.workingDaysBetween(date("2026-03-10"), date("2026-03-10"))).isZero();
		assertThat(calendar.workingDaysBetween(date("2026-03-10"), date("2026-03-01"))).isZero();
	}

	@Test
	void countsWorkingDaysBetweenAsTheInverseOfAddingThem() {
		LocalDate from = date("2026-01-01");
		for (int n = 0; n <= 250; n++) {
			assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).isEqualTo(n);
		}
	}

	@Test
	void rollsCalendarDeadlineOverNationalDay() {
		// 09-21 + 10 days = 10-01, a holiday: the period ends on 10-08, the first working
		// day after
		assertThat(calendar.calendarDayDeadline(date("2026-09-21"), 10)).isEqualTo(date("2026-10-08"));
	}

	@Test
	void rollsCalendarDeadlineOverQingming() {
		// 03-27 + 10 days = 04-06, the Monday of 清明
		assertThat(calendar.calendarDayDeadline(date("2026-03-27"), 10)).isEqualTo(date("2026-04-07"));
	}

	@Test
	void rollsCalendarDeadlineOverAnOrdinaryWeekend() {
		// 06-01 + 5 days = Saturday 06-06
		assertThat(calendar.calendarDayDeadline(date("2026-06-01"), 5)).isEqualTo(date("2026-06-08"));
	}

	@ParameterizedTest(name = "{0} + {1} days ends on make-up day {2}")
	@CsvSource({ "2026-01-30, 15, 2026-02-14", "2026-02-13, 15, 2026-02-28", "2026-04-24, 15, 2026-05-09",
			"2026-09-20, 20, 2026-10-10" })
	void keepsCalendarDeadlineOnAMakeUpSaturday(LocalDate from, int days, LocalDate expected) {
		assertThat(calendar.calendarDayDeadline(from, days)).isEqualTo(expected);
	}

	@Test
	void keepsCalendarDeadlineOnAWorkingDay() {
		assertThat(calendar.calendarDayDeadline(date("2026-03-02"), 8)).isEqualTo(date("2026-03-10"));
		assertThat(calendar.calendarDayDeadline(date("2026-03-10"), 0)).isEqualTo(date("2026-03-10"));
	}

	@Test
	void findsTheNeighbouringWorkingDays() {
		assertThat(calendar.nextWorkingDay(date("2026-02-14"))).isEqualTo(date("2026-02-24"));
		assertThat(calendar.previousWorkingDay(date("2026-02-24"))).isEqualTo(date("2026-02-14"));
		assertThat(calendar.nextWorkingDay(date("2026-10-10"))).isEqualTo(date("2026-10-12"));
	}

	@Test
	void coversTheYearsOfTheBundledNoticesOnly() {
		assertThat(calendar.coveredYears()).containsExactly(2024, 2025, 2026);
		assertThat(calendar.covers(date("2026-12-31"))).isTrue();
		// The 2024 notice lists the 元旦 weekend 2023-12-30/31; 2023 is still not covered.
		assertThat(calendar.covers(date("2023-12-31"))).isFalse();
		assertThat(calendar.covers(date("2027-01-01"))).isFalse();
	}

	@Test
	void countsOnlyWeekendsInYearsWithoutANotice() {
		// 2027-01-01 is a Friday; the 2027 notice is not in the data, so the answer is
		// provisional.
		assertThat(calendar.addWorkingDays(date("2026-12-31"), 1)).isEqualTo(date("2027-01-01"));
	}

	@Test
	void namesTheHolidayOfADate() {
		assertThat(calendar.holidayName(date("2026-02-17"))).contains("春节");
		assertThat(calendar.holidayName(date("2025-10-06"))).contains("国庆节、中秋节");
		assertThat(calendar.holidayName(date("2026-02-14"))).isEmpty();
		assertThat(calendar.holidayName(date("2026-03-10"))).isEmpty();
		assertThat(calendar.entry(date("2026-02-14")))
			.contains(new CalendarDay(date("2026-02-14"), DayKind.WORKDAY, "春节"));
	}

	@Test
	void readsEveryRowOfTheBundledFile() {
		assertThat(calendar.days()).hasSize(112);
		assertThat(calendar.days()).filteredOn((day) -> day.kind() == DayKind.WORKDAY).hasSize(19);
	}

	@Test
	void parsesCsvWithHeaderAndSkipsBlankLines() {
		List<CalendarDay> days = WorkingDayCalendar
			.parseCsv(new StringReader("date,kind,name\n2026-10-01,HOLIDAY,国庆节\n\n2026-10-10,WORKDAY,国庆节\n"));

		assertThat(days).containsExactly(new CalendarDay(date("2026-10-01"), DayKind.HOLIDAY, "国庆节"),
				new CalendarDay(date("2026-10-10"), DayKind.WORKDAY, "国庆节"));
	}

	@Test
	void refusesCsvWithoutTheHeader() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> WorkingDayCalendar.parseCsv(new StringReader("2026-10-01,HOLIDAY,国庆节\n")))
			.withMessageContaining("表头");
	}

	@Test
	void namesTheLineOfAMalformedRow() {
		String badDate = "date,kind,name\n2026-10-01,HOLIDAY,国庆节\n2026-10-32,HOLIDAY,国庆节\n";
		String badKind = "date,kind,name\n2026-10-01,VACATION,国庆节\n";

		assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.parseCsv(new StringReader(badDate)))
			.withMessageContaining("第3行");
		assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.parseCsv(new StringReader(badKind)))
			.withMessageContaining("第2行");
	}

	@Test
	void refusesAMakeUpWorkingDayOnAWeekday() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WorkingDayCalendar(Map.of(date("2026-10-09"), DayKind.WORKDAY), Set.of(2026)));
	}

	@Test
	void refusesTheSameDateTwice() {
		CalendarDay day = new CalendarDay(date("2026-10-01"), DayKind.HOLIDAY, "国庆节");

		assertThatIllegalArgumentException().isThrownBy(() -> WorkingDayCalendar.of(List.of(day, day)));
	}

	@Test
	void buildsFromKindsAloneWithExplicitCoveredYears() {
		WorkingDayCalendar small = new WorkingDayCalendar(
				Map.of(date("2026-10-01"), DayKind.HOLIDAY, date("2026-10-10"), DayKind.WORKDAY), Set.of(2026));

		assertThat(small.isWorkingDay(date("2026-10-01"))).isFalse();
		assertThat(small.isWorkingDay(date("2026-10-10"))).isTrue();
		assertThat(small.holidayName(date("2026-10-01"))).isEmpty();
		assertThat(small.covers(date("2026-01-01"))).isTrue();
		assertThat(small.covers(date("2025-12-31"))).isFalse();
	}

}
