package org.govbuy.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PerformanceGradeTests {

	@ParameterizedTest(name = "{0} 分为 {1}")
	@CsvSource({ "100, 优", "90, 优", "90.000, 优", "89.995, 良", "89.9999, 良", "80, 良", "79.99, 中", "60, 中", "59.999, 差",
			"0, 差" })
	void gradesI4_boundariesAreInclusiveAsWrittenAndTheScoreIsNotRoundedFirst(String score, String grade) {
		assertThat(PerformanceGrade.of(new BigDecimal(score)).label()).isEqualTo(grade);
	}

	@Test
	void aScoreOutsideZeroToHundredIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> PerformanceGrade.of(new BigDecimal("100.01")));
		assertThatIllegalArgumentException().isThrownBy(() -> PerformanceGrade.of(new BigDecimal("-1")));
	}

}
