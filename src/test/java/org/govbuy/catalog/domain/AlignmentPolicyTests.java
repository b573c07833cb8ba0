package org.govbuy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.catalog.ItemNature;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class AlignmentPolicyTests {

	@Test
	void refusesProvinceWhoseSecondLevelDiffersFromCentralWithRuleMOF102_11() {
		List<CatalogItem> province = new ArrayList<>(CatalogFixtures.copy(CatalogFixtures.central()));
		province.replaceAll(item -> item.code().equals("A04")
				? CatalogItem.of("A04", "社会保障和养老", ItemNature.PUBLIC_SERVICE, null, null) : item);

		AlignmentPolicy.Result result = AlignmentPolicy.check(province, CatalogFixtures.central());

		assertThat(result.aligned()).isFalse();
		assertThat(result.violations()).extracting(RuleViolation::rule).containsExactly("MOF102-11");
		assertThat(result.violations().get(0).message()).contains("A04", "社会保障和养老", "社会保障");
		assertThat(result.violations().get(0).citation()).contains("第十一条", "种子文件004");
	}

	@Test
	void refusesProvinceThatAddsOrDropsSecondLevelItemsWithRuleMOF102_11() {
		List<CatalogItem> province = new ArrayList<>(CatalogFixtures.copy(CatalogFixtures.central()));
		province.removeIf(item -> item.code().equals("B11"));
		province.add(CatalogItem.of("A19", "乡村振兴", ItemNature.PUBLIC_SERVICE, null, null));

		AlignmentPolicy.Result result = AlignmentPolicy.check(province, CatalogFixtures.central());

		assertThat(result.violations()).hasSize(2).allMatch(v -> v.rule().equals("MOF102-11"));
		assertThat(result.violations()).anyMatch(v -> v.message().contains("A19"))
			.anyMatch(v -> v.message().contains("B11") && v.message().contains("后勤"));
	}

	@Test
	void acceptsCityAlignedToItsProvince() {
		List<CatalogItem> province = CatalogFixtures.with(CatalogFixtures.central(),
				CatalogFixtures.third("A0401", "养老服务"), CatalogFixtures.third("B1101", "物业管理服务"));
		List<CatalogItem> city = CatalogFixtures.with(CatalogFixtures.copy(province),
				CatalogItem.of("A040101", "社区居家养老上门服务", ItemNature.PUBLIC_SERVICE, "C2301", null));

		AlignmentPolicy.Result result = AlignmentPolicy.check(city, province);

		assertThat(result.aligned()).isTrue();
		assertThat(result.violations()).isEmpty();
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void thirdLevelMismatchOnlyWarnsWithRuleSEED004_3() {
		List<CatalogItem> province = CatalogFixtures.with(CatalogFixtures.central(),
				CatalogFixtures.third("A0401", "养老服务"));
		List<CatalogItem> city = CatalogFixtures.with(CatalogFixtures.copy(CatalogFixtures.central()),
				CatalogFixtures.third("A0401", "养老照护服务"), CatalogFixtures.third("A0402", "残疾人服务"));

		AlignmentPolicy.Result result = AlignmentPolicy.check(city, province);

		assertThat(result.aligned()).isTrue();
		assertThat(result.warnings()).hasSize(2).allMatch(w -> w.rule().equals("SEED004-3"));
		assertThat(result.warnings()).anyMatch(w -> w.message().contains("养老照护服务"))
			.anyMatch(w -> w.message().contains("A0402"));
	}

	@Test
	void levelsBelowTheThirdAreFree() {
		List<CatalogItem> city = CatalogFixtures.with(CatalogFixtures.copy(CatalogFixtures.central()),
				CatalogItem.of("A0401", "养老服务", ItemNature.PUBLIC_SERVICE, "C2301", null),
				CatalogItem.of("A040199", "本市特色养老服务", ItemNature.PUBLIC_SERVICE, "C2301", null));
		List<CatalogItem> province = CatalogFixtures.with(CatalogFixtures.central(),
				CatalogFixtures.third("A0401", "养老服务"));

		AlignmentPolicy.Result result = AlignmentPolicy.check(city, province);

		assertThat(result.violations()).isEmpty();
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void centralCatalogHasNoUpperLevelToFollow() {
		assertThat(AlignmentPolicy.check(CatalogFixtures.central(), null).aligned()).isTrue();
		assertThat(CatalogFixtures.central()).hasSize(32);
	}

}
