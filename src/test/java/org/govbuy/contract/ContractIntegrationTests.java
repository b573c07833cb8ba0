package org.govbuy.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.delivery.AcceptanceRecorded;
import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.delivery.PaymentPaid;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.shared.Money;
import org.govbuy.contract.AwardedProcurements.Award;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.FinalEvaluationFixture;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Contracts from awards: mandatory clauses and lawful terms, signing moves the funds
 * ledger, publication and filing on the working-day calendar, payments once per key and
 * never beyond the contract under concurrent requests.
 */
@IntegrationTest
@RecordApplicationEvents
class ContractIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String CLAUSES = """
			"clauses":{"SCOPE":"为失能老人提供上门服务","QUANTITY":"500人","QUALITY":"满意度不低于90%",
			 "PAYMENT":"按季度验收后支付","RIGHTS_AND_OBLIGATIONS":"详见合同第四条","LIABILITY":"详见合同第七条",
			 "DISPUTES":"提交淄博仲裁委员会仲裁"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	LegalCalendar calendar;

	@Autowired
	ApplicationEvents events;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aFourYearContractOrOneWithoutItsClausesIsRefusedRulesMOF102_24AndMOF102_23() throws Exception {
		Award award = award("600000", "500000");
		LocalDate start = today().plusDays(1);
		award.buyer()
			.post("/api/v1/contracts", draft(award.project(), start, start.plusYears(4).minusDays(1), CLAUSES))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("MOF102-24")))
			.andExpect(jsonPath("$.violations[*].message", hasItem(containsString("超过3年"))));
		award.buyer()
			.post("/api/v1/contracts",
					draft(award.project(), start, LocalDate.of(start.getYear() + 2, 12, 31), CLAUSES))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF102-24"))
			.andExpect(jsonPath("$.violations[0].message", containsString("五项条件")));
		award.buyer()
			.post("/api/v1/contracts",
					draft(award.project(), start, start.plusYears(1).minusDays(1), "\"clauses\":{\"SCOPE\":\"上门服务\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF102-23"))
			.andExpect(jsonPath("$.violations[0].message", containsString("违约责任")));
		award.buyer()
			.post("/api/v1/contracts", draft(award.project(), start, LocalDate.of(start.getYear() + 2, 12, 31), CLAUSES
					+ ","
					+ "\"conditions\":[\"CONTENT_FIXED\",\"HIGHLY_CONTINUOUS\",\"STABLE_FUNDING\",\"STABLE_PRICE\",\"BUDGET_SECURED\"]"))
			.andExpect(status().isCreated());
	}

	@Test
	void aContractWhoseScopeRenovatesALeadersOfficeInOtherWordsIsRefusedWithTheWordsRuleSEED000_1() throws Exception {
		Award award = award("600000", "500000");
		LocalDate start = today().plusDays(1);
		award.buyer()
			.post("/api/v1/contracts",
					draft(award.project(), start, start.plusYears(1).minusDays(1),
							CLAUSES.replace("为失能老人提供上门服务", "局主要负责同志办公室及休息间翻新")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("SEED000-1")))
			.andExpect(jsonPath("$.violations[*].message", hasItem(containsString("“翻新”"))));
	}

	@Test
	void aDirectCommissionOutsideProcurementLawEndsInAContractToo() throws Exception {
		Award award = award("80000", "76000", "DIRECT_COMMISSION", ",\"rationale\":\"社区居委会熟悉辖区老人情况，委托其开展探访\"",
				List.of("provider.demo"));
		String contract = contract(award, "76000");
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/sign", "{}")
			.andExpect(jsonPath("$.status").value("SIGNED"));
		award.buyer()
			.get("/api/v1/plans/lines/" + award.line() + "/funds")
			.andExpect(jsonPath("$.contracted").value(76000.00))
			.andExpect(jsonPath("$.reserved").value(0));
	}

	@Test
	void aTechnicallyComplexPurchaseIsAcceptedWithATestingBodyRuleGPL_41() throws Exception {
		Award award = award("600000", "500000", "COMPETITIVE_CONSULTATION",
				",\"technicallyComplex\":true,\"surveyParties\":3,\"surveySummary\":\"走访3家康复机构，了解设备与人员要求\"",
				List.of("provider.demo", "provider.wenhua", "provider.juwei"));
		String contract = contract(award);
		award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk());
		String milestone = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts/" + contract + "/milestones",
					"{\"title\":\"康复设备运维\",\"standard\":\"设备完好率100%\",\"dueOn\":\"" + today().plusDays(30) + "\"}")),
				"$.id");
		ApiCaller.as(mvc, "provider.demo")
			.post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/submit", "{\"report\":\"已完成\"}")
			.andExpect(status().isOk());
		String acceptance = """
				{"milestoneId":"%s","result":"PASSED","findings":"合格",
				 "standards":[{"standard":"设备完好率100%%","performance":"抽检20台全部完好"}],
				 "participants":[{"name":"李大爷","role":"RECIPIENT","opinion":"满意"}%s]}""";
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/acceptances", acceptance.formatted(milestone, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("GPL-41"));
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/acceptances",
					acceptance.formatted(milestone,
							",{\"name\":\"山东省医疗器械产品质量检验中心\",\"role\":\"THIRD_PARTY\",\"opinion\":\"符合标准\"}"))
			.andExpect(status().isCreated());
	}

	@Test
	void theContractTextIsScreenedAgainAgainstTheNegativeListAndItsHintsKeptOnTheContract() throws Exception {
		Award award = award("600000", "500000");
		LocalDate start = today().plusDays(1);
		award.buyer()
			.post("/api/v1/contracts",
					draft(award.project(), start, start.plusMonths(11),
							CLAUSES.replace("为失能老人提供上门服务", "为失能老人提供上门服务，含助行器具租赁")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.screeningWarnings", containsString("租赁")));
	}

	@Test
	void signingMovesTheReservationToContractedAndReleasesTheRest() throws Exception {
		Award award = award("600000", "500000");
		String contract = contract(award);
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/sign", "{}")
			.andExpect(jsonPath("$.status").value("SIGNED"));
		award.buyer()
			.get("/api/v1/plans/lines/" + award.line() + "/funds")
			.andExpect(jsonPath("$.contracted").value(500000.00))
			.andExpect(jsonPath("$.reserved").value(0));
	}

	@Test
	void theSamePaymentRequestSentTwiceWithOneKeyPaysOnceAndTwentyConcurrentRequestsNeverPayMoreThanTheContractRuleBL_13()
			throws Exception {
		Award award = award("600000", "500000");
		String contract = contract(award);
		award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk());

		String first = JsonPath.read(body(pay(award.buyer(), contract, "100000", "first-quarter")), "$.id");
		pay(award.buyer(), contract, "100000", "first-quarter").andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(first));
		award.buyer().get("/api/v1/contracts/" + contract + "/payments").andExpect(jsonPath("$.length()").value(1));
		settle(award, first);
		award.buyer().get("/api/v1/contracts/" + contract).andExpect(jsonPath("$.paid").value(100000.00));

		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 20; i++) {
				String key = "concurrent-" + i;
				results.add(pool.submit(() -> {
					start.await();
					var response = pay(award.buyer(), contract, "30000", key).andReturn().getResponse();
					assertThat(response.getStatus()).isIn(201, 422);
					return response.getStatus() == 201
							? JsonPath.read(response.getContentAsString(StandardCharsets.UTF_8), "$.id") : null;
				}));
			}
			start.countDown();
			List<String> accepted = new ArrayList<>();
			for (Future<String> result : results) {
				String id = result.get();
				if (id != null) {
					accepted.add(id);
				}
			}
			// 400,000 left: 13 requests of 30,000 fit, the others are refused.
			assertThat(accepted).hasSize(13);
			for (String id : accepted) {
				settle(award, id);
			}
		}
		finally {
			pool.shutdownNow();
		}
		award.buyer().get("/api/v1/contracts/" + contract).andExpect(jsonPath("$.paid").value(490000.00));
		award.buyer()
			.get("/api/v1/plans/lines/" + award.line() + "/funds")
			.andExpect(jsonPath("$.paid").value(490000.00));
		pay(award.buyer(), contract, "10000.01", "one-cent-too-much").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("BL-13"));
	}

	/**
	 * The grade is read from the contract's latest final evaluation, never typed: none
	 * yet, 良, then 优 at completion. The final evaluations come from
	 * {@link FinalEvaluationFixture} while the evaluation lifecycle's commands are
	 * written.
	 */
	@Test
	void aRenewalReadsTheFinalEvaluationAndWithoutAnExcellentOneIsRefusedRuleLCC2022_14_34() throws Exception {
		Award award = award("600000", "500000");
		String contract = contract(award);
		award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk());
		String end = JsonPath.read(body(award.buyer().get("/api/v1/contracts/" + contract)), "$.endsOn");
		LocalDate from = LocalDate.parse(end).plusDays(1);
		String renewal = "{\"planLineId\":\"" + award.line() + "\",\"amount\":100000,\"startsOn\":\"" + from
				+ "\",\"endsOn\":\"" + from.plusMonths(6) + "\"}";
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/renew", renewal)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("LCC2022-14-34"))
			.andExpect(jsonPath("$.violations[0].message", containsString("尚无已完成的绩效评价")));
		FinalEvaluationFixture evaluations = FinalEvaluationFixture.with(jdbc);
		evaluations.finalEvaluation(UUID.fromString(contract), EvaluationKind.ANNUAL, new BigDecimal("89.995"),
				LocalDate.now(clock));
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/renew", renewal)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("LCC2022-14-34"))
			.andExpect(jsonPath("$.violations[0].message", containsString("不是优秀（为“良”）")));
		evaluations.finalEvaluation(UUID.fromString(contract), EvaluationKind.COMPLETION, new BigDecimal("90"),
				LocalDate.now(clock));
		String renewed = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts/" + contract + "/renew", renewal)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.renewalOf").value(contract))), "$.id");
		award.buyer().post("/api/v1/contracts/" + renewed + "/sign", "{}").andExpect(status().isOk());
		award.buyer()
			.get("/api/v1/plans/lines/" + award.line() + "/funds")
			.andExpect(jsonPath("$.contracted").value(600000.00));
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/renew", renewal)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].message", containsString("已续签过")));
	}

	@Test
	void supplementsStayWithinTenPercentRuleGPL_49AndAPassThroughIsRefusedRuleGPL_48() throws Exception {
		Award award = award("600000", "500000");
		String contract = contract(award);
		award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk());
		ApiCaller provider = ApiCaller.as(mvc, "provider.demo");
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/amendments",
					"{\"kind\":\"SUPPLEMENT\",\"content\":\"增加服务对象\",\"amount\":50000.01}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("GPL-49"));
		String supplement = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts/" + contract + "/amendments",
					"{\"kind\":\"SUPPLEMENT\",\"content\":\"增加服务对象50人\",\"amount\":50000}")),
				"$.id");
		award.buyer()
			.post("/api/v1/amendments/" + supplement + "/confirm", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("另一方")));
		provider.post("/api/v1/amendments/" + supplement + "/confirm", "")
			.andExpect(jsonPath("$.status").value("IN_FORCE"));
		award.buyer().get("/api/v1/contracts/" + contract).andExpect(jsonPath("$.supplements").value(50000.00));
		award.buyer()
			.get("/api/v1/plans/lines/" + award.line() + "/funds")
			.andExpect(jsonPath("$.contracted").value(550000.00));

		provider
			.post("/api/v1/contracts/" + contract + "/amendments",
					"{\"kind\":\"SUBCONTRACT\",\"content\":\"全部服务\",\"amount\":550000,\"subcontractor\":\"某公司\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("GPL-48"));
		String part = JsonPath.read(body(provider.post("/api/v1/contracts/" + contract + "/amendments",
				"{\"kind\":\"SUBCONTRACT\",\"content\":\"康复理疗部分\",\"amount\":80000,\"subcontractor\":\"淄博康复中心\"}")),
				"$.id");
		award.buyer()
			.post("/api/v1/amendments/" + part + "/confirm", "")
			.andExpect(jsonPath("$.status").value("IN_FORCE"));
		ApiCaller.as(mvc, "provider.xinhe")
			.get("/api/v1/contracts/" + contract + "/amendments")
			.andExpect(status().isNotFound());
	}

	@Test
	void aCashDepositOrOneAboveTenPercentIsRefusedRuleGPLR_48() throws Exception {
		Award award = award("600000", "500000");
		LocalDate start = today().plusDays(1);
		String base = draft(award.project(), start, start.plusMonths(11), CLAUSES);
		award.buyer()
			.post("/api/v1/contracts",
					base.substring(0, base.length() - 1) + ",\"depositAmount\":60000,\"depositForm\":\"CASH\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations.length()").value(2))
			.andExpect(jsonPath("$.violations[0].rule").value("GPLR-48"));
		award.buyer()
			.post("/api/v1/contracts",
					base.substring(0, base.length() - 1) + ",\"providerSme\":true,\"paymentDays\":90}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("SME-9"));
	}

	@Test
	void noPartyEndsASignedContractAloneRuleGPL_50AndAnAgreedEndGivesTheUnpaidPartBackToTheLine() throws Exception {
		Award award = award("600000", "500000");
		String contract = contract(award);
		award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk());
		settle(award, JsonPath.read(body(pay(award.buyer(), contract, "120000", "first")), "$.id"));
		String open = JsonPath.read(body(pay(award.buyer(), contract, "10000", "second")), "$.id");

		award.buyer()
			.post("/api/v1/contracts/" + contract + "/terminate", "{\"reason\":\"不想继续了\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("GPL-50"))
			.andExpect(jsonPath("$.violations[0].message", containsString("终止协议")));
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/terminate",
					"{\"ground\":\"PROVIDER_BREACH\",\"reason\":\"承接主体严重违约\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].message", containsString("验收不合格")));

		// An agreed end: one side proposes the termination record, the other confirms it.
		String agreement = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts/" + contract + "/amendments",
					"{\"kind\":\"TERMINATION\",\"content\":\"服务对象整体转由区级机构承接，双方同意提前终止\"}")),
				"$.id");
		ApiCaller provider = ApiCaller.as(mvc, "provider.demo");
		provider.post("/api/v1/amendments/" + agreement + "/confirm", "")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("未办结的支付申请")));
		award.buyer()
			.post("/api/v1/payments/" + open + "/reject", "{\"reason\":\"合同拟终止\"}")
			.andExpect(jsonPath("$.status").value("REJECTED"));
		provider.post("/api/v1/amendments/" + agreement + "/confirm", "")
			.andExpect(jsonPath("$.status").value("IN_FORCE"));
		award.buyer()
			.get("/api/v1/contracts/" + contract)
			.andExpect(jsonPath("$.status").value("TERMINATED"))
			.andExpect(jsonPath("$.terminationGround").value("AGREEMENT"))
			.andExpect(jsonPath("$.released").value(380000.00));
		// Evaluation and credit records will follow the contract through its events.
		assertThat(events.stream(ContractSigned.class).filter(e -> e.contractId().toString().equals(contract)))
			.singleElement()
			.satisfies(signed -> assertThat(signed.amount()).isEqualTo(Money.ofYuan(500_000)));
		assertThat(events.stream(PaymentPaid.class).filter(e -> e.contractId().toString().equals(contract)))
			.singleElement()
			.satisfies(paid -> assertThat(paid.amount()).isEqualTo(Money.ofYuan(120_000)));
		assertThat(events.stream(ContractTerminated.class).filter(e -> e.contractId().toString().equals(contract)))
			.singleElement()
			.satisfies(ended -> assertThat(ended.released()).isEqualTo(Money.ofYuan(380_000)));
		award.buyer()
			.get("/api/v1/plans/lines/" + award.line() + "/funds")
			.andExpect(jsonPath("$.contracted").value(120000.00))
			.andExpect(jsonPath("$.paid").value(120000.00))
			.andExpect(jsonPath("$.reserved").value(0));
	}

	@Test
	void aContractFromTheElderlyCareTemplatePrintsThePartiesAndTheAmountInChineseCapitals() throws Exception {
		Award award = award("600000", "500000");
		String clauses = body(award.buyer()
			.get("/api/v1/contracts/templates?projectId=" + award.project() + "&template=ELDERLY_CARE&paymentDays=20"));
		assertThat(clauses).contains("养老护理员").contains("20日内").doesNotContain("{{");
		LocalDate start = today().plusDays(1);
		String contract = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts",
					"{\"projectId\":\"" + award.project() + "\",\"title\":\"居家养老上门服务合同\",\"template\":\"ELDERLY_CARE\","
							+ "\"startsOn\":\"" + start + "\",\"endsOn\":\"" + start.plusMonths(11)
							+ "\",\"secretClauses\":[\"RIGHTS_AND_OBLIGATIONS\"]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.template").value("ELDERLY_CARE"))), "$.id");
		String provider = JsonPath.read(body(award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}")),
				"$.providerName");
		var pdf = award.buyer()
			.get("/api/v1/contracts/" + contract + "/pdf")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		String text = org.govbuy.support.PdfText.of(pdf.getContentAsByteArray());
		assertThat(text).contains("淄博市民政局").contains(provider).contains("伍拾万元整");
		String flat = text.replaceAll("[\\s\u3000]+", "");
		assertThat(flat).as("the provider's legal details come from the registry")
			.containsPattern("乙方（承接主体）：" + provider + "住所（地址）：_+统一社会信用代码：[0-9A-Z]{18}法定代表人（负责人）：[^_]")
			.contains("开户银行：中国工商银行淄博分行")
			.containsPattern("银行账号：6222\\d{12}");
		assertThat(flat).as("numbered articles, Chinese dates, signature blocks")
			.contains("第一条服务内容",
					"履行期限：" + start.getYear() + "年" + start.getMonthValue() + "月" + start.getDayOfMonth() + "日",
					"甲方（盖章）", "乙方（盖章）", "签订日期：")
			.doesNotContain("为为")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
		mvc.perform(MockMvcRequestBuilders.get("/portal/contracts/" + contract + "/pdf"))
			.andExpect(status().isNotFound());
		award.buyer().post("/api/v1/contracts/" + contract + "/publish", "{}").andExpect(status().isOk());
		String published = org.govbuy.support.PdfText
			.of(mvc.perform(MockMvcRequestBuilders.get("/portal/contracts/" + contract + "/pdf"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		assertThat(published).contains("公开版").contains("依法不予公开").doesNotContain("养老护理员");
		assertThat(published.replaceAll("\\s+", "")).as("the account is masked in the published version")
			.containsPattern("银行账号：6222\\*{8}\\d{4}")
			.doesNotContainPattern("6222\\d{12}");
	}

	@Test
	void anSmeIsPaidWithinTheAgreedDaysAfterAcceptanceAndALatePaymentIsFlaggedWithInterestRulesSME_9AndSME_17()
			throws Exception {
		Award award = award("600000", "500000");
		LocalDate start = today().plusDays(1);
		String base = draft(award.project(), start, start.plusMonths(11), CLAUSES);
		String contract = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts",
					base.substring(0, base.length() - 1) + ",\"providerSme\":true,\"paymentDays\":20}")
			.andExpect(status().isCreated())), "$.id");
		award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk());
		String milestone = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts/" + contract + "/milestones",
					"{\"title\":\"首月服务\",\"standard\":\"上门服务500人次\",\"amount\":100000,\"dueOn\":\"" + start.plusDays(30)
							+ "\"}")),
				"$.id");
		ApiCaller provider = ApiCaller.as(mvc, "provider.demo");
		pay(award.buyer(), contract, "100000", "before-acceptance", "ACCEPTANCE", milestone)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("尚未验收合格")));
		provider.post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/submit", "{\"report\":\"已完成\"}")
			.andExpect(status().isOk());
		LocalDate accepted = today();
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/acceptances", """
					{"milestoneId":"%s","result":"PASSED","findings":"合格",
					 "standards":[{"standard":"上门服务500人次","performance":"完成512人次"}],
					 "participants":[{"name":"李大爷","role":"RECIPIENT","opinion":"满意"}]}""".formatted(milestone))
			.andExpect(status().isCreated());
		String payment = JsonPath.read(body(pay(provider, contract, "100000", "first-month", "ACCEPTANCE", milestone)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.dueOn").value(accepted.plusDays(20).toString()))), "$.id");
		assertThat(events.stream(AcceptanceRecorded.class)
			.filter(e -> e.contractId().toString().equals(contract) && e.milestoneId().toString().equals(milestone)))
			.singleElement()
			.satisfies(recorded -> assertThat(recorded.passed()).isTrue());
		// Payment never outruns the work: the milestone was worth 100,000.
		pay(provider, contract, "0.01", "one-cent-more", "ACCEPTANCE", milestone).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("超出节点金额")));

		clock.set(clock.instant().plus(Duration.ofDays(25)));
		ApiCaller finance = ApiCaller.as(mvc, "finance.zibo");
		finance.get("/api/v1/payments/overdue")
			.andExpect(jsonPath("$[?(@.id == '" + payment + "')].overdue",
					hasItem(allOf(containsString("SME-17"), containsString("已逾期5日"), containsString("250.00")))));
	}

	private void settle(Award award, String payment) throws Exception {
		award.buyer()
			.post("/api/v1/payments/" + payment + "/approve", "")
			.andExpect(jsonPath("$.status").value("SENT"))
			.andExpect(jsonPath("$.treasuryRef", org.hamcrest.Matchers.startsWith("GK")));
		ApiCaller.as(mvc, "finance.zibo")
			.post("/api/v1/payments/" + payment + "/treasury", "{\"paid\":true}")
			.andExpect(jsonPath("$.status").value("PAID"));
	}

	@Test
	void publicationOnTheThirdWorkingDayAfterSigningIsFlaggedLateRuleGPLR_50() throws Exception {
		Award award = award("600000", "500000");
		String contract = contract(award);
		LocalDate signed = today();
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/sign", "{\"date\":\"" + signed + "\"}")
			.andExpect(status().isOk());
		LocalDate third = calendar.calendar().addWorkingDays(signed, 3);
		clock.set(third.atTime(10, 0).atZone(CHINA).toInstant());
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/file", "{\"date\":\"" + third + "\"}")
			.andExpect(status().isOk());
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/publish", "{\"date\":\"" + third + "\"}")
			.andExpect(jsonPath("$.lateSteps", containsString("GPLR-50")))
			.andExpect(jsonPath("$.lateSteps").value(org.hamcrest.Matchers.not(containsString("GPL-47"))));
	}

	// ---- an awarded procurement
	// ---------------------------------------------------------

	private Award award(String lineAmount, String price) throws Exception {
		return award(lineAmount, price, "COMPETITIVE_CONSULTATION", "",
				List.of("provider.demo", "provider.wenhua", "provider.juwei"));
	}

	private Award award(String lineAmount, String price, String method, String extra, List<String> bidders)
			throws Exception {
		return AwardedProcurements.award(mvc, clock, "居家养老（合同测试）", lineAmount, price, method, extra, bidders);
	}

	private String contract(Award award) throws Exception {
		return contract(award, "500000");
	}

	private String contract(Award award, String amount) throws Exception {
		LocalDate start = today().plusDays(1);
		return JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts", draft(award.project(), start, start.plusYears(1).minusDays(1), CLAUSES))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.amount").value(Double.parseDouble(amount)))), "$.id");
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	static String draft(String project, LocalDate start, LocalDate end, String clauses) {
		return "{\"projectId\":\"" + project + "\",\"title\":\"居家养老上门服务合同\",\"startsOn\":\"" + start
				+ "\",\"endsOn\":\"" + end + "\"," + clauses + "}";
	}

	static ResultActions pay(ApiCaller caller, String contract, String amount, String key) throws Exception {
		return caller.post("/api/v1/payments", key,
				"{\"contractId\":\"" + contract + "\",\"amount\":" + amount + ",\"purpose\":\"季度服务费\"}");
	}

	static ResultActions pay(ApiCaller caller, String contract, String amount, String key, String basis,
			String milestone) throws Exception {
		return caller.post("/api/v1/payments", key, "{\"contractId\":\"" + contract + "\",\"amount\":" + amount
				+ ",\"purpose\":\"服务费\",\"basis\":\"" + basis + "\",\"milestoneId\":\"" + milestone + "\"}");
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
