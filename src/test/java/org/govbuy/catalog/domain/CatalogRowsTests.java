package org.govbuy.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.catalog.domain.CatalogRows.Row;
import org.govbuy.catalog.domain.CatalogRows.RowError;
import org.junit.jupiter.api.Test;

class CatalogRowsTests {

	static List<Row> centralRows() {
		List<Row> rows = new ArrayList<>();
		List<CatalogItem> items = CatalogFixtures.central();
		for (int i = 0; i < items.size(); i++) {
			rows.add(CatalogRows.rowOf(i + 2, items.get(i)));
		}
		return rows;
	}

	@Test
	void acceptsACleanFileAlignedWithTheUpperCatalog() {
		List<Row> rows = centralRows();
		rows.add(new Row(40, "A0401", "养老服务", "3", "A04", "公共服务", "C2301", null));

		CatalogRows.Validation validation = CatalogRows.validate(rows, CatalogFixtures.central());

		assertThat(validation.clean()).isTrue();
		assertThat(validation.items()).hasSize(33);
		assertThat(validation.warnings()).singleElement().asString().contains("A0401");
	}

	@Test
	void reportsEveryBadRowAndColumnWithAChineseReason() {
		List<Row> rows = centralRows();
		rows.add(new Row(40, "A04X1", "养老服务", "3", "A04", "公共服务", "C2301", null));
		rows.add(new Row(41, "A0402", " ", "3", "A04", "公共服务", "C2301", null));
		rows.add(new Row(42, "A0403", "助残服务", "2", "A05", "公益服务", "A0101", null));
		rows.add(new Row(43, "A0402", "重复", "3", "A04", "公共服务", "C2301", null));

		CatalogRows.Validation validation = CatalogRows.validate(rows, CatalogFixtures.central());

		assertThat(validation.clean()).isFalse();
		assertThat(validation.items()).isEmpty();
		assertThat(validation.badRows()).containsExactly(40, 41, 42, 43);
		assertThat(validation.errors()).extracting(RowError::column).contains("编码", "名称", "层级", "上级编码", "性质", "品目编码");
		assertThat(validation.errors()).filteredOn(e -> e.row() == 42 && e.column().equals("性质"))
			.singleElement()
			.satisfies(e -> assertThat(e.message()).contains("MOF102-9"));
		assertThat(validation.errors()).filteredOn(e -> e.row() == 43)
			.extracting(RowError::message)
			.anyMatch(m -> m.contains("编码重复") && m.contains("41"));
	}

	@Test
	void requiresAServicesPinmuCodeFromTheThirdLevelWithRuleMOF57_5() {
		List<Row> rows = centralRows();
		rows.add(new Row(40, "A0401", "养老服务", "3", "A04", "公共服务", null, null));

		CatalogRows.Validation validation = CatalogRows.validate(rows, null);

		assertThat(validation.errors()).singleElement().satisfies(e -> {
			assertThat(e.column()).isEqualTo("品目编码");
			assertThat(e.message()).contains("MOF57-5");
		});
	}

	@Test
	void refusesRowsNotAlignedWithTheUpperCatalogWithRuleMOF102_11() {
		List<Row> rows = centralRows();
		rows.set(5, new Row(7, "A05", "医疗卫生", "2", "A", "公共服务", null, null));

		CatalogRows.Validation validation = CatalogRows.validate(rows, CatalogFixtures.central());

		assertThat(validation.errors()).singleElement().satisfies(e -> {
			assertThat(e.row()).isEqualTo(7);
			assertThat(e.column()).isEqualTo("名称");
			assertThat(e.message()).contains("MOF102-11", "卫生健康");
		});
	}

}
