package org.govbuy.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BoundaryWordTests {

	private static final Money TWO_MILLION = Money.ofYuan(2_000_000);

	@Test
	void countsTwoMillionExactlyAsTwoMillionOrAbove() {
		assertThat(BoundaryWord.AT_OR_ABOVE.test(Money.of("2000000.00"), TWO_MILLION)).isTrue();
	}

	@Test
	void doesNotCountTwoMillionExactlyAsOverTwoMillion() {
		assertThat(BoundaryWord.ABOVE.test(Money.of("2000000.00"), TWO_MILLION)).isFalse();
		assertThat(BoundaryWord.ABOVE.test(Money.of("2000000.01"), TWO_MILLION)).isTrue();
	}

	@ParameterizedTest(name = "{0}: below {1}, at {2}, above {3}")
	@CsvSource({ "AT_OR_ABOVE, false, true, true", "AT_OR_BELOW, true, true, false", "WITHIN, true, true, false",
			"ABOVE, false, false, true", "BELOW, true, false, false" })
	void includesTheBoundaryOnlyForInclusiveWords(BoundaryWord word, boolean below, boolean at, boolean above) {
		assertThat(word.test(Money.of("1999999.99"), TWO_MILLION)).isEqualTo(below);
		assertThat(word.test(TWO_MILLION, TWO_MILLION)).isEqualTo(at);
		assertThat(word.test(Money.of("2000000.01"), TWO_MILLION)).isEqualTo(above);
		assertThat(word.inclusive()).isEqualTo(at);
	}

	@Test
	void worksForAnyComparableSuchAsDayCounts() {
		assertThat(BoundaryWord.BELOW.test(19, 20)).isTrue();
		assertThat(BoundaryWord.BELOW.test(20, 20)).isFalse();
		assertThat(BoundaryWord.WITHIN.test(5, 5)).isTrue();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "以上, AT_OR_ABOVE", "以下, AT_OR_BELOW", "以内, WITHIN", "超过, ABOVE", "不满, BELOW" })
	void isFoundByItsChineseWord(String word, BoundaryWord expected) {
		assertThat(BoundaryWord.ofWord(word)).isEqualTo(expected);
		assertThat(expected.word()).isEqualTo(word);
	}

	@Test
	void refusesWordsTheLawDoesNotDefine() {
		assertThatIllegalArgumentException().isThrownBy(() -> BoundaryWord.ofWord("左右"));
	}

	@Test
	void writesThePhraseWithTheWordWhereChinesePutsIt() {
		assertThat(BoundaryWord.AT_OR_ABOVE.phrase("200万元")).isEqualTo("200万元以上");
		assertThat(BoundaryWord.ABOVE.phrase("200万元")).isEqualTo("超过200万元");
		assertThat(BoundaryWord.BELOW.phrase("20日")).isEqualTo("不满20日");
	}

}
