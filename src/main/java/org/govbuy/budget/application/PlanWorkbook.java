package org.govbuy.budget.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.budget.application.LineImportResult.RowError;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.LineStatus;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.Money;

/**
 * The 政府购买服务项目预算表 as an .xlsx workbook: written per unit or per region (numeric amount
 * cells, a 合计 row whose SUM formulas are evaluated so the file carries the totals), and
 * read back as {@link LineDraft}s from the import template, row by row with every problem
 * of a row reported against its Excel row number.
 */
public final class PlanWorkbook {

	public static final String SHEET = "政府购买服务项目预算表";

	public static final String NOTES = "填写说明";

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** More rows than a unit's plan ever has; refuses files that are not plans. */
	public static final int MAX_ROWS = 500;

	static final String NO = "序号";

	static final String UNIT = "单位名称";

	static final String PROJECT = "项目名称";

	static final String BUDGET_PROJECT = "预算项目";

	static final String CATALOG_CODE = "目录代码";

	static final String CATALOG_NAME = "目录名称";

	static final String CONTENT = "服务内容";

	static final String STANDARD = "服务标准";

	static final String QUANTITY = "数量";

	static final String AMOUNT = "本年度预算金额（元）";

	static final String LATER_YEARS = "以后年度金额（元）";

	static final String FUNDING = "资金来源";

	static final String NEW_PROJECT = "是否新增项目";

	static final String PROCUREMENT_LAW = "是否适用政府采购法";

	static final String PROCUREMENT_BUDGET = "政府采购预算金额（元）";

	static final String TARGETS = "绩效目标";

	static final String REPLACED = "费随事转金额（元）";

	static final String REPLACED_DESCRIPTION = "费随事转说明";

	static final String STATUS = "状态";

	/**
	 * The headings of the exported table of one unit ({@value #LATER_YEARS} spans one
	 * numeric column per year).
	 */
	public static final List<String> TABLE_COLUMNS = List.of(NO, PROJECT, BUDGET_PROJECT, CATALOG_CODE, CATALOG_NAME,
			CONTENT, STANDARD, QUANTITY, TARGETS, AMOUNT, LATER_YEARS, FUNDING, NEW_PROJECT, PROCUREMENT_LAW,
			PROCUREMENT_BUDGET, REPLACED, REPLACED_DESCRIPTION, STATUS);

	/** The columns of the import template. */
	public static final List<String> IMPORT_COLUMNS = List.of(NO, PROJECT, BUDGET_PROJECT, CATALOG_CODE, CONTENT,
			STANDARD, QUANTITY, AMOUNT, LATER_YEARS, FUNDING, NEW_PROJECT, TARGETS, REPLACED, REPLACED_DESCRIPTION);

	static final List<String> REQUIRED = List.of(PROJECT, CATALOG_CODE, CONTENT, AMOUNT, FUNDING);

	private static final List<String> SUMMED = List.of(AMOUNT, PROCUREMENT_BUDGET, REPLACED);

	private static final Pattern YEAR_AMOUNT = Pattern.compile("(\\d{4})\\s*年?\\s*[:：]\\s*(\\S+)");

	private static final Pattern YEAR_HEADING = Pattern.compile("(\\d{4})\\s*年度?");

	private static final Pattern TARGET_TEXT = Pattern.compile("([^：:|]+)[：:](.+)\\s+(\\S+)");

	private PlanWorkbook() {
	}

	/**
	 * A line of an import: its Excel row number and either the draft or what is wrong.
	 *
	 * @param row the row number as Excel shows it
	 * @param draft the line (null when the row has errors)
	 * @param errors what is wrong with the row
	 */
	public record ParsedRow(int row, LineDraft draft, List<RowError> errors) {

		public boolean valid() {
			return errors.isEmpty();
		}

	}

	// ---- export ----------------------------------------------------------------------

	/**
	 * The table of one unit's plan: its approved lines at their approved amounts, or with
	 * {@code all} every line (approved lines at their approved amount, the others at the
	 * amount asked for).
	 */
	public static byte[] budgetTable(Plan plan, boolean all) {
		List<PlanLine> lines = plan.lines()
			.stream()
			.filter(line -> all || line.status() == LineStatus.APPROVED)
			.toList();
		String title = plan.fiscalYear().value() + "年度" + SHEET + (all ? "（含未批复项目）" : "");
		List<Column> columns = columns(false, plan.fiscalYear().value(), List.of(plan));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			int next = header(sheet, styles, title, plan.unitName(), columns);
			int first = next;
			int seq = 1;
			for (PlanLine line : lines) {
				write(sheet.createRow(next++), styles, columns, values(seq++, null, line));
			}
			totals(sheet.createRow(next), styles, columns, "合计", first, next - 1, null);
			finish(workbook, sheet, styles, columns, next);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The table of a region: the approved lines of every plan given, with the unit's name
	 * on each line, a 小计 row per unit and a 合计 row over all units.
	 */
	public static byte[] regionTable(String regionName, int fiscalYear, List<Plan> plans) {
		List<Column> columns = columns(true, fiscalYear, plans);
		String title = fiscalYear + "年度" + SHEET + "（汇总）";
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			int next = header(sheet, styles, title, regionName, columns);
			int first = next;
			int seq = 1;
			for (Plan plan : plans) {
				List<PlanLine> approved = plan.lines()
					.stream()
					.filter(line -> line.status() == LineStatus.APPROVED)
					.toList();
				if (approved.isEmpty()) {
					continue;
				}
				int unitFirst = next;
				for (PlanLine line : approved) {
					write(sheet.createRow(next++), styles, columns, values(seq++, plan.unitName(), line));
				}
				totals(sheet.createRow(next), styles, columns, "小计", unitFirst, next - 1, plan.unitName());
				next++;
			}
			totals(sheet.createRow(next), styles, columns, "合计", first, next - 1, null);
			finish(workbook, sheet, styles, columns, next);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A column of the printed table: its heading, and for the per-year amounts of
	 * {@value #LATER_YEARS} the year under that heading.
	 *
	 * @param heading the heading (of the group, for a year)
	 * @param year the year of a 以后年度金额 column, else null
	 */
	record Column(String heading, Integer year) {

		String key() {
			return year == null ? heading : heading + year;
		}

		String subHeading() {
			return year == null ? null : year + "年度";
		}

		boolean summed() {
			return year != null || SUMMED.contains(heading);
		}

	}

	/**
	 * The columns: {@link #TABLE_COLUMNS} (with the unit for a region), 以后年度金额 as one
	 * numeric column per year of the medium-term plan (the two years after the fiscal
	 * year, and any other year a line names).
	 */
	static List<Column> columns(boolean region, int fiscalYear, List<Plan> plans) {
		java.util.SortedSet<Integer> years = new java.util.TreeSet<>(List.of(fiscalYear + 1, fiscalYear + 2));
		plans.forEach(plan -> plan.lines().forEach(line -> years.addAll(line.draft().laterYears().keySet())));
		List<Column> columns = new ArrayList<>();
		for (String heading : TABLE_COLUMNS) {
			if (heading.equals(LATER_YEARS)) {
				years.forEach(year -> columns.add(new Column(LATER_YEARS, year)));
			}
			else {
				columns.add(new Column(heading, null));
			}
			if (region && heading.equals(NO)) {
				columns.add(new Column(UNIT, null));
			}
		}
		return columns;
	}

	private static Map<String, Object> values(int seq, String unit, PlanLine line) {
		LineDraft draft = line.draft();
		Map<String, Object> values = new HashMap<>();
		values.put(NO, seq);
		values.put(UNIT, unit);
		values.put(PROJECT, draft.projectName());
		values.put(BUDGET_PROJECT, draft.budgetProject());
		values.put(CATALOG_CODE, draft.catalogCode());
		values.put(CATALOG_NAME, line.classification().catalogName());
		values.put(CONTENT, draft.serviceContent());
		values.put(STANDARD, draft.serviceStandard());
		values.put(QUANTITY, draft.quantity());
		values.put(TARGETS, draft.targets().stream().map(PlanWorkbook::targetText).collect(Collectors.joining("\n")));
		values.put(AMOUNT, line.status() == LineStatus.APPROVED ? line.approvedAmount() : draft.amount());
		draft.laterYears().forEach((year, amount) -> values.put(LATER_YEARS + year, amount));
		values.put(FUNDING, draft.fundingSource().label());
		values.put(NEW_PROJECT, draft.newProject() ? "是" : "否");
		values.put(PROCUREMENT_LAW, line.classification().procurementLaw() ? "是" : "否");
		values.put(PROCUREMENT_BUDGET, line.procurementBudget());
		values.put(REPLACED, draft.replacedExpenditure());
		values.put(REPLACED_DESCRIPTION, draft.replacedDescription());
		values.put(STATUS, line.status().label());
		return values;
	}

	/** A target as the import reads it: 指标类别|指标名称|目标值. */
	private static String targetText(PerformanceTarget target) {
		return target.category().label() + "|" + target.indicator() + "|" + target.target();
	}

	/**
	 * The title (merged, centred), the line with 编报单位 and 单位：元, and two header rows
	 * (以后年度金额 over its years; every other heading merged over both rows).
	 * @return the first data row
	 */
	private static int header(Sheet sheet, Styles styles, String title, String unit, List<Column> columns) {
		int last = columns.size() - 1;
		Row titleRow = sheet.createRow(0);
		titleRow.setHeightInPoints(30);
		Cell titleCell = titleRow.createCell(0);
		titleCell.setCellValue(title);
		titleCell.setCellStyle(styles.title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
		Row unitRow = sheet.createRow(1);
		unitRow.setHeightInPoints(20);
		Cell unitCell = unitRow.createCell(0);
		unitCell.setCellValue(UNIT_LINE + unit);
		unitCell.setCellStyle(styles.plain);
		int half = Math.max(1, last / 2);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, half));
		Cell yuan = unitRow.createCell(last - 1);
		yuan.setCellValue("单位：元");
		yuan.setCellStyle(styles.right);
		sheet.addMergedRegion(new CellRangeAddress(1, 1, last - 1, last));
		Row top = sheet.createRow(HEADER_ROW);
		Row sub = sheet.createRow(HEADER_ROW + 1);
		top.setHeightInPoints(30);
		sub.setHeightInPoints(22);
		int groupStart = -1;
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			Cell cell = top.createCell(c);
			cell.setCellStyle(styles.header);
			Cell below = sub.createCell(c);
			below.setCellStyle(styles.header);
			if (column.year() == null) {
				cell.setCellValue(column.heading());
				sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, c, c));
			}
			else {
				below.setCellValue(column.subHeading());
				if (groupStart < 0) {
					groupStart = c;
					cell.setCellValue(column.heading());
				}
				if (c == columns.size() - 1 || columns.get(c + 1).year() == null) {
					if (c > groupStart) {
						sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW, groupStart, c));
					}
					groupStart = -1;
				}
			}
		}
		return HEADER_ROW + 2;
	}

	private static void write(Row row, Styles styles, List<Column> columns, Map<String, Object> values) {
		for (int c = 0; c < columns.size(); c++) {
			Object value = values.get(columns.get(c).key());
			Cell cell = row.createCell(c);
			if (value instanceof Money money) {
				cell.setCellValue(money.amount().doubleValue());
				cell.setCellStyle(styles.money);
			}
			else if (value instanceof Integer number) {
				cell.setCellValue(number);
				cell.setCellStyle(styles.centre);
			}
			else if (value != null) {
				cell.setCellValue(value.toString());
				cell.setCellStyle(styles.text);
			}
			else {
				cell.setCellStyle(columns.get(c).summed() ? styles.money : styles.text);
			}
		}
		int lines = 1;
		for (int c = 0; c < columns.size(); c++) {
			Object value = values.get(columns.get(c).key());
			if (value instanceof String text) {
				lines = Math.max(lines, lines(text, width(columns.get(c))));
			}
		}
		// Spreadsheet programs do not grow rows of wrapped text on their own when they
		// open
		// a file: the height is set for the longest cell.
		row.setHeightInPoints(lines * LINE_HEIGHT + 3);
	}

	private static final float LINE_HEIGHT = 12.75f;

	/**
	 * How many lines a text takes in a column of the given width (in characters of the
	 * default font; a Chinese character is about two of them).
	 */
	static int lines(String text, int width) {
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) {
			double units = 0;
			for (int i = 0; i < paragraph.length(); i++) {
				units += paragraph.charAt(i) < 0x2E80 ? 1 : 1.7;
			}
			lines += Math.max(1, (int) Math.ceil(units / Math.max(1, width - 1)));
		}
		return lines;
	}

	/** The width of a column in characters of the default font. */
	static int width(Column column) {
		return column.year() != null ? 13 : switch (column.heading()) {
			case NO -> 5;
			case PROJECT, UNIT, CONTENT, STANDARD -> 20;
			case TARGETS -> 26;
			case REPLACED_DESCRIPTION, BUDGET_PROJECT, CATALOG_NAME -> 14;
			case CATALOG_CODE, STATUS, FUNDING, QUANTITY -> 9;
			case NEW_PROJECT, PROCUREMENT_LAW -> 8;
			default -> 13;
		};
	}

	/**
	 * A 合计 or 小计 row: SUM over the rows above ({@code 合计} of a region adds only its 小计
	 * rows, with SUMIF on the first column), the label in the same row as its sums.
	 */
	private static void totals(Row row, Styles styles, List<Column> columns, String label, int first, int last,
			String unit) {
		boolean region = columns.stream().anyMatch(column -> column.heading().equals(UNIT));
		for (int c = 0; c < columns.size(); c++) {
			Column column = columns.get(c);
			Cell cell = row.createCell(c);
			if (!column.summed()) {
				cell.setCellStyle(styles.totalLabel);
				continue;
			}
			cell.setCellStyle(styles.moneyBold);
			if (last < first) {
				cell.setCellValue(0);
				continue;
			}
			String letter = CellReference.convertNumToColString(c);
			String range = letter + (first + 1) + ":" + letter + (last + 1);
			if (region && "合计".equals(label)) {
				cell.setCellFormula("SUMIF(A" + (first + 1) + ":A" + (last + 1) + ",\"小计\"," + range + ")");
			}
			else {
				cell.setCellFormula("SUM(" + range + ")");
			}
		}
		row.getCell(0).setCellValue(label);
		if (unit != null) {
			row.getCell(1).setCellValue(unit);
		}
	}

	/**
	 * Totals evaluated, column widths, the signature and date line under the table, and
	 * the print set-up of the official sheet: A4 landscape, one page wide, the header
	 * rows repeated on every page, centred, page numbers in the footer.
	 */
	private static void finish(Workbook workbook, Sheet sheet, Styles styles, List<Column> columns, int totalRow) {
		FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		evaluator.evaluateAll();
		for (int c = 0; c < columns.size(); c++) {
			int width = width(columns.get(c));
			sheet.setColumnWidth(c, width * 256);
		}
		Row signatures = sheet.createRow(totalRow + 2);
		signatures.setHeightInPoints(24);
		int size = columns.size();
		for (int i = 0; i < SIGNATURES.size(); i++) {
			int from = i * size / SIGNATURES.size();
			int to = (i + 1) * size / SIGNATURES.size() - 1;
			Cell cell = signatures.createCell(from);
			cell.setCellValue(SIGNATURES.get(i));
			cell.setCellStyle(styles.plain);
			if (to > from) {
				sheet.addMergedRegion(new CellRangeAddress(totalRow + 2, totalRow + 2, from, to));
			}
		}
		sheet.createFreezePane(0, HEADER_ROW + 2);
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, -1, -1));
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(PageMargin.LEFT, 0.4);
		sheet.setMargin(PageMargin.RIGHT, 0.4);
		sheet.setMargin(PageMargin.TOP, 0.5);
		sheet.setMargin(PageMargin.BOTTOM, 0.6);
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, size - 1, 0, totalRow + 2);
	}

	/** The row of the first header row (after the title and the 编报单位 line). */
	static final int HEADER_ROW = 2;

	static final String UNIT_LINE = "编报单位：";

	/** The signature and date line under the table. */
	static final List<String> SIGNATURES = List.of("单位负责人：", "财务负责人：", "经办人：", "填报日期：    年  月  日");

	// ---- the import template
	// -----------------------------------------------------------

	/**
	 * The import template: the headers, one example row and a sheet of instructions with
	 * the allowed labels and the syntax of the composite columns.
	 */
	public static byte[] template(int fiscalYear) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Styles styles = new Styles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			Row header = sheet.createRow(0);
			for (int c = 0; c < IMPORT_COLUMNS.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(IMPORT_COLUMNS.get(c));
				cell.setCellStyle(styles.bold);
				sheet.setColumnWidth(c, (c == 0 ? 6 : 22) * 256);
			}
			Map<String, Object> example = new HashMap<>();
			example.put(NO, 1);
			example.put(PROJECT, fiscalYear + "年社区居家养老上门服务（示例，导入前请删除本行）");
			example.put(BUDGET_PROJECT, "养老服务体系建设");
			example.put(CATALOG_CODE, "A040101");
			example.put(CONTENT, "为辖区失能、半失能老人提供助餐、助洁、助浴等上门服务");
			example.put(STANDARD, "每人每月不少于20小时");
			example.put(QUANTITY, "1200人");
			example.put(AMOUNT, Money.ofYuan(800_000));
			example.put(LATER_YEARS, (fiscalYear + 1) + ":800000;" + (fiscalYear + 2) + ":800000");
			example.put(FUNDING, FundingSource.DEPARTMENT_BUDGET.label());
			example.put(NEW_PROJECT, "否");
			example.put(TARGETS, "数量指标|服务老人人数|≥1200人;满意度指标|服务对象满意度|≥90%");
			write(sheet.createRow(1), styles, IMPORT_COLUMNS.stream().map(h -> new Column(h, null)).toList(), example);
			DataValidationHelper helper = sheet.getDataValidationHelper();
			sheet.addValidationData(helper.createValidation(
					helper.createExplicitListConstraint(labels(FundingSource.values())), new CellRangeAddressList(1,
							MAX_ROWS, IMPORT_COLUMNS.indexOf(FUNDING), IMPORT_COLUMNS.indexOf(FUNDING))));
			sheet.addValidationData(helper.createValidation(
					helper.createExplicitListConstraint(new String[] { "是", "否" }), new CellRangeAddressList(1,
							MAX_ROWS, IMPORT_COLUMNS.indexOf(NEW_PROJECT), IMPORT_COLUMNS.indexOf(NEW_PROJECT))));
			sheet.createFreezePane(0, 1);
			Sheet notes = workbook.createSheet(NOTES);
			String[] lines = { "每行一个项目，第1行为表头，请勿修改表头；示例行导入前请删除。带“必填”的列：项目名称、目录代码、服务内容、本年度预算金额（元）、资金来源。",
					"目录代码：本地区本年度已发布的政府购买服务指导性目录末级条目代码，如 A040101；不在目录中的项目导入后为“待目录备案”。",
					"本年度预算金额（元）：大于0的数字，最多两位小数，不要写千位分隔符或“元”，如 800000 或 800000.50。",
					"以后年度金额（元）：跨年度项目填写，格式 年度:金额，多个年度用英文分号分隔，如 " + (fiscalYear + 1) + ":800000;" + (fiscalYear + 2)
							+ ":800000；年度须在中期财政规划期内；单年度项目不填。",
					"资金来源，可填：" + String.join("、", labels(FundingSource.values())) + "。", "是否新增项目：是 或 否，不填按“否”。",
					"绩效目标：每项写作 指标类别|指标名称|目标值，多项用英文分号分隔，如 数量指标|服务老人人数|≥1200人;满意度指标|服务对象满意度|≥90%。",
					"指标类别，可填：" + String.join("、", labels(TargetCategory.values())) + "。",
					"费随事转金额（元）：原由本单位自行提供该服务的支出，大于0时须填写费随事转说明。", "事前绩效评估（新增重大项目）和负面清单申报属性请在导入后于计划页面逐行补充。",
					"导入时逐行校验（含负面清单、指导性目录、中期财政规划等规则），任何一行有误则整个文件不导入，并列出每个出错的行号和原因；同一文件重复导入不会重复写入。" };
			for (int i = 0; i < lines.length; i++) {
				notes.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			notes.setColumnWidth(0, 120 * 256);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String[] labels(FundingSource[] sources) {
		return java.util.Arrays.stream(sources).map(FundingSource::label).toArray(String[]::new);
	}

	private static String[] labels(TargetCategory[] categories) {
		return java.util.Arrays.stream(categories).map(TargetCategory::label).toArray(String[]::new);
	}

	// ---- import ----------------------------------------------------------------------

	/**
	 * The data rows of the sheet {@value #SHEET} (or the first sheet), columns found by
	 * their headers, so an exported table reads as well as the template; 合计 and 小计 rows
	 * are skipped. Refuses files that are not readable workbooks or lack the headers.
	 */
	public static List<ParsedRow> read(byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("file", "请选择要导入的 .xlsx 文件");
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheet(SHEET) != null ? workbook.getSheet(SHEET) : workbook.getSheetAt(0);
			Reader reader = new Reader(workbook);
			int headerRow = -1;
			Map<String, Integer> columns = new HashMap<>();
			for (int r = 0; r <= Math.min(4, sheet.getLastRowNum()) && headerRow < 0; r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				for (int c = 0; c < row.getLastCellNum(); c++) {
					String name = reader.text(row.getCell(c)).replaceAll("[\\s*＊]|（必填）|\\(必填\\)", "");
					if (!name.isEmpty()) {
						columns.putIfAbsent(name, c);
					}
				}
				if (columns.containsKey(PROJECT)) {
					headerRow = r;
				}
				else {
					columns.clear();
				}
			}
			int dataStart = headerRow + 1;
			Row below = headerRow < 0 ? null : sheet.getRow(headerRow + 1);
			if (below != null) {
				for (int c = 0; c < below.getLastCellNum(); c++) {
					Matcher year = YEAR_HEADING.matcher(reader.text(below.getCell(c)));
					if (year.matches()) {
						columns.put(LATER_YEARS + year.group(1), c);
						// the heading over the years is not a column of its own
						columns.remove(LATER_YEARS);
						dataStart = headerRow + 2;
					}
				}
			}
			List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
			if (headerRow < 0 || !missing.isEmpty()) {
				throw new InvalidInputException("file",
						"表头不符合模板，缺少列：" + String.join("、", headerRow < 0 ? REQUIRED : missing) + "。请下载导入模板填写");
			}
			List<ParsedRow> rows = new ArrayList<>();
			for (int r = dataStart; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || blank(reader, row, columns)) {
					continue;
				}
				String first = columns.containsKey(NO) ? reader.text(row.getCell(columns.get(NO))) : "";
				if (first.equals("合计")) {
					// the signature and date lines follow
					break;
				}
				if (first.equals("小计")) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw new InvalidInputException("file", "一次最多导入" + MAX_ROWS + "行");
				}
				rows.add(parse(r + 1, new Cells(reader, row, columns)));
			}
			if (rows.isEmpty()) {
				throw new InvalidInputException("file", "文件中没有数据行");
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw new InvalidInputException("file", "无法读取该文件：请上传 .xlsx 格式的 Excel 工作簿（可先下载导入模板）");
		}
	}

	private static boolean blank(Reader reader, Row row, Map<String, Integer> columns) {
		return columns.values().stream().allMatch(c -> reader.text(row.getCell(c)).isEmpty());
	}

	static ParsedRow parse(int number, Cells cells) {
		List<RowError> errors = new ArrayList<>();
		String project = cells.text(PROJECT, 200, errors, number);
		String budgetProject = cells.text(BUDGET_PROJECT, 200, errors, number);
		String code = cells.text(CATALOG_CODE, 32, errors, number);
		String content = cells.text(CONTENT, 2000, errors, number);
		String standard = cells.text(STANDARD, 2000, errors, number);
		String quantity = cells.text(QUANTITY, 100, errors, number);
		String replacedDescription = cells.text(REPLACED_DESCRIPTION, 500, errors, number);
		for (String required : List.of(PROJECT, CATALOG_CODE, CONTENT)) {
			if (cells.text(required).isEmpty()) {
				errors.add(new RowError(number, required, "请填写" + required, null));
			}
		}
		Money amount = cells.money(AMOUNT, true, errors, number);
		Money replaced = cells.money(REPLACED, false, errors, number);
		FundingSource funding = null;
		String fundingText = cells.text(FUNDING);
		if (fundingText.isEmpty()) {
			errors.add(new RowError(number, FUNDING, "请填写资金来源", null));
		}
		else {
			funding = FundingSource.ofLabel(fundingText).orElse(null);
			if (funding == null) {
				errors.add(new RowError(number, FUNDING,
						"资金来源“" + fundingText + "”不正确，可填：" + String.join("、", labels(FundingSource.values())), null));
			}
		}
		boolean newProject = false;
		String newText = cells.text(NEW_PROJECT);
		if (newText.equals("是")) {
			newProject = true;
		}
		else if (!newText.isEmpty() && !newText.equals("否")) {
			errors.add(new RowError(number, NEW_PROJECT, "应填“是”或“否”", null));
		}
		SortedMap<Integer, Money> laterYears = laterYears(cells.text(LATER_YEARS), number, errors);
		for (Integer year : cells.years()) {
			Money later = cells.money(LATER_YEARS + year, false, errors, number);
			if (later != null && later.isPositive() && laterYears.put(year, later) != null) {
				errors.add(new RowError(number, LATER_YEARS, year + "年度重复填写", null));
			}
		}
		List<PerformanceTarget> targets = targets(cells.text(TARGETS), number, errors);
		if (!errors.isEmpty()) {
			return new ParsedRow(number, null,
					errors.stream().map(error -> error.withValue(cells.text(error.field()))).toList());
		}
		LineDraft draft = new LineDraft(project, empty(budgetProject), code, content, empty(standard), empty(quantity),
				amount, funding, newProject, laterYears, targets, null, replaced, empty(replacedDescription), null);
		return new ParsedRow(number, draft, List.of());
	}

	/**
	 * "2028:800000;2029:800000" (also as exported: "2028年:800000.00；2029年:800000.00").
	 */
	static SortedMap<Integer, Money> laterYears(String text, int number, List<RowError> errors) {
		SortedMap<Integer, Money> years = new TreeMap<>();
		for (String part : text.split("[;；\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			Matcher matcher = YEAR_AMOUNT.matcher(part.strip());
			Money amount = matcher.matches() ? decimal(matcher.group(2)) : null;
			if (amount == null || !amount.isPositive()) {
				errors.add(new RowError(number, LATER_YEARS,
						"“" + part.strip() + "”格式不正确，应写作 年度:金额，如 2028:800000，多个年度用分号分隔", null));
			}
			else if (years.put(Integer.parseInt(matcher.group(1)), amount) != null) {
				errors.add(new RowError(number, LATER_YEARS, matcher.group(1) + "年度重复填写", null));
			}
		}
		return years;
	}

	/**
	 * "数量指标|服务老人人数|≥1200人;满意度指标|服务对象满意度|≥90%" (also as exported: "数量指标：服务老人人数 ≥1200人；…").
	 */
	static List<PerformanceTarget> targets(String text, int number, List<RowError> errors) {
		List<PerformanceTarget> targets = new ArrayList<>();
		for (String part : text.split("[;；\\n]")) {
			if (part.isBlank()) {
				continue;
			}
			String[] pieces;
			if (part.contains("|")) {
				pieces = part.split("\\|", -1);
			}
			else {
				Matcher matcher = TARGET_TEXT.matcher(part.strip());
				pieces = matcher.matches() ? new String[] { matcher.group(1), matcher.group(2), matcher.group(3) }
						: new String[0];
			}
			if (pieces.length != 3 || pieces[1].isBlank() || pieces[2].isBlank()) {
				errors
					.add(new RowError(number, TARGETS, "“" + part.strip() + "”格式不正确，应写作 指标类别|指标名称|目标值，多项用分号分隔", null));
				continue;
			}
			TargetCategory category = TargetCategory.ofLabel(pieces[0]).orElse(null);
			if (category == null) {
				errors.add(new RowError(number, TARGETS,
						"指标类别“" + pieces[0].strip() + "”不正确，可填：" + String.join("、", labels(TargetCategory.values())),
						null));
			}
			else if (pieces[1].strip().length() > 200 || pieces[2].strip().length() > 200) {
				errors.add(new RowError(number, TARGETS, "指标名称和目标值各不超过200字", null));
			}
			else {
				targets.add(new PerformanceTarget(category, pieces[1].strip(), pieces[2].strip()));
			}
		}
		return targets;
	}

	/** A plain decimal number of yuan with at most two decimals, or null. */
	private static Money decimal(String text) {
		try {
			BigDecimal value = new BigDecimal(text.strip());
			return value.stripTrailingZeros().scale() > 2 ? null : Money.of(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String empty(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

	/** Cell reading: formulas by their value, numbers as written, text stripped. */
	static final class Reader {

		private final DataFormatter formatter = new DataFormatter();

		private final FormulaEvaluator evaluator;

		Reader(Workbook workbook) {
			this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		}

		String text(Cell cell) {
			if (cell == null) {
				return "";
			}
			CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
					: cell.getCellType();
			if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
				return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			}
			return formatter.formatCellValue(cell, evaluator).strip();
		}

	}

	/** The cells of one row by column name. */
	static final class Cells {

		private final Reader reader;

		private final Row row;

		private final Map<String, Integer> columns;

		Cells(Reader reader, Row row, Map<String, Integer> columns) {
			this.reader = reader;
			this.row = row;
			this.columns = columns;
		}

		/** The years of the 以后年度金额 columns. */
		List<Integer> years() {
			return columns.keySet()
				.stream()
				.filter(name -> name.startsWith(LATER_YEARS) && name.length() > LATER_YEARS.length())
				.map(name -> Integer.valueOf(name.substring(LATER_YEARS.length())))
				.sorted()
				.toList();
		}

		String text(String column) {
			Integer c = column == null ? null : columns.get(column);
			return c == null ? "" : reader.text(row.getCell(c));
		}

		String text(String column, int max, List<RowError> errors, int number) {
			String text = text(column);
			if (text.length() > max) {
				errors.add(new RowError(number, column, column + "不超过" + max + "字", null));
			}
			return text;
		}

		Money money(String column, boolean required, List<RowError> errors, int number) {
			String text = text(column);
			if (text.isEmpty()) {
				if (required) {
					errors.add(new RowError(number, column, "请填写" + column, null));
				}
				return null;
			}
			Money money = decimal(text);
			if (money == null) {
				errors.add(new RowError(number, column, "应为数字（最多两位小数，不写千位分隔符），不能是“" + text + "”", null));
			}
			else if (required && !money.isPositive()) {
				errors.add(new RowError(number, column, column + "须大于0", null));
			}
			else if (money.isNegative()) {
				errors.add(new RowError(number, column, column + "不能为负数", null));
			}
			return money;
		}

	}

	/** The cell styles of the official sheet: thin borders on every cell of the table. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle bold;

		final CellStyle plain;

		final CellStyle right;

		final CellStyle header;

		final CellStyle text;

		final CellStyle centre;

		final CellStyle money;

		final CellStyle moneyBold;

		final CellStyle totalLabel;

		Styles(Workbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			Font titleFont = workbook.createFont();
			titleFont.setBold(true);
			titleFont.setFontHeightInPoints((short) 16);
			short format = workbook.createDataFormat().getFormat("#,##0.00");
			this.title = workbook.createCellStyle();
			this.title.setFont(titleFont);
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.title.setVerticalAlignment(VerticalAlignment.CENTER);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.plain = workbook.createCellStyle();
			this.plain.setVerticalAlignment(VerticalAlignment.CENTER);
			this.right = workbook.createCellStyle();
			this.right.setAlignment(HorizontalAlignment.RIGHT);
			this.right.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header = bordered(workbook);
			this.header.setFont(boldFont);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setWrapText(true);
			this.text = bordered(workbook);
			this.text.setWrapText(true);
			this.centre = bordered(workbook);
			this.centre.setAlignment(HorizontalAlignment.CENTER);
			this.money = bordered(workbook);
			this.money.setDataFormat(format);
			this.moneyBold = bordered(workbook);
			this.moneyBold.setDataFormat(format);
			this.moneyBold.setFont(boldFont);
			this.totalLabel = bordered(workbook);
			this.totalLabel.setFont(boldFont);
			this.totalLabel.setAlignment(HorizontalAlignment.CENTER);
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

	}

	private static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
