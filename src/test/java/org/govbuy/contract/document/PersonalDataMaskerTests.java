package org.govbuy.contract.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.govbuy.contract.document.PersonalDataMasker.Kind;
import org.govbuy.contract.document.PersonalDataMasker.Mask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public version of a contract hides personal numbers and keeps what is public or not
 * personal: credit codes, amounts, dates, contract numbers.
 */
class PersonalDataMaskerTests {

	final PersonalDataMasker masker = new PersonalDataMasker();

	@Test
	void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
		var result = masker.mask("联系人王五，电话13812345678，随时联系");
		assertThat(result.text()).isEqualTo("联系人王五，电话138****5678，随时联系");
		assertThat(result.masks()).containsExactly(new Mask(Kind.MOBILE, "138****5678"));
	}

	@Test
	void mobileNumbersWrittenWithTheCountryCodeOrInGroupsAreMaskedToo() {
		assertThat(masker.mask("手机 +86 138 1234 5678").text()).isEqualTo("手机 138****5678");
		assertThat(masker.mask("手机 139-0533-1234。").text()).isEqualTo("手机 139****1234。");
	}

	@Test
	void aTwelveDigitAmountIsNotAMobileNumberNorAnAccount() {
		assertThat(masker.mask("合同金额138123456789.00元").masks()).isEmpty();
		assertThat(masker.mask("合同金额138123456789元").masks()).isEmpty();
		assertThat(masker.mask("合同金额13812345678元").masks()).isEmpty();
		assertThat(masker.mask("合同金额1,380,000.00元（壹佰叁拾捌万元整）").masks()).isEmpty();
	}

	@Test
	void aTwelveDigitRunWithoutCurrencyIsAnAccountNotAMobileNumber() {
		assertThat(masker.mask("账号138123456789").masks()).containsExactly(new Mask(Kind.BANK_ACCOUNT, "1381****6789"));
	}

	@Test
	void anIdCardNumberWithXHidesTheBirthDate() {
		var result = masker.mask("乙方代表身份证号11010519491231002X。");
		assertThat(result.text()).isEqualTo("乙方代表身份证号110105********002X。");
		assertThat(result.masks()).containsExactly(new Mask(Kind.ID_CARD, "110105********002X"));
		assertThat(masker.mask("身份证：110105194912310021").masks()).extracting(Mask::kind).containsExactly(Kind.ID_CARD);
	}

	@Test
	void bankCardsAndAccountsKeepTheirFirstAndLastFourDigits() {
		assertThat(masker.mask("开户行：工商银行淄博分行，账号：1603 0012 0920 0123 456").text())
			.isEqualTo("开户行：工商银行淄博分行，账号：1603***********3456");
		assertThat(masker.mask("卡号6222021603001234567").masks())
			.containsExactly(new Mask(Kind.BANK_ACCOUNT, "6222***********4567"));
	}

	@Test
	void landlinesWithAnAreaCodeAreMasked() {
		assertThat(masker.mask("办公电话0533-2345678").masks()).containsExactly(new Mask(Kind.LANDLINE, "0533-***5678"));
		assertThat(masker.mask("电话（010）87654321").masks()).containsExactly(new Mask(Kind.LANDLINE, "010-****4321"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "统一社会信用代码：91350100M000100Y43", "乙方信用代码123703004943001234", "甲方 91350100M000100Y43 盖章" })
	void theUnifiedSocialCreditCodeIsPublicAndStays(String text) {
		assertThat(masker.mask(text).masks()).isEmpty();
		assertThat(masker.mask(text).text()).isEqualTo(text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "履行期限2026-01-01至2026-12-31", "签订日期20260315", "合同编号HT370300202600001", "服务人数≥500人，响应时间30分钟",
			"2026年3月5日 09:30", "预算金额1,800,000.00元", "金额1800000元" })
	void datesAmountsAndContractNumbersAreUntouched(String text) {
		assertThat(masker.mask(text).masks()).isEmpty();
		assertThat(masker.mask(text).text()).isEqualTo(text);
	}

	@Test
	void everyNumberInAClauseIsMaskedOnceInOrder() {
		var result = masker.mask("联系人张三（身份证11010519491231002X），手机13912345678，收款账号6222021603001234567。");
		assertThat(result.masks()).extracting(Mask::kind).containsExactly(Kind.ID_CARD, Kind.MOBILE, Kind.BANK_ACCOUNT);
		assertThat(result.text()).doesNotContain("11010519491231002X", "13912345678", "6222021603001234567");
	}

	@Test
	void checkCharacters() {
		assertThat(PersonalDataMasker.isCreditCode("91350100M000100Y43")).isTrue();
		assertThat(PersonalDataMasker.isCreditCode("91350100M000100Y44")).isFalse();
		assertThat(PersonalDataMasker.isIdCard("11010519491231002X")).isTrue();
		assertThat(PersonalDataMasker.isIdCard("110105194912310021")).isFalse();
	}

}
