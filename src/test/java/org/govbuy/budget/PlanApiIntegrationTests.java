package org.govbuy.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Annual plans through the API: the checks on lines, the split flag, line-by-line review
 * opening the funds ledger, adjustments, intentions and the 30-day rule, data scope.
 */
@IntegrationTest
class PlanApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aLineForANegativeListItemIsRefusedWithCitations() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);

		unit.post("/api/v1/plans/" + plan + "/lines", line("就业服务中心办公设备", "A0302", "300000", """
				"declared":["goods"]"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("MOF102-10-3")))
			.andExpect(jsonPath("$.violations[0].citation", containsString("第十条")));
		unit.get("/api/v1/plans/" + plan).andExpect(jsonPath("$.lines.length()").value(0));
	}

	@Test
	void aLineOutsideTheCatalogWaitsForFilingAndIsNotSubmittedRuleFS87_2_CATALOG() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);

		unit.post("/api/v1/plans/" + plan + "/lines", line("零工市场运营服务", "A039999", "200000", null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING_FILING"))
			.andExpect(jsonPath("$.catalogName").doesNotExist());
		unit.post("/api/v1/plans/" + plan + "/lines", line("高校毕业生就业见习", "A0302", "300000", null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"));

		unit.post("/api/v1/plans/" + plan + "/submit", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines[0].status").value("AWAITING_FILING"))
			.andExpect(jsonPath("$.lines[1].status").value("SUBMITTED"));
	}

	@Test
	void threeLinesOfOneItemEachBelowTheOpenTenderThresholdThatReachItTogetherAreFlaggedRuleGPLR_28() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);
		// 666,666.67 + 666,666.67 + 666,666.66 = 2,000,000.00: the threshold itself is
		// reached.
		for (String amount : List.of("666666.67", "666666.67", "666666.66")) {
			unit.post("/api/v1/plans/" + plan + "/lines", line("职业技能培训（批次）", "A0301", amount, null))
				.andExpect(status().isCreated());
		}
		String submitted = unit.post("/api/v1/plans/" + plan + "/submit", "")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> flags = JsonPath.read(submitted, "$.lines[*].splitFlag");
		assertThat(flags).hasSize(3).allSatisfy(flag -> assertThat(flag).contains("化整为零", "2,000,000.00"));
		String line = JsonPath.read(submitted, "$.lines[0].id");

		Unit reviewer = Unit.as(mvc, "reviewer.zibo");
		reviewer.post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("化整为零")));
		reviewer
			.post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{\"comment\":\"三个批次培训对象不同，分别组织，不属于化整为零\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flagDecision", containsString("不属于化整为零")));
	}

	@Test
	void linesJustBelowTheThresholdTogetherAreNotFlagged() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);
		for (String amount : List.of("1000000.00", "999999.99")) {
			unit.post("/api/v1/plans/" + plan + "/lines", line("职业技能培训（批次）", "A0301", amount, null))
				.andExpect(status().isCreated());
		}
		unit.post("/api/v1/plans/" + plan + "/submit", "")
			.andExpect(jsonPath("$.lines[0].splitFlag").doesNotExist())
			.andExpect(jsonPath("$.lines[0].procurementLaw").value(true))
			.andExpect(jsonPath("$.lines[0].procurementBudget").value(1000000.00))
			.andExpect(jsonPath("$.lines[1].procurementLaw").value(false));
	}

	@Test
	void submissionNeedsTargetsAndAnAssessmentForNewMajorLinesRulesBL_32AndMOF102_20() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);
		unit.post("/api/v1/plans/" + plan + "/lines", """
				{"projectName":"公共就业服务平台运营","catalogCode":"A0302","serviceContent":"运营","amount":5000000,
				 "fundingSource":"DEPARTMENT_BUDGET","newProject":true}""").andExpect(status().isCreated());

		unit.post("/api/v1/plans/" + plan + "/submit", "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("BL-32")))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("MOF102-20")));
		unit.get("/api/v1/plans/" + plan).andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void laterYearsBeyondTheMediumTermPlanAreRefusedRuleFS87_3_PLAN() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);
		unit.post("/api/v1/plans/" + plan + "/lines", line("就业见习（四年）", "A0302", "300000", """
				"laterYears":{"2028":300000,"2029":300000,"2030":300000}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("FS87-3-PLAN"))
			.andExpect(jsonPath("$.violations[0].message", containsString("2027—2029")));
	}

	@Test
	void approvalOpensTheFundsLedgerAndAnAdjustmentMovesItWithinWhatIsCommittedRuleBL_13() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);
		String line = unit.lineId(unit.post("/api/v1/plans/" + plan + "/lines", line("就业见习", "A0302", "500000", null)));
		unit.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		Unit reviewer = Unit.as(mvc, "reviewer.zibo");
		unit.post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}").andExpect(status().isForbidden());
		reviewer.post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}").andExpect(status().isOk());
		unit.get("/api/v1/plans/" + plan).andExpect(jsonPath("$.status").value("APPROVED"));
		unit.get("/api/v1/plans/lines/" + line + "/funds").andExpect(jsonPath("$.approved").value(500000.00));

		String adjustment = JsonPath.read(unit
			.post("/api/v1/plans/" + plan + "/lines/" + line + "/adjustments",
					"{\"newAmount\":420000,\"reason\":\"见习人数减少\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
		unit.get("/api/v1/plans/" + plan).andExpect(jsonPath("$.status").value("ADJUSTING"));
		reviewer.post("/api/v1/plans/adjustments/" + adjustment + "/decision", "{\"approve\":true,\"comment\":\"同意\"}")
			.andExpect(status().isOk());
		unit.get("/api/v1/plans/lines/" + line + "/funds").andExpect(jsonPath("$.approved").value(420000.00));
		unit.get("/api/v1/plans/" + plan + "/history")
			.andExpect(jsonPath("$[*].action", hasItem("adjustment.approved")))
			.andExpect(jsonPath("$[*].action", hasItem("line.approved")));
	}

	@Test
	void aPublishedIntentionIsPublicAndProcurementWaitsThirtyDaysRuleCK2020_10() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2026);
		String line = unit
			.lineId(unit.post("/api/v1/plans/" + plan + "/lines", line("退役军人技能培训", "A030101", "800000", null)));
		unit.get("/api/v1/plans/lines/" + line + "/procurement-start")
			.andExpect(jsonPath("$.allowed").value(false))
			.andExpect(jsonPath("$.violations[0].rule").value("BL-13"));
		unit.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		Unit.as(mvc, "reviewer.zibo")
			.post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}")
			.andExpect(status().isOk());

		unit.post("/api/v1/plans/lines/" + line + "/intention", """
				{"projectName":"2026年退役军人职业技能培训项目","demandSummary":"为退役军人开展电工、焊工等职业技能培训","expectedMonth":"2027-01"}""")
			.andExpect(status().isCreated());
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));

		mvc.perform(get("/api/v1/public/intentions"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].projectName", hasItem("2026年退役军人职业技能培训项目")));
		mvc.perform(get("/portal/intentions"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026年退役军人职业技能培训项目")));
		unit.get("/api/v1/plans/lines/" + line + "/procurement-start?on=" + today.plusDays(29))
			.andExpect(jsonPath("$.allowed").value(false))
			.andExpect(jsonPath("$.violations[0].rule").value("CK2020-10"))
			.andExpect(jsonPath("$.earliestStart").value(today.plusDays(30).toString()));
		unit.get("/api/v1/plans/lines/" + line + "/procurement-start?on=" + today.plusDays(30))
			.andExpect(jsonPath("$.allowed").value(true));
		unit.post("/api/v1/plans/lines/" + line + "/intention", """
				{"projectName":"重复","demandSummary":"重复","expectedMonth":"2027-01"}""")
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUrgentIntentionNeedsAReasonAndLetsProcurementStartAtOnce() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2026);
		String line = unit
			.lineId(unit.post("/api/v1/plans/" + plan + "/lines", line("汛期就业援助", "A0301", "200000", null)));
		unit.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		Unit.as(mvc, "reviewer.zibo")
			.post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}")
			.andExpect(status().isOk());

		unit.post("/api/v1/plans/lines/" + line + "/intention", """
				{"projectName":"汛期就业援助","demandSummary":"受灾群众临时就业援助","expectedMonth":"2026-12","urgent":true}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("不可预见")));
		unit.post("/api/v1/plans/lines/" + line + "/intention", """
				{"projectName":"汛期就业援助","demandSummary":"受灾群众临时就业援助","expectedMonth":"2026-12","urgent":true,
				 "urgentReason":"突发汛情，不可预见"}""").andExpect(status().isCreated());
		unit.get("/api/v1/plans/lines/" + line + "/procurement-start").andExpect(jsonPath("$.allowed").value(true));
	}

	@Test
	void aLineThatPushesTheDistrictPastItsCapacityIsFlaggedForTheReviewerRuleSEED004_2() throws Exception {
		// Demo: 博山区 can afford ¥6,000,000 a year; 2027 already carries ¥3,000,000 of a
		// two-year contract, and 博山区卫生健康局 asks for ¥3,500,000 more.
		Unit reviewer = Unit.as(mvc, "reviewer.zibo");
		String plans = reviewer.get("/api/v1/plans?year=2027")
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String boshan = JsonPath.<List<String>>read(plans, "$[?(@.unitName == '博山区卫生健康局')].id").get(0);
		String plan = reviewer.get("/api/v1/plans/" + boshan)
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String flag = JsonPath.<List<String>>read(plan, "$.lines[?(@.projectName == '老年人健康管理服务')].affordabilityFlag")
			.get(0);
		assertThat(flag).contains("2027年承诺支出将达", "6,500,000.00", "财政承受能力");
		String line = JsonPath.<List<String>>read(plan, "$.lines[?(@.projectName == '老年人健康管理服务')].id").get(0);
		reviewer.post("/api/v1/plans/" + boshan + "/lines/" + line + "/approve", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("财政承受能力")));
	}

	@Test
	void usersSeeOnlyTheirOwnUnitsPlansAndProvidersNone() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);
		Unit.as(mvc, "buyer.jgsw").get("/api/v1/plans/" + plan).andExpect(status().isNotFound());
		Unit.as(mvc, "finance.boshan").get("/api/v1/plans/" + plan).andExpect(status().isNotFound());
		Unit.as(mvc, "finance.zibo").get("/api/v1/plans/" + plan).andExpect(status().isOk());
		Unit.as(mvc, "provider.demo").get("/api/v1/plans/" + plan).andExpect(status().isNotFound());
		Unit.as(mvc, "provider.demo").post("/api/v1/plans", "{\"fiscalYear\":2027}").andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/plans/" + plan)).andExpect(status().isUnauthorized());
	}

	@Test
	void aLineReadIsWrittenBackUnchangedEnumsReadAndWriteTheSameValues() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);
		String line = unit.lineId(unit.post("/api/v1/plans/" + plan + "/lines",
				line("创业指导服务", "A0301", "300000",
						"\"serviceStandard\":\"每月不少于两场\",\"quantity\":\"12场\",\"newProject\":true,"
								+ "\"laterYears\":{\"2028\":300000},\"assessment\":{\"conclusion\":\"PASSED\","
								+ "\"assessedOn\":\"2026-10-10\",\"assessedBy\":\"淄博市财政局\",\"summary\":\"可行\"}")));
		Object before = JsonPath.read(
				unit.get("/api/v1/plans/" + plan).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.lines[0]");

		unit.put("/api/v1/plans/" + plan + "/lines/" + line,
				new tools.jackson.databind.json.JsonMapper().writeValueAsString(before))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fundingSource").value("DEPARTMENT_BUDGET"))
			.andExpect(jsonPath("$.fundingSourceLabel").value("部门预算"));

		Object after = JsonPath.read(
				unit.get("/api/v1/plans/" + plan).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.lines[0]");
		assertThat(after).as("GET → PUT → GET").isEqualTo(before);
	}

	@Test
	void badInputIsAClearErrorNotAServerError() throws Exception {
		Unit unit = unit("淄博市人力资源和社会保障局");
		String plan = unit.plan(2027);
		unit.post("/api/v1/plans/" + plan + "/lines", "{\"projectName\":\"x\",\"amount\":\"abc\"}")
			.andExpect(status().isBadRequest());
		unit.post("/api/v1/plans/" + plan + "/lines", "{\"projectName\":\"\",\"catalogCode\":\"A0301\",\"amount\":-1}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].message", hasItem("请填写项目名称")));
		unit.post("/api/v1/plans", "{\"fiscalYear\":1800}").andExpect(status().isBadRequest());
	}

	// ---- helpers ---------------------------------------------------------------------

	Unit unit(String name) throws Exception {
		return Unit.as(mvc, TestUnits.purchaserClerk(mvc, name, "370300"));
	}

	static String line(String name, String code, String amount, String extra) {
		return """
				{"projectName":"%s","budgetProject":"就业补助","catalogCode":"%s","serviceContent":"%s",
				 "amount":%s,"fundingSource":"DEPARTMENT_BUDGET",
				 "targets":[{"category":"OUTPUT","indicator":"服务人数","target":"≥500人"}]%s}""".formatted(name, code, name,
				amount, extra == null ? "" : "," + extra);
	}

	record Unit(MockMvc mvc, String token) {

		static Unit as(MockMvc mvc, String username) throws Exception {
			return new Unit(mvc, ApiClient.bearer(mvc, username));
		}

		String plan(int year) throws Exception {
			return JsonPath.read(post("/api/v1/plans", "{\"fiscalYear\":" + year + "}").andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8), "$.id");
		}

		String lineId(ResultActions result) throws Exception {
			return JsonPath.read(result.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8), "$.id");
		}

		ResultActions post(String url, String json) throws Exception {
			return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
				.header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json));
		}

		ResultActions put(String url, String json) throws Exception {
			return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url)
				.header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json));
		}

		ResultActions get(String url) throws Exception {
			return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
				.header("Authorization", token));
		}

	}

}
