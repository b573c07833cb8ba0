package org.govbuy.budget.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.govbuy.budget.application.LineImportResult.RowError;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.TargetCategory;

/**
 * The 政府购买服务项目预算表 as an .xlsx workbook: written per unit or per region (numeric amount
 * cells, a 合计 row whose SUM formulas are evaluated so the file carries the totals), and
 * read back as {@link LineDraft}s from the import template, row by row with every problem
 * of a row reported against its Excel row number. The writing is
 * {@link PlanSheetWriter}'s, the reading {@link PlanSheetReader}'s; this class holds the
 * layout both agree on.
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

	/**
	 * The columns of the single-header-row sheets earlier templates had; the import still
	 * reads them.
	 */
	public static final List<String> IMPORT_COLUMNS = List.of(NO, PROJECT, BUDGET_PROJECT, CATALOG_CODE, CONTENT,
			STANDARD, QUANTITY, AMOUNT, LATER_YEARS, FUNDING, NEW_PROJECT, TARGETS, REPLACED, REPLACED_DESCRIPTION);

	static final List<String> REQUIRED = List.of(PROJECT, CATALOG_CODE, CONTENT, AMOUNT, FUNDING);

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

	/**
	 * The table of one unit's plan: its approved lines at their approved amounts, or with
	 * {@code all} every line (approved lines at their approved amount, the others at the
	 * amount asked for).
	 */
	public static byte[] budgetTable(Plan plan, boolean all) {
		return PlanSheetWriter.budgetTable(plan, all);
	}

	/**
	 * The table of a region: the approved lines of every plan given, with the unit's name
	 * on each line, a 小计 row per unit and a 合计 row over all units.
	 */
	public static byte[] regionTable(String regionName, int fiscalYear, List<Plan> plans) {
		return PlanSheetWriter.regionTable(regionName, fiscalYear, plans);
	}

	/**
	 * The import template: the headers, one example row and a sheet of instructions with
	 * the allowed labels and the syntax of the composite columns.
	 */
	public static byte[] template(int fiscalYear) {
		return PlanSheetWriter.template(fiscalYear);
	}

	/**
	 * The data rows of the sheet {@value #SHEET} (or the first sheet), columns found by
	 * their headers, so an exported table reads as well as the template; 合计 and 小计 rows
	 * are skipped. Refuses files that are not readable workbooks or lack the headers.
	 */
	public static List<ParsedRow> read(byte[] content) {
		return PlanSheetReader.read(content);
	}

	/** The row of the first header row (after the title and the 编报单位 line). */
	static final int HEADER_ROW = 2;

	static final String UNIT_LINE = "编报单位：";

	/** The signature and date line under the table. */
	static final List<String> SIGNATURES = List.of("单位负责人：", "财务负责人：", "经办人：", "填报日期：    年  月  日");

	static String[] labels(FundingSource[] sources) {
		return Arrays.stream(sources).map(FundingSource::label).toArray(String[]::new);
	}

	static String[] labels(TargetCategory[] categories) {
		return Arrays.stream(categories).map(TargetCategory::label).toArray(String[]::new);
	}

	static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
