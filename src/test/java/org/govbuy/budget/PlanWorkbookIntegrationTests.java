package org.govbuy.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.budget.application.AnnualPlans;
import org.govbuy.budget.application.PlanWorkbook;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.shared.FiscalYear;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.Workbooks;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 政府购买服务项目预算表 of 淄博市卫生健康委员会's 2027 plan: lines imported from .xlsx all or none and
 * each file once, then approved and exported with totals equal to the approved lines. The
 * methods run in order on the one plan.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanWorkbookIntegrationTests {

	/** A purchasing unit of 淄博市 that no other test class uses. */
	static final String BUYER = "buyer.wjw";

	/** Another purchasing unit of 淄博市, for the round trip from one plan into another. */
	static final String OTHER_BUYER = "buyer.rsj";

	static final List<String> HEADERS = List.of("项目名称", "预算项目", "目录代码", "服务内容", "数量", "本年度预算金额（元）", "以后年度金额（元）", "资金来源",
			"是否新增项目", "绩效目标");

	static final String TARGETS = "数量指标|服务面积|≥2万平方米;满意度指标|干部职工满意度|≥95%";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnnualPlans plans;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	@Order(1)
	void importsEveryRowOrNoneAndEachFileOnlyOnce() throws Exception {
		UUID planId = as(BUYER, () -> plans.start(FiscalYear.of(2027))).id();
		long before = lines(planId);
		String buyer = ApiClient.bearer(mvc, BUYER);
		byte[] valid = workbook(List.of(
				List.of("机关办公楼物业管理服务", "机关运行保障", "B1101", "办公楼保洁、绿化、秩序维护", "2万平方米", 480000, "2028:480000", "部门预算", "否",
						TARGETS),
				List.of("机关食堂餐饮服务", "机关运行保障", "B1102", "机关食堂早午餐供应", "600人", 360000.5, "", "部门预算", "否",
						"数量指标|就餐人数|≥600人")));

		mvc.perform(
				multipart("/api/v1/plans/" + planId + "/lines/import").file(file(valid)).header("Authorization", buyer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.alreadyImported").value(false))
			.andExpect(jsonPath("$.errors.length()").value(0));
		assertThat(lines(planId)).isEqualTo(before + 2);
		assertThat(jdbc
			.sql("select count(*) from platform.audit_event where action = 'plan.lines.import' and entity_id = :id")
			.param("id", planId.toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		mvc.perform(
				multipart("/api/v1/plans/" + planId + "/lines/import").file(file(valid)).header("Authorization", buyer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.alreadyImported").value(true))
			.andExpect(jsonPath("$.importedAt").isNotEmpty());
		assertThat(lines(planId)).isEqualTo(before + 2);
		assertThat(page(planId, file(valid))).contains("导入过本计划，未重复导入");
		assertThat(page(planId,
				new MockMultipartFile("file", "计划.xls", "application/vnd.ms-excel", new byte[] { 1, 2, 3 })))
			.contains("import-error", "请上传 .xlsx 格式");

		byte[] oneBadRow = workbook(
				List.of(List.of("机关会议服务", "机关运行保障", "B1102", "会务保障", "50场", "abc", "", "部门预算", "否", TARGETS),
						List.of("机关绿化养护", "机关运行保障", "B1101", "院内绿化养护", "1万平方米", 120000, "", "部门预算", "否", TARGETS)));
		mvc.perform(multipart("/api/v1/plans/" + planId + "/lines/import").file(file(oneBadRow))
			.header("Authorization", buyer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("导入未通过"))
			.andExpect(jsonPath("$.violations.length()").value(1))
			.andExpect(jsonPath("$.violations[0].row").value(2))
			.andExpect(jsonPath("$.violations[0].column").value("本年度预算金额（元）"))
			.andExpect(jsonPath("$.violations[0].value").value("abc"))
			.andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString("abc")))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].field").value("本年度预算金额（元）"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("abc")));
		assertThat(lines(planId)).isEqualTo(before + 2);

		mvc.perform(multipart("/api/v1/plans/" + planId + "/lines/import")
			.file(new MockMultipartFile("file", "计划.xlsx", PlanWorkbook.CONTENT_TYPE,
					"这不是Excel文件".getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", buyer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(".xlsx")));
		mvc.perform(get("/api/v1/plans/" + planId + "/budget-table.xlsx").header("Authorization",
				ApiClient.bearer(mvc, "buyer.boshan")))
			.andExpect(status().isNotFound());
	}

	@Test
	@Order(2)
	void aRowRefusedByARuleRollsBackTheRowsAddedBeforeItRuleFS87_3_PLAN() throws Exception {
		UUID planId = as(BUYER, () -> plans.start(FiscalYear.of(2027))).id();
		long before = lines(planId);
		byte[] file = workbook(List.of(
				List.of("机关绿化养护", "机关运行保障", "B1101", "院内绿化养护", "1万平方米", 120000, "", "部门预算", "否", TARGETS),
				List.of("机关物业十年服务", "机关运行保障", "B1101", "办公楼物业", "2万平方米", 100000, "2035:100000", "部门预算", "否", TARGETS)));

		mvc.perform(multipart("/api/v1/plans/" + planId + "/lines/import").file(file(file))
			.header("Authorization", ApiClient.bearer(mvc, BUYER)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].rule").value("FS87-3-PLAN"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("中期财政规划")));
		assertThat(lines(planId)).isEqualTo(before);

		assertThat(page(planId, file(file))).contains("import-errors", "FS87-3-PLAN", "均未导入",
				"/budget/plans/" + planId);
		assertThat(lines(planId)).isEqualTo(before);
	}

	@Test
	@Order(3)
	void theExportedBudgetTableOpensWithPoiAndItsTotalsEqualTheApprovedLines() throws Exception {
		Plan draft = as(BUYER, () -> plans.start(FiscalYear.of(2027)));
		UUID planId = draft.id();
		as(BUYER, () -> plans.submit(planId));
		Plan approved = as("reviewer.zibo", () -> {
			for (PlanLine line : plans.visible(planId).lines()) {
				plans.approveLine(planId, line.id(), "经审核，同意");
			}
			return plans.visible(planId);
		});
		BigDecimal approvedTotal = approved.approvedTotal().amount();
		assertThat(approvedTotal).isPositive();

		byte[] unit = mvc
			.perform(get("/api/v1/plans/" + planId + "/budget-table.xlsx").header("Authorization",
					ApiClient.bearer(mvc, BUYER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(unit))) {
			Sheet sheet = workbook.getSheet(PlanWorkbook.SHEET);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2027年度");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("编报单位：淄博市卫生健康委员会");
			Row total = sheet.getRow(totalRow(sheet));
			assertThat(amount(total, 9)).isEqualTo(approvedTotal);
			assertThat(totalRow(sheet) - 4).isEqualTo(approved.lines().size());
		}

		byte[] region = mvc
			.perform(get("/api/v1/plans/budget-table.xlsx?year=2027").header("Authorization",
					ApiClient.bearer(mvc, "finance.zibo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(region))) {
			Sheet sheet = workbook.getSheetAt(0);
			BigDecimal subtotals = BigDecimal.ZERO.setScale(2);
			List<BigDecimal> ours = new ArrayList<>();
			for (int r = 4; r < totalRow(sheet); r++) {
				Row row = sheet.getRow(r);
				if ("小计".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
					subtotals = subtotals.add(amount(row, 10));
					if ("淄博市卫生健康委员会".equals(row.getCell(1).getStringCellValue())) {
						ours.add(amount(row, 10));
					}
				}
			}
			Row total = sheet.getRow(totalRow(sheet));
			assertThat(ours).containsExactly(approvedTotal);
			assertThat(amount(total, 10)).isEqualTo(subtotals);
		}
		mvc.perform(
				get("/api/v1/plans/budget-table.xlsx?year=2027").header("Authorization", ApiClient.bearer(mvc, BUYER)))
			.andExpect(status().isForbidden());
	}

	@Test
	@Order(4)
	void anExportOfEveryLineImportsIntoAnotherPlanUnchanged() throws Exception {
		UUID source = as(BUYER, () -> plans.start(FiscalYear.of(2027))).id();
		byte[] exported = mvc
			.perform(get("/api/v1/plans/" + source + "/budget-table.xlsx?all=true").header("Authorization",
					ApiClient.bearer(mvc, BUYER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<LineDraft> expected = as(BUYER, () -> plans.visible(source)).lines()
			.stream()
			.map(line -> importable(line.draft()))
			.toList();
		assertThat(expected).isNotEmpty();
		assertThat(PlanWorkbook.read(exported)).extracting(row -> row.draft()).containsExactlyElementsOf(expected);

		UUID target = as(OTHER_BUYER, () -> plans.start(FiscalYear.of(2027))).id();
		long before = lines(target);
		mvc.perform(multipart("/api/v1/plans/" + target + "/lines/import").file(file(exported))
			.header("Authorization", ApiClient.bearer(mvc, OTHER_BUYER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(expected.size()));
		List<LineDraft> imported = as(OTHER_BUYER, () -> plans.visible(target)).lines()
			.stream()
			.skip(before)
			.map(line -> importable(line.draft()))
			.toList();
		assertThat(imported).containsExactlyElementsOf(expected);
	}

	/**
	 * What a spreadsheet carries of a line (事前绩效评估 and 负面清单申报属性 are added on the page).
	 */
	private static LineDraft importable(LineDraft draft) {
		return new LineDraft(draft.projectName(), draft.budgetProject(), draft.catalogCode(), draft.serviceContent(),
				draft.serviceStandard(), draft.quantity(), draft.amount(), draft.fundingSource(), draft.newProject(),
				draft.laterYears(), draft.targets(), null, draft.replacedExpenditure(), draft.replacedDescription(),
				null);
	}

	// ---- helpers ---------------------------------------------------------------------

	/** The row of the 合计 (the signature and date line follows it). */
	private static int totalRow(Sheet sheet) {
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && "合计".equals(new DataFormatter().formatCellValue(row.getCell(0)))) {
				return r;
			}
		}
		throw new AssertionError("no 合计 row");
	}

	private String page(UUID planId, MockMultipartFile file) throws Exception {
		return mvc
			.perform(multipart("/budget/plans/" + planId + "/import").file(file)
				.with(authentication(login(BUYER)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long lines(UUID planId) {
		return jdbc.sql("select count(*) from budget.plan_line where plan_id = :id")
			.param("id", planId)
			.query(Long.class)
			.single();
	}

	private Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

	/** Runs service calls as a demo account, the way a request would. */
	private <T> T as(String username, Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(login(username));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "卫生健康委员会2027年计划.xlsx", PlanWorkbook.CONTENT_TYPE, content);
	}

	/**
	 * A workbook with the template's header and these rows (numbers as numeric cells).
	 */
	private static byte[] workbook(List<List<Object>> rows) throws Exception {
		return Workbooks.of(PlanWorkbook.SHEET, HEADERS, rows);
	}

	private static BigDecimal amount(Row row, int column) {
		return BigDecimal.valueOf(row.getCell(column).getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
	}

}
