package org.govbuy.budget.application;

import static org.govbuy.budget.application.PlanWorkbook.SHEET;
import static org.govbuy.budget.application.PlanWorkbook.NOTES;
import static org.govbuy.budget.application.PlanWorkbook.MAX_ROWS;
import static org.govbuy.budget.application.PlanWorkbook.NO;
import static org.govbuy.budget.application.PlanWorkbook.UNIT;
import static org.govbuy.budget.application.PlanWorkbook.HEADER_ROW;
import static org.govbuy.budget.application.PlanWorkbook.UNIT_LINE;
import static org.govbuy.budget.application.PlanWorkbook.SIGNATURES;
import static org.govbuy.budget.application.PlanWorkbook.PROJECT;
import static org.govbuy.budget.application.PlanWorkbook.BUDGET_PROJECT;
import static org.govbuy.budget.application.PlanWorkbook.CATALOG_CODE;
import static org.govbuy.budget.application.PlanWorkbook.CATALOG_NAME;
import static org.govbuy.budget.application.PlanWorkbook.CONTENT;
import static org.govbuy.budget.application.PlanWorkbook.STANDARD;
import static org.govbuy.budget.application.PlanWorkbook.QUANTITY;
import static org.govbuy.budget.application.PlanWorkbook.AMOUNT;
import static org.govbuy.budget.application.PlanWorkbook.LATER_YEARS;
import static org.govbuy.budget.application.PlanWorkbook.FUNDING;
import static org.govbuy.budget.application.PlanWorkbook.NEW_PROJECT;
import static org.govbuy.budget.application.PlanWorkbook.PROCUREMENT_LAW;
import static org.govbuy.budget.application.PlanWorkbook.PROCUREMENT_BUDGET;
import static org.govbuy.budget.application.PlanWorkbook.TARGETS;
import static org.govbuy.budget.application.PlanWorkbook.REPLACED;
import static org.govbuy.budget.application.PlanWorkbook.REPLACED_DESCRIPTION;
import static org.govbuy.budget.application.PlanWorkbook.STATUS;
import static org.govbuy.budget.application.PlanWorkbook.TABLE_COLUMNS;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.LineStatus;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.shared.Money;

/**
 * Writes the 政府购买服务项目预算表 of {@link PlanWorkbook}: the official table of a unit or a
 * region (title, 编报单位, two header rows, 小计 and 合计 rows with evaluated formulas, signature
 * line, A4 print set-up) and the import template.
 */
final class PlanSheetWriter {

	private static final List<String> SUMMED = List.of(AMOUNT, PROCUREMENT_BUDGET, REPLACED);

	private PlanSheetWriter() {
	}

	/**
	 * The table of one unit's plan: its approved lines at their approved amounts, or with
	 * {@code all} every line (approved lines at their approved amount, the others at the
	 * amount asked for).
	 */
	static byte[] budgetTable(Plan plan, boolean all) {
		List<PlanLine> lines = plan.lines()
			.stream()
			.filter(line -> all || line.status() == LineStatus.APPROVED)
			.toList();
		String title = plan.fiscalYear().value() + "年度" + SHEET + (all ? "（含未批复项目）" : "");
		List<Column> columns = columns(false, plan.fiscalYear().value(), List.of(plan));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			PlanSheetStyles styles = new PlanSheetStyles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			int next = header(sheet, styles, title, plan.unitName(), columns);
			int first = next;
			int seq = 1;
			for (PlanLine line : lines) {
				write(sheet.createRow(next++), styles, columns, values(seq++, null, line));
			}
			totals(sheet.createRow(next), styles, columns, "合计", first, next - 1, null);
			finish(workbook, sheet, styles, columns, next);
			return PlanWorkbook.bytes(workbook);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The table of a region: the approved lines of every plan given, with the unit's name
	 * on each line, a 小计 row per unit and a 合计 row over all units.
	 */
	static byte[] regionTable(String regionName, int fiscalYear, List<Plan> plans) {
		List<Column> columns = columns(true, fiscalYear, plans);
		String title = fiscalYear + "年度" + SHEET + "（汇总）";
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			PlanSheetStyles styles = new PlanSheetStyles(workbook);
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
			return PlanWorkbook.bytes(workbook);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A column of the printed table: its heading, and for the per-year amounts of
	 * {@value #LATER_YEARS} the year under that heading.
	 * @param heading the heading (of the group, for a year)
	 * @param year the year of a 以后年度金额 column, else null
	 */
	/** The columns of the 预算表 the platform fills in: not in the import template. */
	static final java.util.Set<String> COMPUTED = java.util.Set.of(CATALOG_NAME, PROCUREMENT_LAW, PROCUREMENT_BUDGET,
			STATUS);

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
		SortedSet<Integer> years = new TreeSet<>(List.of(fiscalYear + 1, fiscalYear + 2));
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
		values.put(TARGETS,
				draft.targets().stream().map(PlanSheetWriter::targetText).collect(Collectors.joining("\n")));
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
	private static int header(Sheet sheet, PlanSheetStyles styles, String title, String unit, List<Column> columns) {
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

	private static void write(Row row, PlanSheetStyles styles, List<Column> columns, Map<String, Object> values) {
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
	private static void totals(Row row, PlanSheetStyles styles, List<Column> columns, String label, int first, int last,
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
	private static void finish(Workbook workbook, Sheet sheet, PlanSheetStyles styles, List<Column> columns,
			int totalRow) {
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

	// ---- the import template ---------------------------------------------------------

	/**
	 * The import template, laid out as the 预算表 itself (title, 编报单位, 单位：元, the two header
	 * rows with a column per later year, print set-up) without the columns the platform
	 * fills in; one example row, drop-down lists for the labelled columns and a sheet of
	 * instructions. What a clerk fills in is what the export prints, and both read back
	 * through the same import.
	 */
	static byte[] template(int fiscalYear) {
		List<Column> columns = columns(false, fiscalYear, List.of()).stream()
			.filter(column -> !COMPUTED.contains(column.heading()))
			.toList();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			PlanSheetStyles styles = new PlanSheetStyles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			int next = header(sheet, styles, fiscalYear + "年度" + SHEET, "（请填写单位名称）", columns);
			Map<String, Object> example = new HashMap<>();
			example.put(NO, 1);
			example.put(PROJECT, fiscalYear + "年社区居家养老上门服务（示例，导入前请删除本行）");
			example.put(BUDGET_PROJECT, "养老服务体系建设");
			example.put(CATALOG_CODE, "A040101");
			example.put(CONTENT, "为辖区失能、半失能老人提供助餐、助洁、助浴等上门服务");
			example.put(STANDARD, "每人每月不少于20小时");
			example.put(QUANTITY, "1200人");
			example.put(AMOUNT, Money.ofYuan(800_000));
			example.put(LATER_YEARS + (fiscalYear + 1), Money.ofYuan(800_000));
			example.put(LATER_YEARS + (fiscalYear + 2), Money.ofYuan(800_000));
			example.put(FUNDING, FundingSource.DEPARTMENT_BUDGET.label());
			example.put(NEW_PROJECT, "否");
			example.put(TARGETS, "数量指标|服务老人人数|≥1200人\n满意度指标|服务对象满意度|≥90%");
			write(sheet.createRow(next), styles, columns, example);
			List<String> keys = columns.stream().map(Column::key).toList();
			DataValidationHelper helper = sheet.getDataValidationHelper();
			sheet.addValidationData(helper.createValidation(
					helper.createExplicitListConstraint(PlanWorkbook.labels(FundingSource.values())),
					new CellRangeAddressList(next, next + MAX_ROWS, keys.indexOf(FUNDING), keys.indexOf(FUNDING))));
			sheet.addValidationData(helper.createValidation(
					helper.createExplicitListConstraint(new String[] { "是", "否" }), new CellRangeAddressList(next,
							next + MAX_ROWS, keys.indexOf(NEW_PROJECT), keys.indexOf(NEW_PROJECT))));
			finish(workbook, sheet, styles, columns, next + 1);
			Sheet notes = workbook.createSheet(NOTES);
			String[] lines = { "每行一个项目，表头（第3、4行）请勿修改；示例行导入前请删除。带“必填”的列：项目名称、目录代码、服务内容、本年度预算金额（元）、资金来源。",
					"目录代码：本地区本年度已发布的政府购买服务指导性目录末级条目代码，如 A040101；不在目录中的项目导入后为“待目录备案”。目录名称、是否适用政府采购法、政府采购预算和状态由平台导入后生成。",
					"本年度预算金额（元）：大于0的数字，最多两位小数，不要写千位分隔符或“元”，如 800000 或 800000.50。",
					"以后年度金额（元）：跨年度项目在对应年度列填写金额（" + (fiscalYear + 1) + "年度、" + (fiscalYear + 2)
							+ "年度）；年度须在中期财政规划期内；单年度项目不填。",
					"资金来源，可填：" + String.join("、", PlanWorkbook.labels(FundingSource.values())) + "。",
					"是否新增项目：是 或 否，不填按“否”。",
					"绩效目标：每项写作 指标类别|指标名称|目标值，多项分行（单元格内换行）或用英文分号分隔，如 数量指标|服务老人人数|≥1200人;满意度指标|服务对象满意度|≥90%。",
					"指标类别，可填：" + String.join("、", PlanWorkbook.labels(TargetCategory.values())) + "。",
					"费随事转金额（元）：原由本单位自行提供该服务的支出，大于0时须填写费随事转说明。", "事前绩效评估（新增重大项目）和负面清单申报属性请在导入后于计划页面逐行补充。",
					"导入时逐行校验（含负面清单、指导性目录、中期财政规划等规则），任何一行有误则整个文件不导入，并列出每个出错的行号和原因；同一文件重复导入不会重复写入。",
					"本表按《政府购买服务项目预算表》格式排版，可直接打印；导出的预算表也可原样导入。" };
			for (int i = 0; i < lines.length; i++) {
				notes.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			notes.setColumnWidth(0, 120 * 256);
			return PlanWorkbook.bytes(workbook);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
