package org.govbuy.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.support.ApiCaller;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A procurement from an approved, publicly intended budget line to award and challenge:
 * bids stay sealed for everyone until the deadline, the panel scores, the ranking
 * decides.
 */
@IntegrationTest
class ProcurementIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcurementAwards awards;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void bidsAreSealedForEveryRoleUntilTheDeadlineThenThePanelScoresAndTheRankingDecides() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "社区居家养老上门服务（采购测试）", "1200000");

		// Too early: the intention has been public for less than 30 days.
		buyer.post("/api/v1/procurements", project(line, "1200000"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("CK2020-10")));

		clock.set(clock.instant().plus(Duration.ofDays(31)));
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		String project = JsonPath.read(body(buyer.post("/api/v1/procurements", project(line, "1200000"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))), "$.id");
		buyer.get("/api/v1/plans/lines/" + line + "/funds").andExpect(jsonPath("$.reserved").value(1200000.00));

		// 磋商: at least 10 days from the documents to the first response (CK214-10).
		buyer.post("/api/v1/procurements/" + project + "/announce", announce(today, today.plusDays(9).atTime(9, 30)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("CK214-10"));
		// 10 days, and the documents on sale for 5 working days: the earliest lawful
		// deadline.
		LocalDateTime deadline = LocalDate.parse(JsonPath.read(
				body(buyer.get("/api/v1/procurements/timetable?method=COMPETITIVE_CONSULTATION&issued=" + today)),
				"$.earliestResponseDeadline"))
			.atTime(9, 30);
		buyer.post("/api/v1/procurements/" + project + "/announce", announce(today, deadline))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ANNOUNCED"));
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/procurement-notices"))
			.andExpect(jsonPath("$[*].title", hasItem(containsString("社区居家养老上门服务（采购测试）"))));

		Map<String, String> prices = Map.of("provider.demo", "1100000", "provider.wenhua", "1050000", "provider.juwei",
				"980000");
		for (var bid : prices.entrySet()) {
			ApiCaller.as(mvc, bid.getKey())
				.post("/api/v1/procurements/" + project + "/bids",
						"{\"price\":" + bid.getValue() + ",\"proposal\":\"服务方案：配备护理员30名，24小时响应\"}")
				.andExpect(status().isCreated());
		}
		assertThat(jdbc.sql("select sealed from procurement.bid where project_id = cast(:p as uuid)")
			.param("p", project)
			.query(byte[].class)
			.list()).hasSize(3)
			.allSatisfy(sealed -> assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1100000",
					"980000"));

		// Before the deadline nobody reads a bid: purchaser, finance, admin, bidders,
		// experts.
		for (String username : List.of("admin", "reviewer.zibo", "provider.demo")) {
			ApiCaller.as(mvc, username)
				.get("/api/v1/procurements/" + project + "/bids/contents")
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail", containsString("不得查看")));
		}
		buyer.get("/api/v1/procurements/" + project + "/bids/contents").andExpect(status().isForbidden());
		ApiCaller.as(mvc, "expert.demo")
			.get("/api/v1/procurements/" + project + "/bids/contents")
			.andExpect(status().isNotFound());
		// Not even who or how many: the purchaser sees no bidder before the deadline.
		buyer.get("/api/v1/procurements/" + project + "/bids").andExpect(jsonPath("$.length()").value(0));
		buyer
			.post("/api/v1/procurements/" + project + "/panel",
					"{\"members\":[\"expert.demo\",\"expert.li\",\"expert.sun\"]}")
			.andExpect(status().isBadRequest());

		// After the deadline: no more bids; the panel opens and scores.
		clock.set(deadline.plusMinutes(1).atZone(CHINA).toInstant());
		ApiCaller.as(mvc, "provider.xinhe")
			.post("/api/v1/procurements/" + project + "/bids", "{\"price\":900000,\"proposal\":\"迟到\"}")
			.andExpect(status().isBadRequest());
		buyer.post("/api/v1/procurements/" + project + "/panel", "{\"members\":[\"expert.demo\",\"expert.li\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF87-47"));
		buyer
			.post("/api/v1/procurements/" + project + "/panel",
					"{\"members\":[\"expert.demo\",\"expert.li\",\"expert.sun\"]}")
			.andExpect(jsonPath("$.status").value("EVALUATING"));
		ApiCaller.as(mvc, "reviewer.zibo")
			.get("/api/v1/procurements/" + project + "/bids/contents")
			.andExpect(status().isForbidden());
		String contents = body(
				ApiCaller.as(mvc, "expert.demo").get("/api/v1/procurements/" + project + "/bids/contents"));
		assertThat(JsonPath.<List<Double>>read(contents, "$[*].price")).containsExactlyInAnyOrder(1100000.0, 1050000.0,
				980000.0);
		Map<String, Integer> technical = Map.of("淄博市颐康居家养老服务中心", 62, "淄博市文化艺术服务中心", 60, "张店区车站街道和平社区居民委员会", 55);
		for (String expert : List.of("expert.demo", "expert.li", "expert.sun")) {
			ApiCaller member = ApiCaller.as(mvc, expert);
			String bid = JsonPath.read(contents, "$[0].id");
			member.post("/api/v1/procurements/" + project + "/bids/" + bid + "/score", "{\"technical\":60}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.detail", containsString("回避声明")));
			member.post("/api/v1/procurements/" + project + "/declaration", "").andExpect(status().isOk());
			for (int i = 0; i < 3; i++) {
				String id = JsonPath.read(contents, "$[" + i + "].id");
				String provider = JsonPath.read(contents, "$[" + i + "].providerName");
				member
					.post("/api/v1/procurements/" + project + "/bids/" + id + "/score",
							"{\"technical\":" + technical.get(provider) + "}")
					.andExpect(status().isOk());
			}
		}
		String reported = body(buyer.post("/api/v1/procurements/" + project + "/report", "")
			.andExpect(jsonPath("$.status").value("EVALUATED")));
		String ranking = body(buyer.get("/api/v1/procurements/" + project + "/bids"));
		// 颐康 62 + 30×980000/1100000 = 88.73; 文化艺术 60 + 28.00 = 88.00; 居委会 55 + 30 = 85.00
		assertThat(JsonPath.<String>read(ranking, "$[0].providerName")).isEqualTo("淄博市颐康居家养老服务中心");
		assertThat(JsonPath.<Double>read(ranking, "$[0].totalScore")).isEqualTo(88.73);
		assertThat(JsonPath.<Integer>read(ranking, "$[2].rank")).isEqualTo(3);
		assertThat(reported).contains("EVALUATED");

		String second = JsonPath.read(ranking, "$[1].id");
		buyer.post("/api/v1/procurements/" + project + "/award", "{\"bidId\":\"" + second + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("GPLR-43"));
		String winner = JsonPath.read(ranking, "$[0].id");
		buyer.post("/api/v1/procurements/" + project + "/award", "{\"bidId\":\"" + winner + "\"}")
			.andExpect(jsonPath("$.status").value("AWARDED"));
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/procurement-notices"))
			.andExpect(jsonPath("$[?(@.kind == 'RESULT')].body", hasItem(containsString("淄博市颐康居家养老服务中心"))));

		// A losing bidder challenges the result; a stranger cannot; the purchaser
		// answers.
		ApiCaller.as(mvc, "provider.xinhe")
			.post("/api/v1/procurements/" + project + "/challenges", "{\"subject\":\"RESULT\",\"content\":\"不服\"}")
			.andExpect(status().isForbidden());
		String challenge = JsonPath.read(body(ApiCaller.as(mvc, "provider.wenhua")
			.post("/api/v1/procurements/" + project + "/challenges",
					"{\"subject\":\"RESULT\",\"content\":\"成交供应商护理员资质证明不全，请求复核\"}")
			.andExpect(status().isCreated())), "$.id");
		assertThat(awards.award(java.util.UUID.fromString(project))).hasValueSatisfying(award -> {
			assertThat(award.providerName()).isEqualTo("淄博市颐康居家养老服务中心");
			assertThat(award.challengePending()).as("the contract waits for the answer").isTrue();
		});
		buyer
			.post("/api/v1/procurements/challenges/" + challenge + "/answer",
					"{\"answer\":\"经复核，成交供应商护理员资质证明齐全，质疑不成立\"}")
			.andExpect(jsonPath("$.status").value("ANSWERED"));
		assertThat(awards.award(java.util.UUID.fromString(project)).orElseThrow().challengePending()).isFalse();
		ApiCaller.as(mvc, "provider.wenhua")
			.get("/api/v1/procurements/" + project + "/challenges")
			.andExpect(jsonPath("$[0].answer", containsString("质疑不成立")));
	}

	@Test
	void aTerminatedProcurementGivesItsReservationBack() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "老年助餐服务（终止测试）", "600000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		String project = JsonPath.read(
				body(buyer.post("/api/v1/procurements", project(line, "500000")).andExpect(status().isCreated())),
				"$.id");
		buyer.get("/api/v1/plans/lines/" + line + "/funds").andExpect(jsonPath("$.reserved").value(500000.00));

		buyer.post("/api/v1/procurements/" + project + "/terminate", "{\"reason\":\"\"}")
			.andExpect(status().isBadRequest());
		buyer.post("/api/v1/procurements/" + project + "/terminate", "{\"reason\":\"服务需求发生重大变化\"}")
			.andExpect(jsonPath("$.status").value("FAILED"));
		buyer.get("/api/v1/plans/lines/" + line + "/funds")
			.andExpect(jsonPath("$.reserved").value(0))
			.andExpect(jsonPath("$.approved").value(600000.00));
	}

	@Test
	void aProcurementBeyondTheLinesAvailableMoneyIsRefusedRuleBL_13() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "养老机构运营（超预算测试）", "300000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		buyer.post("/api/v1/procurements", project(line, "300000.01"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("BL-13")));
		ApiCaller.as(mvc, "buyer.jgsw")
			.post("/api/v1/procurements", project(line, "1000"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("BL-13"))
			.andExpect(jsonPath("$.violations[0].message", containsString("不属于本单位")));
		buyer.post("/api/v1/procurements", project(java.util.UUID.randomUUID().toString(), "1000"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("BL-13"));
	}

	@Test
	void aProcurementThatBuysGoodsSaidInOtherWordsIsRefusedWithTheTriggeringWordsRuleFS87_2_1() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "养老机构运营（筛查测试）", "300000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		buyer
			.post("/api/v1/procurements",
					project(line, "300000").replace("社区居家养老上门服务（采购测试）", "办公电脑及打印机采购")
						.replace("为失能老人提供助餐、助浴、助洁上门服务", "采购台式电脑20台、打印机5台"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("FS87-2-1")))
			.andExpect(jsonPath("$.violations[*].message", hasItem(containsString("“打印机”"))));
	}

	@Test
	void aMaximumPriceAboveTheDisclosedBudgetIsRefusedRuleGPLR_30() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "养老服务评估（限价测试）", "400000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		buyer
			.post("/api/v1/procurements",
					project(line, "400000").replace("\"priceWeight\"", "\"maxPrice\":450000,\"priceWeight\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("GPLR-30")));
	}

	@Test
	void aBidDepositAboveTwoPercentOfTheBudgetIsRefusedRuleGPLR_33() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "居家养老（保证金测试）", "1000000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		buyer
			.post("/api/v1/procurements",
					with(project(line, "1000000"), "\"deposit\":20000.01,\"depositForm\":\"GUARANTEE\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("GPLR-33")));
		buyer
			.post("/api/v1/procurements",
					with(project(line, "1000000"), "\"deposit\":20000,\"depositForm\":\"GUARANTEE\""))
			.andExpect(status().isCreated());
	}

	@Test
	void aPublicServiceToThePublicNeedsASurveyOfThreePartiesRuleCK2021_22_11() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "社区助老服务（需求调查测试）", "500000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		buyer
			.post("/api/v1/procurements",
					with(project(line, "500000"), "\"publicServiceToThePublic\":true,\"surveyParties\":2"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("CK2021-22-11")));
		buyer
			.post("/api/v1/procurements", with(project(line, "500000"),
					"\"publicServiceToThePublic\":true,\"surveyParties\":3,\"surveySummary\":\"走访社区居委会、老年协会、服务机构\""))
			.andExpect(status().isCreated());
	}

	@Test
	void anUrgentProjectNeedsAReasonAndApprovalAndFinanceSeesItUnderSeed004() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "寒潮应急救助服务（紧急测试）", "300000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		buyer.post("/api/v1/procurements", with(project(line, "300000"), "\"urgent\":true"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("紧急原因和批准人")));
		String project = JsonPath.read(body(buyer
			.post("/api/v1/procurements",
					with(project(line, "300000"),
							"\"urgent\":true,\"urgentReason\":\"寒潮预警\",\"urgentApprovedBy\":\"淄博市民政局党组会议纪要〔2026〕12号\""))
			.andExpect(status().isCreated())), "$.id");
		ApiCaller.as(mvc, "finance.zibo")
			.get("/api/v1/procurements/urgent")
			.andExpect(jsonPath("$[*].id", hasItem(project)));
	}

	@Test
	void relatedProvidersCannotBidInTheSameProjectRuleGPLR_18() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "护理服务（关联测试）", "500000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		String project = announced(buyer, line, "500000", project(line, "500000"));
		ApiCaller.as(mvc, "provider.anxin")
			.post("/api/v1/procurements/" + project + "/bids", "{\"price\":480000,\"proposal\":\"方案\"}")
			.andExpect(status().isCreated());
		// 淄博洁美保洁服务有限公司 has the same 法定代表人 as 淄博安心护理服务有限公司.
		ApiCaller.as(mvc, "provider.baojie")
			.post("/api/v1/procurements/" + project + "/bids", "{\"price\":470000,\"proposal\":\"方案\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("GPLR-18")));
	}

	@Test
	void aFrameworkAgreementAdmitsAtLeastTwoForAtMostTwoYearsAndRecipientsChooseRuleMOF110_FA() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "居家养老服务券（框架协议测试）", "900000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		String project = announced(buyer, line, "900000",
				project(line, "900000").replace("COMPETITIVE_CONSULTATION", "FRAMEWORK_AGREEMENT")
					.replace("\"priceWeight\"", "\"grounds\":[\"RECIPIENT_CHOICE\"],\"priceWeight\""));
		List<String> bidders = List.of("provider.demo", "provider.wenhua", "provider.juwei");
		for (String bidder : bidders) {
			ApiCaller.as(mvc, bidder)
				.post("/api/v1/procurements/" + project + "/bids", "{\"price\":850000,\"proposal\":\"入围方案\"}")
				.andExpect(status().isCreated());
		}
		evaluate(buyer, project, 60);
		String ranking = body(buyer.get("/api/v1/procurements/" + project + "/bids"));
		String first = JsonPath.read(ranking, "$[0].id");
		String second = JsonPath.read(ranking, "$[1].id");
		String third = JsonPath.read(ranking, "$[2].id");
		LocalDate start = LocalDate.of(2027, 2, 1);

		buyer.post("/api/v1/procurements/" + project + "/award", "{\"bidId\":\"" + first + "\"}")
			.andExpect(status().isBadRequest());
		buyer.post("/api/v1/procurements/" + project + "/admit", admit(List.of(first), start, start.plusYears(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF110-FA"));
		buyer
			.post("/api/v1/procurements/" + project + "/admit",
					admit(List.of(first, second), start, start.plusYears(2)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].message", containsString("超过2年")));
		buyer
			.post("/api/v1/procurements/" + project + "/admit",
					admit(List.of(first, second), start, start.plusYears(2).minusDays(1)))
			.andExpect(jsonPath("$.status").value("AWARDED"));

		buyer.post("/api/v1/procurements/" + project + "/orders", order("张店区和平社区 王大爷", "300000", second))
			.andExpect(status().isCreated());
		buyer.post("/api/v1/procurements/" + project + "/orders", order("张店区和平社区 李奶奶", "300000", third))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].message", containsString("不在入围名单")));
		buyer.post("/api/v1/procurements/" + project + "/orders", order("张店区和平社区 李奶奶", "600000.01", first))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("BL-13"));
		buyer.get("/api/v1/procurements/" + project + "/orders")
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].offered").value(2));
	}

	@Test
	void aLateClarificationMovesTheDeadlineRuleCK214_10() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "助浴服务（更正测试）", "300000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		String project = JsonPath.read(body(buyer.post("/api/v1/procurements", project(line, "300000"))), "$.id");
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		LocalDateTime deadline = today.plusDays(12).atTime(9, 30);
		buyer.post("/api/v1/procurements/" + project + "/announce", announce(today, deadline))
			.andExpect(status().isOk());

		clock.set(clock.instant().plus(Duration.ofDays(9)));
		LocalDate clarified = LocalDate.now(clock.withZone(CHINA));
		buyer.post("/api/v1/procurements/" + project + "/clarifications", "{\"content\":\"服务人数由300人调整为350人\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("CK214-10"));
		buyer
			.post("/api/v1/procurements/" + project + "/clarifications",
					"{\"content\":\"服务人数由300人调整为350人\",\"responseDeadline\":\"" + clarified.plusDays(10).atTime(9, 30)
							+ "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.responseDeadline").value(clarified.plusDays(10).atTime(9, 30) + ":00+08:00"));
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/procurement-notices"))
			.andExpect(jsonPath("$[?(@.kind == 'CORRECTION')].body", hasItem(containsString("350人"))));
	}

	@Test
	void anUpheldChallengeThatAffectsTheResultVoidsTheAwardForTheNextCandidateRuleGPLR_71() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "老年人能力评估（质疑成立测试）", "600000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		String project = announced(buyer, line, "600000", project(line, "600000"));
		Map<String, String> prices = Map.of("provider.demo", "500000", "provider.wenhua", "520000", "provider.juwei",
				"540000");
		for (var bid : prices.entrySet()) {
			ApiCaller.as(mvc, bid.getKey())
				.post("/api/v1/procurements/" + project + "/bids",
						"{\"price\":" + bid.getValue() + ",\"proposal\":\"方案\"}")
				.andExpect(status().isCreated());
		}
		evaluate(buyer, project, 60);
		String ranking = body(buyer.get("/api/v1/procurements/" + project + "/bids"));
		buyer
			.post("/api/v1/procurements/" + project + "/award",
					"{\"bidId\":\"" + JsonPath.read(ranking, "$[0].id") + "\"}")
			.andExpect(jsonPath("$.status").value("AWARDED"));
		String challenge = JsonPath.read(body(ApiCaller.as(mvc, "provider.wenhua")
			.post("/api/v1/procurements/" + project + "/challenges",
					"{\"subject\":\"RESULT\",\"content\":\"成交供应商资质证书已过期\"}")
			.andExpect(status().isCreated())), "$.id");

		buyer
			.post("/api/v1/procurements/challenges/" + challenge + "/answer",
					"{\"answer\":\"经核实，成交供应商资质证书已过期，质疑成立\",\"outcome\":\"UPHELD_AFFECTS_RESULT\"}")
			.andExpect(jsonPath("$.consequence", containsString("从其他合格候选人中另行确定")));
		assertThat(awards.award(java.util.UUID.fromString(project)).orElseThrow().providerName())
			.isEqualTo("淄博市文化艺术服务中心");
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/procurement-notices"))
			.andExpect(jsonPath("$[*].title", hasItem(containsString("结果变更公告"))));
	}

	@Test
	void underTheLowestPriceMethodTheLowestCompliantPriceRanksFirstWithoutScores() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "养老机构保洁（最低评标价法测试）", "300000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		String project = announced(buyer, line, "300000", with(project(line, "300000"), "\"lowestPrice\":true"));
		Map<String, String> prices = Map.of("provider.demo", "280000", "provider.wenhua", "260000");
		for (var bid : prices.entrySet()) {
			ApiCaller.as(mvc, bid.getKey())
				.post("/api/v1/procurements/" + project + "/bids",
						"{\"price\":" + bid.getValue() + ",\"proposal\":\"方案\"}")
				.andExpect(status().isCreated());
		}
		// Above the budget: refused at submission, not found invalid at evaluation.
		ApiCaller.as(mvc, "provider.juwei")
			.post("/api/v1/procurements/" + project + "/bids", "{\"price\":310000,\"proposal\":\"方案\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF87-63"));
		clock.set(clock.instant().plus(Duration.ofDays(26)));
		buyer
			.post("/api/v1/procurements/" + project + "/panel",
					"{\"members\":[\"expert.demo\",\"expert.li\",\"expert.sun\"]}")
			.andExpect(status().isOk());
		buyer.post("/api/v1/procurements/" + project + "/report", "").andExpect(status().isBadRequest());
		for (String expert : List.of("expert.demo", "expert.li", "expert.sun")) {
			ApiCaller.as(mvc, expert)
				.post("/api/v1/procurements/" + project + "/declaration", "")
				.andExpect(status().isOk());
		}
		buyer.post("/api/v1/procurements/" + project + "/report", "")
			.andExpect(jsonPath("$.status").value("EVALUATED"));
		String ranking = body(buyer.get("/api/v1/procurements/" + project + "/bids"));
		assertThat(JsonPath.<List<String>>read(ranking, "$[?(@.rank)].providerName")).containsExactly("淄博市文化艺术服务中心",
				"淄博市颐康居家养老服务中心");
		assertThat(JsonPath.<List<String>>read(ranking, "$[*].providerName")).doesNotContain("张店区车站街道和平社区居民委员会");
	}

	@Test
	void aSingleSourceNoticeNamesTheReasonTheSupplierAndTheExpertsRuleMOF74_38() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String line = approvedLineWithIntention(mvc, buyer, "智慧养老平台运维（单一来源测试）", "300000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		String project = JsonPath.read(body(buyer
			.post("/api/v1/procurements",
					project(line, "300000").replace("COMPETITIVE_CONSULTATION", "SINGLE_SOURCE")
						.replace("\"priceWeight\"", "\"grounds\":[\"ONLY_SUPPLIER\"],\"priceWeight\""))
			.andExpect(status().isCreated())), "$.id");
		buyer.post("/api/v1/procurements/" + project + "/single-source-notice", """
				{"supplier":"淄博市颐康居家养老服务中心","supplierAddress":"淄博市张店区","reason":"平台由该中心自主开发，源代码及运维数据仅其掌握"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF74-38"))
			.andExpect(jsonPath("$.violations[0].message", containsString("专业人员论证意见")));
		buyer.post("/api/v1/procurements/" + project + "/single-source-notice", """
				{"supplier":"淄博市颐康居家养老服务中心","supplierAddress":"淄博市张店区","reason":"平台由该中心自主开发，源代码及运维数据仅其掌握",
				 "opinions":[{"name":"王立新","employer":"山东理工大学","title":"教授","opinion":"该平台的运维只能由开发单位承担"}]}""")
			.andExpect(jsonPath("$.status").value("ANNOUNCED"));
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/procurement-notices"))
			.andExpect(jsonPath("$[?(@.kind == 'SINGLE_SOURCE')].body", hasItem(containsString("王立新（山东理工大学，教授）"))));
		ApiCaller.as(mvc, "provider.wenhua")
			.post("/api/v1/procurements/" + project + "/bids", "{\"price\":290000,\"proposal\":\"方案\"}")
			.andExpect(status().isBadRequest());
		ApiCaller.as(mvc, "provider.demo")
			.post("/api/v1/procurements/" + project + "/bids", "{\"price\":290000,\"proposal\":\"方案\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void atEqualScoresASocialOrganizationRanksFirstWhereTheRegionSwitchesThePreferenceOnRuleLCC2022_14_42()
			throws Exception {
		// 张店区 switches the preference off; 淄博市 keeps the central default (on).
		ApiCaller.as(mvc, "reviewer.zibo")
			.post("/api/v1/parameters",
					"""
							{"region":"370303","parameter":"PREFER_SOCIAL_ORGANIZATIONS","value":"false","effectiveFrom":"2026-01-01","basis":"张财采〔2026〕3号"}""")
			.andExpect(status().isCreated());
		assertThat(winnerOfATie("370300")).isEqualTo("淄博市颐康居家养老服务中心");
		assertThat(winnerOfATie("370303")).isEqualTo("淄博市文化艺术服务中心");
	}

	/** Two bids with equal price and scores; the non-social organization bids first. */
	@Test
	void theDemoAwardWasScoredByThePlatformsPriceScoringAndItsPanelScoredEveryBid() {
		List<Map<String, Object>> bids = jdbc.sql("""
				select b.price, b.technical_score, b.price_score, b.total_score, b.rank
				from procurement.bid b join procurement.project p on p.id = b.project_id
				where p.name = '2026年社区居家养老上门服务项目' order by b.rank""").query().listOfRows();
		assertThat(bids).hasSize(3);
		// 低价优先法 at weight 0.30: the lowest price earns the full 30.00 points.
		assertThat(bids).extracting(row -> row.get("price_score").toString())
			.containsExactly("30.00", "29.50", "29.37");
		assertThat(bids).allSatisfy(row -> assertThat((java.math.BigDecimal) row.get("total_score"))
			.isEqualByComparingTo(((java.math.BigDecimal) row.get("technical_score"))
				.add((java.math.BigDecimal) row.get("price_score"))));
		assertThat(jdbc.sql("""
				select count(*) from procurement.score s join procurement.bid b on b.id = s.bid_id
				join procurement.project p on p.id = b.project_id
				where p.name = '2026年社区居家养老上门服务项目' and s.username = 'expert.li'""").query(Long.class).single())
			.as("the page's 已评 N 份 for each panel member")
			.isEqualTo(3);
	}

	private String winnerOfATie(String region) throws Exception {
		clock.reset();
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "民政局", region));
		String line = approvedLineWithIntention(mvc, buyer, "社区养老（同分测试" + region + "）", "400000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		String project = announced(buyer, line, "400000", project(line, "400000"));
		for (String bidder : List.of("provider.wenhua", "provider.demo", "provider.juwei")) {
			ApiCaller.as(mvc, bidder)
				.post("/api/v1/procurements/" + project + "/bids",
						"{\"price\":" + (bidder.equals("provider.juwei") ? 390000 : 380000) + ",\"proposal\":\"方案\"}")
				.andExpect(status().isCreated());
			clock.set(clock.instant().plus(Duration.ofMinutes(5)));
		}
		evaluate(buyer, project, 60);
		return JsonPath.read(body(buyer.get("/api/v1/procurements/" + project + "/bids")), "$[0].providerName");
	}

	private String announced(ApiCaller buyer, String line, String budget, String json) throws Exception {
		String project = JsonPath.read(body(buyer.post("/api/v1/procurements", json).andExpect(status().isCreated())),
				"$.id");
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		buyer.post("/api/v1/procurements/" + project + "/announce", announce(today, today.plusDays(25).atTime(9, 30)))
			.andExpect(status().isOk());
		return project;
	}

	private void evaluate(ApiCaller buyer, String project, int technical) throws Exception {
		clock.set(clock.instant().plus(Duration.ofDays(26)));
		buyer
			.post("/api/v1/procurements/" + project + "/panel",
					"{\"members\":[\"expert.demo\",\"expert.li\",\"expert.sun\"]}")
			.andExpect(status().isOk());
		String contents = body(buyer.get("/api/v1/procurements/" + project + "/bids/contents"));
		for (String expert : List.of("expert.demo", "expert.li", "expert.sun")) {
			ApiCaller member = ApiCaller.as(mvc, expert);
			member.post("/api/v1/procurements/" + project + "/declaration", "").andExpect(status().isOk());
			for (String bid : JsonPath.<List<String>>read(contents, "$[*].id")) {
				member
					.post("/api/v1/procurements/" + project + "/bids/" + bid + "/score",
							"{\"technical\":" + technical + "}")
					.andExpect(status().isOk());
			}
		}
		buyer.post("/api/v1/procurements/" + project + "/report", "")
			.andExpect(jsonPath("$.status").value("EVALUATED"));
	}

	static String with(String json, String extra) {
		return json.substring(0, json.lastIndexOf('}')) + "," + extra + "}";
	}

	static String admit(List<String> bids, LocalDate start, LocalDate end) {
		return "{\"bidIds\":[" + String.join(",", bids.stream().map(id -> "\"" + id + "\"").toList())
				+ "],\"agreementStart\":\"" + start + "\",\"agreementEnd\":\"" + end + "\"}";
	}

	static String order(String recipient, String amount, String bid) {
		return "{\"recipient\":\"" + recipient + "\",\"description\":\"居家养老上门服务\",\"amount\":" + amount
				+ ",\"chosenBidId\":\"" + bid + "\"}";
	}

	static String approvedLineWithIntention(MockMvc mvc, ApiCaller buyer, String name, String amount) throws Exception {
		String plan = JsonPath.read(body(buyer.post("/api/v1/plans", "{\"fiscalYear\":2026}")), "$.id");
		String line = JsonPath.read(
				body(buyer
					.post("/api/v1/plans/" + plan + "/lines",
							"""
									{"projectName":"%s","catalogCode":"A040101","serviceContent":"为失能老人提供上门服务","amount":%s,
									 "fundingSource":"DEPARTMENT_BUDGET","targets":[{"category":"OUTPUT","indicator":"服务人数","target":"≥500人"}]}"""
								.formatted(name, amount))
					.andExpect(status().isCreated())),
				"$.id");
		buyer.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		ApiCaller.as(mvc, "reviewer.zibo")
			.post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}")
			.andExpect(status().isOk());
		buyer.post("/api/v1/plans/lines/" + line + "/intention", """
				{"projectName":"%s","demandSummary":"上门服务","expectedMonth":"2027-01"}""".formatted(name))
			.andExpect(status().isCreated());
		return line;
	}

	static String project(String line, String budget) {
		return """
				{"planLineId":"%s","name":"社区居家养老上门服务（采购测试）","demand":"为失能老人提供助餐、助浴、助洁上门服务",
				 "conditions":"具有养老服务经验\\n具备履行合同所必需的专业技术能力","method":"COMPETITIVE_CONSULTATION",
				 "budget":%s,"priceWeight":0.30}""".formatted(line, budget);
	}

	static String announce(LocalDate issued, LocalDateTime deadline) {
		return "{\"documentsIssued\":\"" + issued + "\",\"responseDeadline\":\"" + deadline + "\"}";
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
