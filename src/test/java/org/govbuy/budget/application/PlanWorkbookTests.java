package org.govbuy.budget.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.budget.application.LineImportResult.RowError;
import org.govbuy.budget.application.PlanWorkbook.ParsedRow;
import org.govbuy.budget.domain.Actor;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineClassification;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.junit.jupiter.api.Test;

/** The 政府购买服务项目预算表 workbook: totals that equal the approved lines, and the import. */
class PlanWorkbookTests {

	static final LineClassification LAW = new LineClassification(UUID.randomUUID(), UUID.randomUUID(), 1, "社区居家养老上门服务",
			"C2301", true, false, null);

	static final LineClassification NO_LAW = new LineClassification(UUID.randomUUID(), UUID.randomUUID(), 1, "养老机构运营",
			"C2302", false, false, null);

	Actor clerk = new Actor("buyer.mzj", "刘芳", Instant.parse("2026-10-10T02:00:00Z"));

	Actor reviewer = new Actor("reviewer.zibo", "李建国", Instant.parse("2026-10-20T02:00:00Z"));

	@Test
	void theUnitTableListsApprovedLinesWithTotalsEqualToTheApprovedAmounts() throws IOException {
		Plan plan = plan("淄博市民政局");
		PlanLine first = plan.addLine(line("居家养老", "800000.50", 2028, 800_000), LAW, clerk);
		PlanLine second = plan.addLine(line("机构运营", "600000.25", null, 0), NO_LAW, clerk);
		PlanLine third = plan.addLine(line("能力评估", "300000", null, 0), NO_LAW, clerk);
		plan.submit(clerk);
		plan.approveLine(first.id(), "同意", reviewer);
		plan.approveLine(second.id(), "同意", reviewer);
		plan.returnLine(third.id(), "请核减", reviewer);

		try (XSSFWorkbook workbook = open(PlanWorkbook.budgetTable(plan, false))) {
			Sheet sheet = workbook.getSheet(PlanWorkbook.SHEET);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2027年度政府购买服务项目预算表");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("编报单位：淄博市民政局");
			assertThat(texts(sheet.getRow(2)).stream().filter(text -> !text.isEmpty()))
				.containsExactlyElementsOf(PlanWorkbook.TABLE_COLUMNS);
			Row row = sheet.getRow(4);
			assertThat(text(row, column(sheet, "项目名称"))).isEqualTo("居家养老");
			assertThat(text(row, column(sheet, "目录名称"))).isEqualTo("社区居家养老上门服务");
			assertThat(text(row, column(sheet, "服务标准"))).isEqualTo("每月不少于20小时");
			assertThat(amount(row, year(sheet, 2028))).isEqualTo(new BigDecimal("800000.00"));
			assertThat(row.getCell(year(sheet, 2029)).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(text(row, column(sheet, "是否适用政府采购法"))).isEqualTo("是");
			assertThat(amount(row, column(sheet, "政府采购预算金额（元）"))).isEqualTo(new BigDecimal("1600000.50"));
			assertThat(text(row, column(sheet, "绩效目标"))).isEqualTo("数量指标|服务老人人数|≥1200人\n满意度指标|服务对象满意度|≥90%");
			assertThat(text(sheet.getRow(5), column(sheet, "是否适用政府采购法"))).isEqualTo("否");
			Row total = sheet.getRow(6);
			int amount = column(sheet, "本年度预算金额（元）");
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(total.getCell(amount).getCellFormula()).isEqualTo("SUM(J5:J6)");
			assertThat(amount(total, amount)).isEqualTo(plan.approvedTotal().amount())
				.isEqualTo(new BigDecimal("1400000.75"));
			assertThat(amount(total, column(sheet, "政府采购预算金额（元）"))).isEqualTo(new BigDecimal("1600000.50"));
			assertThat(amount(total, year(sheet, 2028))).isEqualTo(new BigDecimal("800000.00"));
			assertThat(texts(sheet.getRow(8)).stream().filter(text -> !text.isEmpty()))
				.containsExactlyElementsOf(PlanWorkbook.SIGNATURES);
		}
	}

	@Test
	void theTableIsLaidOutAsTheOfficialSheetAFinanceOfficerPrints() throws IOException {
		Plan plan = plan("淄博市民政局");
		plan.addLine(line("居家养老", "800000", 2028, 700_000), LAW, clerk);

		try (XSSFWorkbook workbook = open(PlanWorkbook.budgetTable(plan, true))) {
			XSSFSheet sheet = workbook.getSheet(PlanWorkbook.SHEET);
			int last = sheet.getRow(2).getLastCellNum() - 1;
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:4"));
			assertThat(sheet.getFooter().getCenter()).contains("&P", "&N");
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, last));
			assertThat(sheet.getRow(0).getCell(0).getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.CENTER);
			assertThat(texts(sheet.getRow(1))).contains("单位：元");
			int later = year(sheet, 2028);
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(2, 2, later, later + 1));
			for (int r = 2; r <= 5; r++) {
				for (int c = 0; c <= last; c++) {
					CellStyle style = sheet.getRow(r).getCell(c).getCellStyle();
					assertThat(List.of(style.getBorderTop(), style.getBorderBottom(), style.getBorderLeft(),
							style.getBorderRight()))
						.as("border of row %d column %d", r + 1, c + 1)
						.containsOnly(BorderStyle.THIN);
				}
			}
			Cell amount = sheet.getRow(4).getCell(column(sheet, "本年度预算金额（元）"));
			assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(sheet.getRow(4).getCell(later).getNumericCellValue()).isEqualTo(700_000d);
			assertThat(workbook.getPrintArea(0)).isEqualTo(PlanWorkbook.SHEET + "!$A$1:$S$8");
		}
	}

	@Test
	void anExportedPlanReadsBackThroughTheImportCellByCell() throws IOException {
		Plan plan = plan("淄博市民政局");
		List<LineDraft> drafts = List.of(line("居家养老", "800000.50", 2028, 800_000),
				new LineDraft("机关食堂", null, "B1102", "机关食堂餐饮服务", null, null, Money.of("360000"),
						FundingSource.SPECIAL_FUND, true, null,
						List.of(new PerformanceTarget(TargetCategory.QUALITY, "食品安全 事故", "0 起")), null,
						Money.ofYuan(300_000), "原自聘炊事员经费", null),
				new LineDraft("会议服务", "机关运行保障", "B1103", "会务保障", "全年不少于 40 场", "40场", Money.of("120000.05"),
						FundingSource.CASE_BY_CASE, false,
						new TreeMap<>(java.util.Map.of(2028, Money.of("1.01"), 2029, Money.ofYuan(130_000))), List.of(),
						null, null, null, null));
		drafts.forEach(draft -> plan.addLine(draft, LAW, clerk));
		byte[] exported = PlanWorkbook.budgetTable(plan, true);

		List<ParsedRow> rows = PlanWorkbook.read(exported);

		assertThat(rows).allSatisfy(row -> assertThat(row.errors()).isEmpty());
		assertThat(rows).extracting(ParsedRow::draft).containsExactlyElementsOf(drafts);
		Plan reimported = plan("淄博市民政局");
		rows.forEach(row -> reimported.addLine(row.draft(), LAW, clerk));
		try (XSSFWorkbook before = open(exported);
				XSSFWorkbook after = open(PlanWorkbook.budgetTable(reimported, true))) {
			assertThat(cells(after.getSheetAt(0))).isEqualTo(cells(before.getSheetAt(0)));
		}
	}

	@Test
	void anExportedRegionTableReadsBackWithoutItsSubtotalsTotalsOrSignatures() throws IOException {
		Plan civil = approved(plan("淄博市民政局"), "800000", "600000");
		Plan health = approved(plan("淄博市卫生健康委员会"), "250000.10");

		List<ParsedRow> rows = PlanWorkbook.read(PlanWorkbook.regionTable("淄博市", 2027, List.of(civil, health)));

		assertThat(rows).extracting(row -> row.draft().projectName()).containsExactly("项目0", "项目1", "项目0");
		assertThat(rows).extracting(ParsedRow::row).containsExactly(5, 6, 8);
	}

	@Test
	void theWorkingCopyOfAUnitListsEveryLineAtItsAmount() throws IOException {
		Plan plan = plan("淄博市民政局");
		plan.addLine(line("居家养老", "800000", null, 0), LAW, clerk);
		plan.addLine(line("机构运营", "600000", null, 0), NO_LAW, clerk);

		try (XSSFWorkbook workbook = open(PlanWorkbook.budgetTable(plan, true))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("含未批复项目");
			assertThat(text(sheet.getRow(4), column(sheet, "状态"))).isEqualTo("草稿");
			assertThat(amount(sheet.getRow(6), column(sheet, "本年度预算金额（元）"))).isEqualTo(new BigDecimal("1400000.00"));
		}
		try (XSSFWorkbook workbook = open(PlanWorkbook.budgetTable(plan, false))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row total = sheet.getRow(4);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(amount(total, column(sheet, "本年度预算金额（元）"))).isEqualTo(new BigDecimal("0.00"));
		}
	}

	@Test
	void theRegionTableHasASubtotalPerUnitAndAGrandTotal() throws IOException {
		Plan civil = approved(plan("淄博市民政局"), "800000", "600000");
		Plan health = approved(plan("淄博市卫生健康委员会"), "250000.10");
		Plan empty = plan("淄博市残疾人联合会");

		try (XSSFWorkbook workbook = open(PlanWorkbook.regionTable("淄博市", 2027, List.of(civil, health, empty)))) {
			Sheet sheet = workbook.getSheetAt(0);
			int amount = column(sheet, "本年度预算金额（元）");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2027年度政府购买服务项目预算表（汇总）");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("编报单位：淄博市");
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("单位名称");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("淄博市民政局");
			assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("小计");
			assertThat(amount(sheet.getRow(6), amount)).isEqualTo(new BigDecimal("1400000.00"));
			assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo("淄博市卫生健康委员会");
			assertThat(amount(sheet.getRow(8), amount)).isEqualTo(new BigDecimal("250000.10"));
			Row total = sheet.getRow(9);
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(amount(total, amount)).isEqualTo(civil.approvedTotal().plus(health.approvedTotal()).amount());
			assertThat(sheet.getLastRowNum()).isEqualTo(11);
		}
	}

	@Test
	void theTemplateReadsBackAsItsExampleLineAndExplainsTheLabels() throws IOException {
		byte[] template = PlanWorkbook.template(2027);
		List<ParsedRow> rows = PlanWorkbook.read(template);

		assertThat(rows).hasSize(1);
		LineDraft draft = rows.get(0).draft();
		assertThat(rows.get(0).row()).as("below the title, the 编报单位 line and two header rows").isEqualTo(5);
		assertThat(draft.catalogCode()).isEqualTo("A040101");
		assertThat(draft.amount()).isEqualTo(Money.ofYuan(800_000));
		assertThat(draft.fundingSource()).isEqualTo(FundingSource.DEPARTMENT_BUDGET);
		assertThat(draft.laterYears()).containsEntry(2028, Money.ofYuan(800_000))
			.containsEntry(2029, Money.ofYuan(800_000));
		assertThat(draft.targets()).containsExactly(new PerformanceTarget(TargetCategory.OUTPUT, "服务老人人数", "≥1200人"),
				new PerformanceTarget(TargetCategory.SATISFACTION, "服务对象满意度", "≥90%"));
		try (XSSFWorkbook workbook = open(template)) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2027年度政府购买服务项目预算表");
			List<String> cells = new ArrayList<>();
			sheet.forEach(row -> cells.addAll(texts(row)));
			assertThat(cells).contains("单位：元", "2028年度", "2029年度")
				.anyMatch(text -> text.startsWith("编报单位："))
				.doesNotContain("目录名称", "政府采购预算");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			String notes = texts(workbook.getSheet(PlanWorkbook.NOTES)).toString();
			assertThat(notes).contains("部门预算、专项资金、一事一议")
				.contains("数量指标、质量指标、时效指标、成本指标、效益指标、满意度指标")
				.contains("指标类别|指标名称|目标值");
		}
	}

	@Test
	void readsRowsIntoLineDrafts() throws IOException {
		byte[] file = sheet(
				List.of("项目名称", "预算项目", "目录代码", "服务内容", "数量", "本年度预算金额（元）", "以后年度金额（元）", "资金来源", "是否新增项目", "绩效目标",
						"费随事转金额（元）", "费随事转说明"),
				List.of(List.of("物业管理", "机关运行保障", "B1101", "办公楼物业管理服务", "2万平方米", 480000.5,
						"2028:480000；2029年:490000.00", "部门预算", "是", "数量指标|服务面积|≥2万平方米;满意度指标|干部职工满意度|≥95%", 300000,
						"原自聘保洁人员经费")));

		List<ParsedRow> rows = PlanWorkbook.read(file);

		assertThat(rows).hasSize(1);
		LineDraft draft = rows.get(0).draft();
		assertThat(draft.projectName()).isEqualTo("物业管理");
		assertThat(draft.budgetProject()).isEqualTo("机关运行保障");
		assertThat(draft.quantity()).isEqualTo("2万平方米");
		assertThat(draft.amount()).isEqualTo(Money.of("480000.50"));
		assertThat(draft.newProject()).isTrue();
		assertThat(draft.laterYears()).containsExactlyEntriesOf(
				new TreeMap<>(java.util.Map.of(2028, Money.ofYuan(480_000), 2029, Money.ofYuan(490_000))));
		assertThat(draft.targets()).hasSize(2).first().extracting(PerformanceTarget::indicator).isEqualTo("服务面积");
		assertThat(draft.replacedExpenditure()).isEqualTo(Money.ofYuan(300_000));
		assertThat(draft.replacedDescription()).isEqualTo("原自聘保洁人员经费");
	}

	@Test
	void anExportedWorkingCopyReadsBackAsItsLines() throws IOException {
		Plan plan = plan("淄博市民政局");
		plan.addLine(line("居家养老", "800000", 2028, 700_000), LAW, clerk);

		List<ParsedRow> rows = PlanWorkbook.read(PlanWorkbook.budgetTable(plan, true));

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).row()).isEqualTo(5);
		assertThat(rows.get(0).draft().laterYears()).containsEntry(2028, Money.ofYuan(700_000));
		assertThat(rows.get(0).draft().targets()).isEqualTo(plan.lines().get(0).draft().targets());
	}

	@Test
	void reportsEveryBadRowWithItsExcelRowNumber() throws IOException {
		byte[] file = sheet(List.of("项目名称", "目录代码", "服务内容", "本年度预算金额（元）", "资金来源", "以后年度金额（元）", "绩效目标"),
				List.of(List.of("物业管理", "B1101", "办公楼物业", "abc", "部门预算", "", ""),
						List.of("餐饮服务", "B1102", "机关食堂", 360000, "自筹资金", "2028年八十万", "数量|就餐人数"),
						List.of("会议服务", "B1103", "会务保障", 120000, "专项资金", "", ""),
						List.of("", "B1104", "", -5, "一事一议", "", "")));

		List<ParsedRow> rows = PlanWorkbook.read(file);

		assertThat(rows).extracting(ParsedRow::row).containsExactly(2, 3, 4, 5);
		assertThat(rows.get(0).errors()).singleElement().satisfies(error -> {
			assertThat(error.field()).isEqualTo("本年度预算金额（元）");
			assertThat(error.message()).contains("abc");
		});
		assertThat(rows.get(1).errors()).extracting(RowError::field).containsExactly("资金来源", "以后年度金额（元）", "绩效目标");
		assertThat(rows.get(1).errors().get(0).message()).contains("自筹资金").contains("部门预算、专项资金、一事一议");
		assertThat(rows.get(2).valid()).isTrue();
		assertThat(rows.get(3).errors()).extracting(RowError::field).contains("项目名称", "服务内容", "本年度预算金额（元）");
		assertThat(rows.get(3).errors()).extracting(RowError::row).containsOnly(5);
	}

	@Test
	void amountsWithMoreThanTwoDecimalsOrSeparatorsAreRefused() throws IOException {
		byte[] file = sheet(List.of("项目名称", "目录代码", "服务内容", "本年度预算金额（元）", "资金来源"),
				List.of(List.of("物业管理", "B1101", "办公楼物业", "480,000", "部门预算"),
						List.of("餐饮服务", "B1102", "机关食堂", 0.005, "部门预算"), List.of("会议服务", "B1103", "会务保障", 0, "部门预算")));

		assertThat(PlanWorkbook.read(file)).allSatisfy(row -> assertThat(row.valid()).isFalse());
	}

	@Test
	void refusesFilesThatAreNotWorkbooksOrLackTheHeaders() throws IOException {
		assertThatThrownBy(() -> PlanWorkbook.read("项目名称,金额\n物业,1".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(".xlsx");
		assertThatThrownBy(() -> PlanWorkbook.read(new byte[0])).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> PlanWorkbook.read(sheet(List.of("名称", "金额"), List.of(List.of("物业", 1)))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("表头");
		assertThatThrownBy(() -> PlanWorkbook.read(sheet(List.of("项目名称", "目录代码", "服务内容", "资金来源"), List.of())))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("本年度预算金额（元）");
		assertThatThrownBy(
				() -> PlanWorkbook.read(sheet(List.of("项目名称", "目录代码", "服务内容", "本年度预算金额（元）", "资金来源"), List.of())))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("没有数据行");
	}

	// ---- fixtures --------------------------------------------------------------------

	private Plan plan(String unit) {
		return Plan.start(UUID.randomUUID(), unit, new RegionCode("370300"), FiscalYear.of(2027), clerk);
	}

	private Plan approved(Plan plan, String... amounts) {
		List<PlanLine> lines = new ArrayList<>();
		for (int i = 0; i < amounts.length; i++) {
			lines.add(plan.addLine(line("项目" + i, amounts[i], null, 0), NO_LAW, clerk));
		}
		plan.submit(clerk);
		lines.forEach(line -> plan.approveLine(line.id(), "同意", reviewer));
		return plan;
	}

	static LineDraft line(String name, String amount, Integer laterYear, long laterAmount) {
		TreeMap<Integer, Money> later = new TreeMap<>();
		if (laterYear != null) {
			later.put(laterYear, Money.ofYuan(laterAmount));
		}
		return new LineDraft(name, "养老服务体系建设", "A040101", "为失能老人提供上门服务", "每月不少于20小时", "1200人", Money.of(amount),
				FundingSource.DEPARTMENT_BUDGET, false, later,
				List.of(new PerformanceTarget(TargetCategory.OUTPUT, "服务老人人数", "≥1200人"),
						new PerformanceTarget(TargetCategory.SATISFACTION, "服务对象满意度", "≥90%")),
				null, null, null, Set.of());
	}

	/**
	 * A one-sheet workbook: headers in row 1, then the rows (numbers as numeric cells).
	 */
	static byte[] sheet(List<String> headers, List<List<Object>> rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(PlanWorkbook.SHEET);
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				header.createCell(c).setCellValue(headers.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					Object value = rows.get(r).get(c);
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static XSSFWorkbook open(byte[] content) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(content));
	}

	/** A numeric cell's value (a formula's cached value), to the fen. */
	static BigDecimal amount(Row row, int column) {
		return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
	}

	/** The column of a heading in the header row (row 3). */
	static int column(Sheet sheet, String heading) {
		for (Cell cell : sheet.getRow(2)) {
			if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(heading)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + heading);
	}

	/** The column of a year under 以后年度金额（元） (row 4). */
	static int year(Sheet sheet, int year) {
		for (Cell cell : sheet.getRow(3)) {
			if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(year + "年度")) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no year " + year);
	}

	private static String text(Row row, int column) {
		return row.getCell(column).getStringCellValue();
	}

	/** Every cell of a sheet as shown, row by row (empty cells as ""). */
	static List<List<String>> cells(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			List<String> cells = new ArrayList<>();
			for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
				Cell cell = row.getCell(c);
				cells.add(cell == null ? "" : cell.getCellType() == CellType.FORMULA
						? cell.getCellFormula() + "=" + cell.getNumericCellValue() : formatter.formatCellValue(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
		return texts;
	}

	private static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		sheet.forEach(row -> texts.add(row.getCell(0).getStringCellValue()));
		return texts;
	}

}
