package org.govbuy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govbuy.catalog.ItemNature;
import org.junit.jupiter.api.Test;

class CatalogDiffTests {

	@Test
	void listsAddedRemovedAndChangedItemsByCode() {
		List<CatalogItem> older = CatalogFixtures.with(CatalogFixtures.central(),
				CatalogFixtures.third("A0401", "养老服务"), CatalogFixtures.third("B1102", "餐饮服务"));
		List<CatalogItem> newer = CatalogFixtures.with(CatalogFixtures.copy(CatalogFixtures.central()),
				CatalogItem.of("A0401", "养老服务", ItemNature.PUBLIC_SERVICE, "C2302", "含助餐"),
				CatalogFixtures.third("A0301", "职业技能培训"));

		CatalogDiff diff = CatalogDiff.between(older, newer);

		assertThat(diff.added()).extracting(CatalogItem::code).containsExactly("A0301");
		assertThat(diff.removed()).extracting(CatalogItem::code).containsExactly("B1102");
		assertThat(diff.changed()).singleElement().satisfies(change -> {
			assertThat(change.after().code()).isEqualTo("A0401");
			assertThat(change.fields()).containsExactly("品目编码", "说明");
		});
	}

	@Test
	void copiesOfAVersionDoNotDiffer() {
		assertThat(CatalogDiff.between(CatalogFixtures.central(), CatalogFixtures.copy(CatalogFixtures.central()))
			.isEmpty()).isTrue();
	}

}
