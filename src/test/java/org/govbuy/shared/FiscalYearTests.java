package org.govbuy.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FiscalYearTests {

	@Test
	void runsFromFirstOfJanuaryToThirtyFirstOfDecember() {
		FiscalYear year = FiscalYear.of(2026);

		assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(year.end()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(year.length()).isEqualTo(365);
		assertThat(FiscalYear.of(2028).length()).isEqualTo(366);
	}

	@Test
	void isTheCalendarYearOfTheDate() {
		assertThat(FiscalYear.containing(LocalDate.of(2026, 1, 1))).isEqualTo(FiscalYear.of(2026));
		assertThat(FiscalYear.containing(LocalDate.of(2025, 12, 31))).isEqualTo(FiscalYear.of(2025));
		assertThat(FiscalYear.of(2026).contains(LocalDate.of(2026, 12, 31))).isTrue();
		assertThat(FiscalYear.of(2026).contains(LocalDate.of(2027, 1, 1))).isFalse();
	}

	@Test
	void stepsToNeighbouringYears() {
		assertThat(FiscalYear.of(2026).next()).isEqualTo(FiscalYear.of(2027));
		assertThat(FiscalYear.of(2026).previous()).isEqualTo(FiscalYear.of(2025));
		assertThat(FiscalYear.of(2026)).isLessThan(FiscalYear.of(2027));
	}

	@Test
	void printsAsFourDigits() {
		assertThat(FiscalYear.of(2026)).hasToString("2026");
		assertThat(FiscalYear.of(" 2026 ")).isEqualTo(FiscalYear.of(2026));
	}

	@ParameterizedTest
	@ValueSource(ints = { 1999, 2101, 0, -2026, 20260 })
	void refusesYearsOutside2000To2100(int value) {
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(value)).withMessageContaining("预算年度");
	}

	@Test
	void acceptsTheBoundaryYears() {
		assertThat(FiscalYear.of(2000).value()).isEqualTo(2000);
		assertThat(FiscalYear.of(2100).value()).isEqualTo(2100);
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(2100).next());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "26", "2026年", "abcd" })
	void refusesTextThatIsNotFourDigits(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> FiscalYear.of(text));
	}

}
