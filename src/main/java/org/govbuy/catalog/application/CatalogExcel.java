package org.govbuy.catalog.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.domain.CatalogItem;
import org.govbuy.catalog.domain.CatalogRows;
import org.govbuy.catalog.domain.NegativeListEntry;
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
			Sheet sheet = write(workbook, TITLE + "导入模板", "", examples);
			DataValidationHelper helper = sheet.getDataValidationHelper();
			sheet.addValidationData(helper.createValidation(
					helper.createExplicitListConstraint(
							new String[] { ItemNature.PUBLIC_SERVICE.label(), ItemNature.AUXILIARY_SERVICE.label() }),
					new CellRangeAddressList(HEADER_ROW + 1, 10000, 4, 4)));
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
		return export(TITLE, "", items);
	}

	/**
	 * A version's items as the printed catalog: the title (e.g.
	 * 淄博市2027年度政府购买服务指导性目录（第2版）) and the 编报单位 above the table; reads back as the same
	 * rows.
	 */
	public static byte[] export(String title, String unit, List<CatalogItem> items) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			write(workbook, title, unit, items);
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
			int headerRow = 0;
			for (int r = 0; r <= Math.min(4, sheet.getLastRowNum()); r++) {
				Row row = sheet.getRow(r);
				if (row != null
						&& CatalogRows.COLUMNS.get(0).equals(formatter.formatCellValue(row.getCell(0)).strip())) {
					headerRow = r;
					break;
				}
			}
			Row header = sheet.getRow(headerRow);
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
			for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				if (formatter.formatCellValue(row.getCell(0)).startsWith(SIGNATURES.get(0))) {
					// the signature and date line under the table
					break;
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

	private static Sheet write(XSSFWorkbook workbook, String title, String unit, List<CatalogItem> items) {
		Sheet sheet = workbook.createSheet(SHEET);
		CellStyle text = bordered(workbook);
		text.setDataFormat(workbook.createDataFormat().getFormat("@"));
		text.setWrapText(true);
		int[] widths = { 12, 30, 6, 12, 24, 12, 50 };
		List<String[]> rows = new ArrayList<>();
		int r = HEADER_ROW + 1;
		for (CatalogItem item : items) {
			CatalogRows.Row values = CatalogRows.rowOf(r++ + 1, item);
			rows.add(new String[] { values.code(), values.name(), values.level(), values.parentCode(), values.nature(),
					values.pinmuCode(), values.description() });
		}
		table(workbook, sheet, title, unit, CatalogRows.COLUMNS, widths, rows, text);
		for (int i = 0; i < CatalogRows.COLUMNS.size(); i++) {
			sheet.setDefaultColumnStyle(i, text);
		}
		return sheet;
	}

	/**
	 * The negative list as the printed sheet: every entry with its rule, citation and
	 * keywords (one per line).
	 */
	public static byte[] negativeList(List<NegativeListEntry> entries) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(NEGATIVE_LIST_SHEET);
			CellStyle text = bordered(workbook);
			text.setWrapText(true);
			List<String[]> rows = new ArrayList<>();
			int seq = 1;
			for (NegativeListEntry entry : entries) {
				rows.add(new String[] { String.valueOf(seq++), entry.code(), entry.title(), entry.description(),
						entry.attribute(), entry.ruleId(), entry.citation(), String.join("\n", entry.keywords()),
						entry.active() ? "有效" : "停用" });
			}
			table(workbook, sheet, "政府购买服务" + NEGATIVE_LIST_SHEET, "", NEGATIVE_LIST_COLUMNS,
					new int[] { 5, 10, 24, 40, 14, 14, 30, 16, 6 }, rows, text);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static final String NEGATIVE_LIST_SHEET = "负面清单";

	public static final List<String> NEGATIVE_LIST_COLUMNS = List.of("序号", "编号", "事项", "说明", "申报属性", "规则", "依据", "关键词",
			"状态");

	/** The row of the header (after the title and the 编报单位 line). */
	static final int HEADER_ROW = 2;

	static final String TITLE = "政府购买服务指导性目录";

	/** The signature and date line under the table. */
	static final List<String> SIGNATURES = List.of("单位负责人：", "经办人：", "填报日期：    年  月  日");

	/**
	 * The official sheet: merged centred title, 编报单位, bordered table with the header
	 * repeated on every printed page, the signature and date line, A4 landscape one page
	 * wide.
	 */
	private static void table(Workbook workbook, Sheet sheet, String title, String unit, List<String> columns,
			int[] widths, List<String[]> rows, CellStyle text) {
		int last = columns.size() - 1;
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 16);
		CellStyle titleStyle = workbook.createCellStyle();
		titleStyle.setFont(big);
		titleStyle.setAlignment(HorizontalAlignment.CENTER);
		titleStyle.setVerticalAlignment(VerticalAlignment.CENTER);
		CellStyle headerStyle = bordered(workbook);
		headerStyle.setFont(bold);
		headerStyle.setAlignment(HorizontalAlignment.CENTER);
		Row titleRow = sheet.createRow(0);
		titleRow.setHeightInPoints(30);
		titleRow.createCell(0).setCellValue(title);
		titleRow.getCell(0).setCellStyle(titleStyle);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
		sheet.createRow(1).createCell(0).setCellValue("编报单位：" + unit);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
		Row header = sheet.createRow(HEADER_ROW);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(headerStyle);
			sheet.setColumnWidth(i, widths[i] * 256);
		}
		int r = HEADER_ROW + 1;
		for (String[] values : rows) {
			Row row = sheet.createRow(r++);
			int lines = 1;
			for (int c = 0; c < values.length; c++) {
				Cell cell = row.createCell(c);
				cell.setCellStyle(text);
				if (values[c] != null) {
					cell.setCellValue(values[c]);
					lines = Math.max(lines, lines(values[c], widths[c]));
				}
			}
			row.setHeightInPoints(lines * 12.75f + 3);
		}
		int signatureRow = r + 1;
		Row signatures = sheet.createRow(signatureRow);
		for (int i = 0; i < SIGNATURES.size(); i++) {
			int from = i * columns.size() / SIGNATURES.size();
			int to = (i + 1) * columns.size() / SIGNATURES.size() - 1;
			signatures.createCell(from).setCellValue(SIGNATURES.get(i));
			if (to > from) {
				sheet.addMergedRegion(new CellRangeAddress(signatureRow, signatureRow, from, to));
			}
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setHorizontallyCenter(true);
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, last, 0, signatureRow);
	}

	/**
	 * Lines a text takes in a column (a Chinese character is about two characters wide).
	 */
	private static int lines(String text, int width) {
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			double units = paragraph.codePoints().mapToDouble(c -> c < 0x2E80 ? 1 : 1.7).sum();
			lines += Math.max(1, (int) Math.ceil(units / Math.max(1, width - 1)));
		}
		return lines;
	}

	private static CellStyle bordered(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		return style;
	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
