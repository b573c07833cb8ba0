package org.govbuy.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionCodeTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "000000, NATIONAL", "370000, PROVINCE", "370100, CITY", "370102, COUNTY", "110000, PROVINCE",
			"110101, COUNTY", "429004, COUNTY", "370176, COUNTY" })
	void readsTheLevelFromTheTrailingZeros(String code, RegionLevel level) {
		assertThat(RegionCode.of(code).level()).isEqualTo(level);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "370102, 370100", "370100, 370000", "370000, 000000", "110101, 110100" })
	void climbsOneTierToItsParent(String code, String parent) {
		assertThat(RegionCode.of(code).parentCode()).contains(RegionCode.of(parent));
	}

	@Test
	void hasNoParentAboveTheCountry() {
		assertThat(RegionCode.NATIONAL.parentCode()).isEmpty();
	}

	@Test
	void namesItsProvinceAndCity() {
		RegionCode county = RegionCode.of("370102");

		assertThat(county.provinceCode()).contains(RegionCode.of("370000"));
		assertThat(county.cityCode()).contains(RegionCode.of("370100"));
		assertThat(RegionCode.of("370100").cityCode()).contains(RegionCode.of("370100"));
		assertThat(RegionCode.of("370000").provinceCode()).contains(RegionCode.of("370000"));
		assertThat(RegionCode.of("370000").cityCode()).isEmpty();
		assertThat(RegionCode.NATIONAL.provinceCode()).isEmpty();
		assertThat(RegionCode.NATIONAL.cityCode()).isEmpty();
	}

	@ParameterizedTest(name = "{0} → ''{1}''")
	@CsvSource({ "000000, ''", "370000, 37", "370100, 3701", "370102, 370102" })
	void scopesThisRegionAndBelowByPrefix(String code, String prefix) {
		assertThat(RegionCode.of(code).scopePrefix()).isEqualTo(prefix);
	}

	@Test
	void containsItselfAndEveryRegionBelow() {
		RegionCode shandong = RegionCode.of("370000");
		RegionCode jinan = RegionCode.of("370100");
		RegionCode lixia = RegionCode.of("370102");

		assertThat(shandong.contains(shandong)).isTrue();
		assertThat(shandong.contains(jinan)).isTrue();
		assertThat(shandong.contains(lixia)).isTrue();
		assertThat(jinan.contains(lixia)).isTrue();
		assertThat(RegionCode.NATIONAL.contains(lixia)).isTrue();
		assertThat(RegionCode.NATIONAL.contains(RegionCode.NATIONAL)).isTrue();
	}

	@Test
	void doesNotContainRegionsAboveOrBeside() {
		RegionCode jinan = RegionCode.of("370100");

		assertThat(jinan.contains(RegionCode.of("370000"))).isFalse();
		assertThat(jinan.contains(RegionCode.of("370202"))).isFalse();
		assertThat(jinan.contains(RegionCode.NATIONAL)).isFalse();
		assertThat(RegionCode.of("370102").contains(RegionCode.of("370103"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "37010", "3701020", "37010A", "３７０１０２", "001234" })
	void refusesAnythingButSixDigitsWithAProvince(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> RegionCode.of(code));
		assertThat(RegionCode.isValid(code)).isFalse();
	}

	@Test
	void refusesAMissingCode() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode(null));
		assertThat(RegionCode.isValid(null)).isFalse();
	}

	@Test
	void trimsAndPrintsTheDigits() {
		assertThat(RegionCode.of(" 370102 ")).isEqualTo(RegionCode.of("370102")).hasToString("370102");
	}

}
