package org.govbuy.catalog.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.domain.CatalogItem;
import org.govbuy.catalog.domain.CatalogRows;
import org.govbuy.platform.InvalidInputException;

/**
 * Catalog spreadsheets: the template, reading rows (every cell as text, exactly as
 * written) and writing a version so that reading it back gives the same rows.
 */
public final class CatalogExcel {

	public static final String SHEET = "目录";

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private CatalogExcel() {
	}

	/**
	 * The template: headers, one example row per level, a note sheet and a nature
	 * drop-down.
	 */
	public static byte[] template() {
		List<CatalogItem> examples = List.of(CatalogItem.of("A", "公共服务", ItemNature.PUBLIC_SERVICE, null, null),
				CatalogItem.of("A04", "社会保障", ItemNature.PUBLIC_SERVICE, null, null),
				CatalogItem.of("A0401", "养老服务", ItemNature.PUBLIC_SERVICE, "C2301", "示例：请按本地区实际填写"));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = write(workbook, examples);
			DataValidationHelper helper = sheet.getDataValidationHelper();
			sheet.addValidationData(helper.createValidation(
					helper.createExplicitListConstraint(
							new String[] { ItemNature.PUBLIC_SERVICE.label(), ItemNature.AUXILIARY_SERVICE.label() }),
					new CellRangeAddressList(1, 10000, 4, 4)));
			Sheet note = workbook.createSheet("填写说明");
			String[] lines = { "编码：一级为一位大写字母（A 公共服务，B 政府履职所需辅助性服务），以下每级加两位数字，如 A04、A0401，最多六级。",
					"层级：1 至 6，须与编码一致；上级编码：编码去掉末两位，一级不填。", "性质：公共服务 或 政府履职所需辅助性服务，须与一级目录一致（财政部令第102号第九条）。",
					"品目编码：《政府采购品目分类目录》服务类代码（C 开头），三级及以下必填（财综〔2020〕57号）。",
					"一级、二级目录须与上级目录的编码和名称完全一致（财政部令第102号第十一条至第十三条；鲁财采〔2022〕14号）。",
					"导入时逐行校验，任何一行有误则整个文件不导入；同一文件重复导入不会重复写入。" };
			for (int i = 0; i < lines.length; i++) {
				note.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			note.setColumnWidth(0, 120 * 256);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A version's items as a workbook. */
	public static byte[] export(List<CatalogItem> items) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			write(workbook, items);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The data rows of the first sheet; refuses files that are not readable workbooks or
	 * lack the headers.
	 */
	public static List<CatalogRows.Row> read(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			Row header = sheet.getRow(0);
			List<String> missing = new ArrayList<>();
			for (int i = 0; i < CatalogRows.COLUMNS.size(); i++) {
				String text = header == null ? "" : formatter.formatCellValue(header.getCell(i)).strip();
				if (!text.equals(CatalogRows.COLUMNS.get(i))) {
					missing.add("第 " + (i + 1) + " 列应为“" + CatalogRows.COLUMNS.get(i) + "”");
				}
			}
			if (!missing.isEmpty()) {
				throw new InvalidInputException("file", "表头不符合模板：" + String.join("；", missing) + "。请下载模板填写");
			}
			List<CatalogRows.Row> rows = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				String[] cells = new String[CatalogRows.COLUMNS.size()];
				boolean empty = true;
				for (int c = 0; c < cells.length; c++) {
					String text = formatter.formatCellValue(row.getCell(c));
					cells[c] = text.isBlank() ? null : text;
					empty &= text.isBlank();
				}
				if (!empty) {
					rows.add(new CatalogRows.Row(r + 1, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
							cells[6]));
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "无法读取该文件：请上传 .xlsx 格式的 Excel 工作簿");
		}
	}

	private static Sheet write(XSSFWorkbook workbook, List<CatalogItem> items) {
		Sheet sheet = workbook.createSheet(SHEET);
		CellStyle headerStyle = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle.setFont(bold);
		CellStyle text = workbook.createCellStyle();
		text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		Row header = sheet.createRow(0);
		for (int i = 0; i < CatalogRows.COLUMNS.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(CatalogRows.COLUMNS.get(i));
			cell.setCellStyle(headerStyle);
			sheet.setDefaultColumnStyle(i, text);
		}
		int r = 1;
		for (CatalogItem item : items) {
			CatalogRows.Row values = CatalogRows.rowOf(r + 1, item);
			Row row = sheet.createRow(r++);
			String[] cells = { values.code(), values.name(), values.level(), values.parentCode(), values.nature(),
					values.pinmuCode(), values.description() };
			for (int c = 0; c < cells.length; c++) {
				Cell cell = row.createCell(c);
				cell.setCellStyle(text);
				if (cells[c] != null) {
					cell.setCellValue(cells[c]);
				}
			}
		}
		int[] widths = { 12, 30, 6, 12, 24, 12, 50 };
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
