package org.govbuy.budget.application;

import static org.govbuy.budget.application.PlanWorkbook.SHEET;
import static org.govbuy.budget.application.PlanWorkbook.MAX_ROWS;
import static org.govbuy.budget.application.PlanWorkbook.NO;
import static org.govbuy.budget.application.PlanWorkbook.PROJECT;
import static org.govbuy.budget.application.PlanWorkbook.BUDGET_PROJECT;
import static org.govbuy.budget.application.PlanWorkbook.CATALOG_CODE;
import static org.govbuy.budget.application.PlanWorkbook.CONTENT;
import static org.govbuy.budget.application.PlanWorkbook.STANDARD;
import static org.govbuy.budget.application.PlanWorkbook.QUANTITY;
import static org.govbuy.budget.application.PlanWorkbook.AMOUNT;
import static org.govbuy.budget.application.PlanWorkbook.LATER_YEARS;
import static org.govbuy.budget.application.PlanWorkbook.FUNDING;
import static org.govbuy.budget.application.PlanWorkbook.NEW_PROJECT;
import static org.govbuy.budget.application.PlanWorkbook.TARGETS;
import static org.govbuy.budget.application.PlanWorkbook.REPLACED;
import static org.govbuy.budget.application.PlanWorkbook.REPLACED_DESCRIPTION;
import static org.govbuy.budget.application.PlanWorkbook.REQUIRED;

import java.io.ByteArrayInputStream;
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

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.budget.application.LineImportResult.RowError;
import org.govbuy.budget.application.PlanWorkbook.ParsedRow;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.Money;

/**
 * Reads a 政府购买服务项目预算表 back as {@link LineDraft}s for {@link PlanWorkbook}: columns found
 * by their headings (the template's or an exported table's), every problem of a row
 * reported against its Excel row number.
 */
final class PlanSheetReader {

	private static final Pattern YEAR_AMOUNT = Pattern.compile("(\\d{4})\\s*年?\\s*[:：]\\s*(\\S+)");

	private static final Pattern YEAR_HEADING = Pattern.compile("(\\d{4})\\s*年度?");

	private static final Pattern TARGET_TEXT = Pattern.compile("([^：:|]+)[：:](.+)\\s+(\\S+)");

	private PlanSheetReader() {
	}

	/**
	 * The data rows of the sheet {@value #SHEET} (or the first sheet), columns found by
	 * their headers, so an exported table reads as well as the template; 合计 and 小计 rows
	 * are skipped. Refuses files that are not readable workbooks or lack the headers.
	 */
	static List<ParsedRow> read(byte[] content) {
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
				if (first.equals("合计") || first.equals(PlanWorkbook.SIGNATURES.get(0))) {
					// the signature and date lines follow the totals (a template has no
					// totals)
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
				errors.add(new RowError(number, FUNDING, "资金来源“" + fundingText + "”不正确，可填："
						+ String.join("、", PlanWorkbook.labels(FundingSource.values())), null));
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
				errors.add(new RowError(number, TARGETS, "指标类别“" + pieces[0].strip() + "”不正确，可填："
						+ String.join("、", PlanWorkbook.labels(TargetCategory.values())), null));
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

}
