package org.govbuy.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.domain.CatalogItem;
import org.govbuy.catalog.domain.CatalogRows;
import org.govbuy.catalog.domain.NegativeListEntry;
import org.junit.jupiter.api.Test;

/**
 * Catalog and negative-list spreadsheets laid out as printed sheets that read back
 * unchanged.
 */
class CatalogExcelTests {

	List<CatalogItem> items = List.of(CatalogItem.of("A", "公共服务", ItemNature.PUBLIC_SERVICE, null, null),
			CatalogItem.of("A04", "社会保障", ItemNature.PUBLIC_SERVICE, null, null),
			CatalogItem.of("A0401", "养老服务", ItemNature.PUBLIC_SERVICE, "C2301", "含居家、社区和机构养老服务"));

	@Test
	void anExportedCatalogIsThePrintedSheetAndReadsBackCellByCell() throws IOException {
		byte[] exported = CatalogExcel.export("淄博市2027年度政府购买服务指导性目录（第2版）", "淄博市财政部门", items);

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			Sheet sheet = workbook.getSheet(CatalogExcel.SHEET);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("淄博市2027年度政府购买服务指导性目录（第2版）");
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 6));
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("编报单位：淄博市财政部门");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
			assertThat(sheet.getRow(5).getCell(6).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
			assertThat(text(sheet.getRow(7))).contains("单位负责人：", "填报日期：    年  月  日");
		}
		List<CatalogRows.Row> rows = CatalogExcel.read(exported);
		assertThat(rows).extracting(CatalogRows.Row::row).containsExactly(4, 5, 6);
		List<CatalogRows.Row> expected = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			expected.add(CatalogRows.rowOf(i + 4, items.get(i)));
		}
		assertThat(rows).isEqualTo(expected);
		assertThat(rows.get(0).parentCode()).isNull();
		assertThat(rows.get(0).description()).isNull();
		byte[] again = CatalogExcel.export("淄博市2027年度政府购买服务指导性目录（第2版）", "淄博市财政部门", items);
		try (XSSFWorkbook before = new XSSFWorkbook(new ByteArrayInputStream(exported));
				XSSFWorkbook after = new XSSFWorkbook(new ByteArrayInputStream(again))) {
			assertThat(cells(after.getSheetAt(0))).isEqualTo(cells(before.getSheetAt(0)));
		}
	}

	@Test
	void theTemplateStillReadsAsItsExampleRows() {
		assertThat(CatalogExcel.read(CatalogExcel.template())).extracting(CatalogRows.Row::code)
			.containsExactly("A", "A04", "A0401");
	}

	@Test
	void theNegativeListExportsWithItsRulesCitationsAndKeywords() throws IOException {
		List<NegativeListEntry> entries = List.of(
				new NegativeListEntry("N01", "goods", "MOF102-10-1", "货物", "购买货物（不属于服务）", "财政部令第102号第十条第（一）项",
						List.of("采购设备", "购置"), 1, true),
				new NegativeListEntry("N03", "infrastructure", "MOF102-10-3", "工程建设", "与工程建设有关的服务", "财政部令第102号第十条第（三）项",
						List.of("新建"), 3, false));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(CatalogExcel.negativeList(entries)))) {
			Sheet sheet = workbook.getSheet(CatalogExcel.NEGATIVE_LIST_SHEET);
			assertThat(text(sheet.getRow(2))).containsExactlyElementsOf(CatalogExcel.NEGATIVE_LIST_COLUMNS);
			assertThat(text(sheet.getRow(3))).containsExactly("1", "N01", "货物", "购买货物（不属于服务）", "goods", "MOF102-10-1",
					"财政部令第102号第十条第（一）项", "采购设备\n购置", "有效");
			assertThat(text(sheet.getRow(4))).endsWith("新建", "停用");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
		}
	}

	private static List<String> text(Row row) {
		DataFormatter formatter = new DataFormatter();
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
		return texts;
	}

	private static List<List<String>> cells(Sheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			rows.add(sheet.getRow(r) == null ? List.of() : text(sheet.getRow(r)));
		}
		return rows;
	}

}
