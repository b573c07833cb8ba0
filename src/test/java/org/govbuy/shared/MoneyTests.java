package org.govbuy.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			// 《支付结算办法》附件一 examples; where rule (三) lets 零 be left out we leave it out,
			// and 整 follows 角 (the rules allow either), so 1409.50 ends in 伍角整
			"0.05,            人民币伍分", "10.10,           人民币壹拾元壹角整", "1234567.89,      人民币壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分",
			"100000000.00,    人民币壹亿元整", "1000005,         人民币壹佰万零伍元整", "1.05,            人民币壹元零伍分",
			"0.00,            人民币零元整", "10010,           人民币壹万零壹拾元整", "100100000,       人民币壹亿零壹拾万元整",
			"1409.50,         人民币壹仟肆佰零玖元伍角整", "6007.14,         人民币陆仟零柒元壹角肆分", "107000.53,       人民币壹拾万柒仟元伍角叁分",
			"1680.32,         人民币壹仟陆佰捌拾元叁角贰分", "16409.02,        人民币壹万陆仟肆佰零玖元零贰分", "325.04,          人民币叁佰贰拾伍元零肆分",
			// Further zero patterns
			"10,              人民币壹拾元整", "0.50,            人民币伍角整", "0.55,            人民币伍角伍分",
			"1,               人民币壹元整", "101,             人民币壹佰零壹元整", "1001,            人民币壹仟零壹元整",
			"1100,            人民币壹仟壹佰元整", "10000,           人民币壹万元整", "100001,          人民币壹拾万零壹元整",
			"2000000,         人民币贰佰万元整", "10000001,        人民币壹仟万零壹元整", "100000001,       人民币壹亿零壹元整",
			"110000000,       人民币壹亿壹仟万元整", "1010101010.10,   人民币壹拾亿壹仟零壹拾万壹仟零壹拾元壹角整",
			"999999999999.99, 人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", "1000000000000,   人民币壹万亿元整",
			"1000100000000,   人民币壹万零壹亿元整", "1000000010000,   人民币壹万亿零壹万元整" })
	void writesChineseUppercaseAsThePaymentRulesAsk(String amount, String uppercase) {
		assertThat(Money.of(amount).toChineseUppercase()).isEqualTo(uppercase);
	}

	@Test
	void writesUppercaseWithoutPrefixForFormsThatLabelIt() {
		assertThat(Money.of("10.10").toChineseUppercaseWithoutPrefix()).isEqualTo("壹拾元壹角整");
	}

	@Test
	void refusesUppercaseForNegativeAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("-1.00").toChineseUppercase())
			.withMessageContaining("负数");
	}

	@Test
	void refusesUppercaseFromOneJingYuan() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of(BigDecimal.TEN.pow(16)).toChineseUppercase());
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', value = { "1234567.89 | ¥1,234,567.89", "0 | ¥0.00", "999.5 | ¥999.50",
			"1000 | ¥1,000.00", "-1234.5 | -¥1,234.50" })
	void formatsWithYuanSignAndThousandsSeparators(String amount, String formatted) {
		assertThat(Money.of(amount).format()).isEqualTo(formatted);
	}

	@Test
	void printsPlainDecimalYuanAsText() {
		assertThat(Money.of("1234567.89")).hasToString("1234567.89");
		assertThat(Money.ofYuan(2_000_000)).hasToString("2000000.00");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "1, 1.00", "1.005, 1.01", "1.004, 1.00", "-1.005, -1.01", "  12.3  , 12.30" })
	void keepsTwoDecimalPlacesRoundingHalfUp(String input, String stored) {
		Money money = Money.of(input);

		assertThat(money.amount()).isEqualByComparingTo(stored);
		assertThat(money.amount().scale()).isEqualTo(2);
	}

	@Test
	void equalsByValueWhateverTheInputScale() {
		assertThat(Money.of("2")).isEqualTo(Money.of(new BigDecimal("2.000")))
			.isEqualTo(Money.ofYuan(2))
			.hasSameHashCodeAs(Money.of("2.00"));
		assertThat(Money.of("0")).isEqualTo(Money.ZERO);
	}

	@Test
	void addsAndSubtractsToTheFen() {
		Money budget = Money.of("1000000.00");

		assertThat(budget.plus(Money.of("0.01"))).isEqualTo(Money.of("1000000.01"));
		assertThat(budget.minus(Money.of("1000000.01"))).isEqualTo(Money.of("-0.01"));
		assertThat(Money.of("0.1").plus(Money.of("0.2"))).isEqualTo(Money.of("0.3"));
	}

	@Test
	void takesAPercentageRoundedHalfUp() {
		assertThat(Money.of("1234567.89").times(new BigDecimal("0.02"))).isEqualTo(Money.of("24691.36"));
		assertThat(Money.of("0.25").times(new BigDecimal("0.1"))).isEqualTo(Money.of("0.03"));
	}

	@Test
	void comparesByAmount() {
		Money twoMillion = Money.ofYuan(2_000_000);

		assertThat(twoMillion.isAtLeast(Money.of("2000000.00"))).isTrue();
		assertThat(twoMillion.isGreaterThan(Money.of("2000000.00"))).isFalse();
		assertThat(twoMillion.isGreaterThan(Money.of("1999999.99"))).isTrue();
		assertThat(twoMillion.isLessThan(Money.of("2000000.01"))).isTrue();
		assertThat(twoMillion.compareTo(Money.of("2000000"))).isZero();
		assertThat(Money.of("-0.01").isNegative()).isTrue();
		assertThat(Money.ZERO.isNegative()).isFalse();
		assertThat(Money.ZERO.isZero()).isTrue();
		assertThat(Money.of("0.01").isPositive()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "''", "'   '", "abc", "'1,000.00'", "¥100", "1e" })
	void refusesTextThatIsNotAPlainDecimalNumber(String input) {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of(input));
	}

	@Test
	void refusesMissingAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of((BigDecimal) null)).withMessage("金额不能为空");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of((String) null));
	}

}
