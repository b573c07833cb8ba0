package org.govbuy.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UnifiedSocialCreditCodeTests {

	/** The code commonly quoted as an example; its check character verifies. */
	private static final String WIDELY_CITED = "91350100M000100Y43";

	@Test
	void acceptsTheWidelyCitedExampleCode() {
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(WIDELY_CITED);

		assertThat(code.value()).isEqualTo(WIDELY_CITED);
		assertThat(code.registrationDepartment()).isEqualTo('9');
		assertThat(code.organizationType()).isEqualTo('1');
		assertThat(code.regionPart()).isEqualTo("350100");
		assertThat(code.organizationCode()).isEqualTo("M000100Y4");
	}

	@ParameterizedTest(name = "{0} + {1}")
	@CsvSource({ "91370100MA3C00000, E", "91370102070000000, 5", "11370000004000000, M", "52370102MA0000000, T",
			"93370100MA3CXXXX1, 0" })
	void computesTheCheckCharacterOverTheFirstSeventeen(String first17, char check) {
		String code = UnifiedSocialCreditCode.withCheckDigit(first17);

		assertThat(code).isEqualTo(first17 + check);
		assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
	}

	@Test
	void acceptsLowerCaseAndSurroundingBlanks() {
		UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of("  91350100m000100y43 ");

		assertThat(code).isEqualTo(UnifiedSocialCreditCode.of(WIDELY_CITED)).hasToString(WIDELY_CITED);
		assertThat(UnifiedSocialCreditCode.withCheckDigit("91370100ma3c00000")).isEqualTo("91370100MA3C00000E");
	}

	@Test
	void refusesAWrongCheckCharacterNamingTheRightOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.of("91350100M000100Y44"))
			.withMessage("统一社会信用代码校验位错误：应为 3");
		assertThat(UnifiedSocialCreditCode.problem("91370100MA3C00000F")).contains("统一社会信用代码校验位错误：应为 E");
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y4", "91350100M000100Y433", "913501" })
	void refusesCodesThatAreNot18Characters(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> UnifiedSocialCreditCode.of(code))
			.withMessageStartingWith("统一社会信用代码应为18位");
	}

	@ParameterizedTest(name = "letter {0}")
	@ValueSource(chars = { 'I', 'O', 'Z', 'S', 'V' })
	void refusesTheLettersTheStandardLeavesOut(char letter) {
		String code = "91370100MA3C0000" + letter + "0";

		assertThat(UnifiedSocialCreditCode.problem(code))
			.hasValueSatisfying((problem) -> assertThat(problem).startsWith("统一社会信用代码第17位“" + letter + "”不是允许的字符"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UnifiedSocialCreditCode.withCheckDigit(code.substring(0, 17)));
	}

	@Test
	void refusesARegionPartThatIsNotDigits() {
		assertThat(UnifiedSocialCreditCode.problem("9137A100MA3C000000"))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("第3至8位"));
	}

	@Test
	void refusesEmptyInput() {
		assertThat(UnifiedSocialCreditCode.problem(null)).contains("统一社会信用代码不能为空");
		assertThat(UnifiedSocialCreditCode.isValid("  ")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new UnifiedSocialCreditCode(null));
	}

	@Test
	void reportsNoProblemForAValidCode() {
		assertThat(UnifiedSocialCreditCode.problem(WIDELY_CITED)).isEmpty();
	}

}
