package org.govbuy.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.contract.AwardedProcurements;
import org.govbuy.delivery.application.Acceptances;
import org.govbuy.delivery.application.Deliveries;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Delivery of a signed contract: the provider keeps the ledger (台账) with attachments and
 * submits milestones; the purchaser accepts them against the contract's standards with
 * service recipients taking part, the result is published, a failed acceptance opens a
 * rectification; a daily job flags what is overdue for the monitoring view.
 */
@IntegrationTest
class DeliveryIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String CLAUSES = """
			"clauses":{"SCOPE":"为失能老人提供上门服务","QUANTITY":"500人","QUALITY":"满意度不低于90%",
			 "PAYMENT":"按节点验收后支付","RIGHTS_AND_OBLIGATIONS":"详见合同第四条","LIABILITY":"详见合同第七条",
			 "DISPUTES":"提交淄博仲裁委员会仲裁"}""";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	Deliveries deliveries;

	@Autowired
	Acceptances acceptances;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuthenticationManager authenticationManager;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theProviderKeepsTheLedgerWithAnAttachmentAndDownloadsItBack() throws Exception {
		Signed signed = signedContract();
		ApiCaller provider = ApiCaller.as(mvc, "provider.demo");

		String entry = body(provider
			.multipart("/api/v1/contracts/" + signed.contract + "/ledger",
					new MockMultipartFile("files", "第一季度工作计划.pdf", "application/pdf", PDF), "kind", "WORK_PLAN",
					"title", "第一季度工作计划", "content", "排班与走访安排", "occurredOn", today().minusDays(1).toString())
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("WORK_PLAN"))
			.andExpect(jsonPath("$.occurredOn").value(today().minusDays(1).toString()))
			.andExpect(jsonPath("$.attachments[0].fileName").value("第一季度工作计划.pdf"))
			.andExpect(jsonPath("$.attachments[0].contentType").value("application/pdf")));
		String attachment = JsonPath.read(entry, "$.attachments[0].id");

		signed.buyer.get("/api/v1/contracts/" + signed.contract + "/ledger")
			.andExpect(jsonPath("$[*].title", hasItem("第一季度工作计划")));
		provider.get("/api/v1/contracts/" + signed.contract + "/ledger/attachments/" + attachment)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(PDF));

		// an executable renamed to .pdf is refused by its content, and the entry with it
		byte[] executable = new byte[256];
		executable[0] = 'M';
		executable[1] = 'Z';
		provider
			.multipart("/api/v1/contracts/" + signed.contract + "/ledger",
					new MockMultipartFile("files", "报告.pdf", "application/pdf", executable), "kind", "REPORT", "title",
					"月度报告")
			.andExpect(status().isBadRequest());
		provider.get("/api/v1/contracts/" + signed.contract + "/ledger")
			.andExpect(jsonPath("$[*].title", not(hasItem("月度报告"))));
		// only the provider writes the ledger
		signed.buyer.post("/api/v1/contracts/" + signed.contract + "/ledger", """
				{"kind":"DOCUMENT","title":"购买主体代记"}""").andExpect(status().isForbidden());
	}

	@Test
	void anotherProviderAndAnotherUnitsClerkCannotSeeTheLedger() throws Exception {
		Signed signed = signedContract();
		ApiCaller.as(mvc, "provider.demo").post("/api/v1/contracts/" + signed.contract + "/ledger", """
				{"kind":"MAJOR_ACTIVITY","title":"启动会"}""").andExpect(status().isCreated());

		ApiCaller stranger = ApiCaller.as(mvc, "provider.wenhua");
		stranger.get("/api/v1/contracts/" + signed.contract + "/ledger").andExpect(status().isNotFound());
		stranger.post("/api/v1/contracts/" + signed.contract + "/ledger", """
				{"kind":"DOCUMENT","title":"冒名记录"}""").andExpect(status().isNotFound());
		ApiCaller otherUnit = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市卫生健康委员会", "370300"));
		otherUnit.get("/api/v1/contracts/" + signed.contract + "/ledger").andExpect(status().isNotFound());
		otherUnit.get("/api/v1/contracts/" + signed.contract + "/milestones").andExpect(status().isNotFound());

		// finance of the region reads it
		ApiCaller.as(mvc, "finance.zibo")
			.get("/api/v1/contracts/" + signed.contract + "/ledger")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].title", hasItem("启动会")));
	}

	@Test
	void aPublicServiceAcceptedWithoutAServiceRecipientOrWithoutFindingsIsRefusedRulesGPLR_45_RAndGPLR_45()
			throws Exception {
		Signed signed = signedContract();
		String milestone = milestone(signed, 10);
		submit(signed, milestone);

		signed.buyer.post("/api/v1/contracts/" + signed.contract + "/acceptances", """
				{"milestoneId":"%s","result":"PASSED","findings":"按期完成首批入户服务",
				 "standards":[{"standard":"满意度不低于90%%","performance":"抽样满意度93%%"}],
				 "participants":[{"name":"张科长","role":"PURCHASER","opinion":"同意验收"}]}""".formatted(milestone))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("GPLR-45-R")));
		signed.buyer.post("/api/v1/contracts/" + signed.contract + "/acceptances", """
				{"milestoneId":"%s","result":"PASSED","findings":"",
				 "participants":[{"name":"李大爷","role":"RECIPIENT","opinion":"服务及时"}]}""".formatted(milestone))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("GPLR-45")));
		// the contract serves the public: an acceptance cannot declare otherwise
		signed.buyer.post("/api/v1/contracts/" + signed.contract + "/acceptances", """
				{"milestoneId":"%s","result":"PASSED","findings":"按期完成","publicService":false,
				 "standards":[{"standard":"满意度不低于90%%","performance":"抽样满意度93%%"}],
				 "participants":[{"name":"张科长","role":"PURCHASER","opinion":"同意验收"}]}""".formatted(milestone))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("GPLR-45-R")));
		signed.buyer.post("/api/v1/contracts/" + signed.contract + "/acceptances", """
				{"milestoneId":"%s","result":"PASSED","findings":"按期完成",
				 "standards":[{"standard":"满意度不低于90%%","performance":"抽样满意度93%%"}],
				 "participants":[{"name":"张科长","role":"PURCHASER","opinion":"同意验收"},
				                 {"name":"李大爷","role":"RECIPIENT","opinion":"服务及时"}]}""".formatted(milestone))
			.andExpect(status().isCreated());
		assertThat(acceptances.acceptedOn(UUID.fromString(signed.contract), UUID.fromString(milestone)))
			.contains(today());
	}

	@Test
	void aFailedAcceptanceOpensARectificationAndTheMilestoneIsAcceptedAfterTheProviderAnswers() throws Exception {
		Signed signed = signedContract();
		String milestone = milestone(signed, 10);
		submit(signed, milestone);
		ApiCaller provider = ApiCaller.as(mvc, "provider.demo");

		String failed = body(accept(signed, milestone, "FAILED", """
				,"rectificationRequired":"补齐20户入户记录","rectificationDueOn":"%s\"""".formatted(today().plusDays(7)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.rectification.status").value("OPEN")));
		String rectification = JsonPath.read(failed, "$.rectification.id");
		signed.buyer.get("/api/v1/contracts/" + signed.contract + "/milestones")
			.andExpect(jsonPath("$[0].status").value("RECTIFYING"));
		assertThat(acceptances.acceptedOn(UUID.fromString(signed.contract), UUID.fromString(milestone))).isEmpty();

		// accepting again before the provider answers is refused
		accept(signed, milestone, "PASSED", "").andExpect(status().isBadRequest());
		provider.post("/api/v1/contracts/" + signed.contract + "/rectifications/" + rectification + "/response", """
				{"response":"已补齐20户入户记录并复访"}""").andExpect(jsonPath("$.status").value("SUBMITTED"));
		accept(signed, milestone, "PASSED", "").andExpect(status().isCreated());

		signed.buyer.get("/api/v1/contracts/" + signed.contract + "/milestones")
			.andExpect(jsonPath("$[0].status").value("ACCEPTED"));
		signed.buyer.get("/api/v1/contracts/" + signed.contract + "/rectifications")
			.andExpect(jsonPath("$[0].status").value("CLOSED"));
		assertThat(acceptances.acceptedOn(UUID.fromString(signed.contract), UUID.fromString(milestone)))
			.contains(today());
	}

	@Test
	void theFinalAcceptanceIsRefusedWhileAMilestoneIsOpen() throws Exception {
		Signed signed = signedContract();
		String first = milestone(signed, 10);
		milestone(signed, 20);
		submit(signed, first);
		accept(signed, first, "PASSED", "").andExpect(status().isCreated());

		accept(signed, null, "PASSED", "").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", containsString("第2个节点")));
		assertThat(acceptances.acceptedOn(UUID.fromString(signed.contract), null)).isEmpty();
	}

	@Test
	void theDailyJobFlagsAMilestonePastItsDueDateOncePerDayAndTheMonitoringListsItRuleMOF102_25() throws Exception {
		Signed signed = signedContract();
		LocalDate due = signed.startsOn.plusDays(5);
		String milestone = milestone(signed, 5);
		String other = milestone(signed, 30);

		clock.set(due.atTime(12, 0).atZone(CHINA).toInstant());
		deliveries.flagOverdue();
		signed.buyer.get("/api/v1/contracts/" + signed.contract + "/milestones")
			.andExpect(jsonPath("$[0].overdue").value(false));

		LocalDate dayAfter = due.plusDays(1);
		clock.set(dayAfter.atTime(0, 10).atZone(CHINA).toInstant());
		assertThat(deliveries.flagOverdue()).isTrue();
		assertThat(deliveries.flagOverdue()).as("the same day runs once").isFalse();
		clock.set(dayAfter.plusDays(1).atTime(0, 10).atZone(CHINA).toInstant());
		deliveries.flagOverdue();

		signed.buyer.get("/api/v1/contracts/" + signed.contract + "/milestones")
			.andExpect(jsonPath("$[0].overdue").value(true))
			.andExpect(jsonPath("$[0].overdueSince").value(dayAfter.toString()))
			.andExpect(jsonPath("$[1].overdue").value(false));
		assertThat(jdbc.sql(
				"select count(*) from platform.audit_event where action = 'contract.milestone.overdue' and entity_id = :id")
			.param("id", milestone)
			.query(Integer.class)
			.single()).isEqualTo(1);

		signed.buyer.get("/api/v1/contracts/monitoring")
			.andExpect(jsonPath("$.rule").value("MOF102-25"))
			.andExpect(jsonPath("$.overdueMilestones[*].milestoneId", hasItem(milestone)))
			.andExpect(jsonPath("$.overdueMilestones[*].milestoneId", not(hasItem(other))));
		ApiCaller.as(mvc, "finance.zibo")
			.get("/api/v1/contracts/monitoring")
			.andExpect(jsonPath("$.overdueMilestones[*].milestoneId", hasItem(milestone)));
		ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市卫生健康委员会", "370300"))
			.get("/api/v1/contracts/monitoring")
			.andExpect(jsonPath("$.overdueMilestones[*].milestoneId", not(hasItem(milestone))));
	}

	@Test
	void thePublishedAcceptanceAppearsOnThePortalWithoutLoginRuleGPLR_45_P() throws Exception {
		Signed signed = signedContract();
		String milestone = milestone(signed, 10);
		submit(signed, milestone);
		String findings = "首批入户服务验收合格-" + UUID.randomUUID().toString().substring(0, 8);
		signed.buyer
			.post("/api/v1/contracts/" + signed.contract + "/acceptances",
					"""
							{"milestoneId":"%s","result":"PASSED","findings":"%s",
							 "standards":[{"standard":"满意度不低于90%%","performance":"抽样满意度93%%"}],
							 "participants":[{"name":"李大爷","role":"RECIPIENT","opinion":"护理员准时上门"}]}"""
						.formatted(milestone, findings))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.publishedOn").value(today().toString()));

		mvc.perform(MockMvcRequestBuilders.get("/portal/acceptances"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(findings)))
			.andExpect(content().string(containsString("护理员准时上门")))
			.andExpect(content().string(not(containsString("李大爷"))));
		mvc.perform(MockMvcRequestBuilders.get("/api/v1/public/acceptances"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].findings", hasItem(findings)));
	}

	@Test
	void theDeliveryPageGivesEachPartyItsFormsAndTheFormsWork() throws Exception {
		Signed signed = signedContract();
		Authentication buyer = login(signed.buyerName);
		Authentication provider = login("provider.demo");
		String page = "/contracts/" + signed.contract + "/delivery";

		mvc.perform(MockMvcRequestBuilders.post(page + "/milestones")
			.with(authentication(buyer))
			.with(csrf())
			.param("title", "首批入户")
			.param("standard", "完成120户入户服务")
			.param("dueOn", signed.startsOn.plusDays(10).toString())).andExpect(status().is3xxRedirection());
		assertThat(html(page, buyer))
			.contains("id=\"add-milestone\"", "id=\"record-acceptance\"", "首批入户", "id=\"participant-name-3\"")
			.doesNotContain("id=\"add-ledger-entry\"");

		assertThat(html(page, provider)).contains("id=\"add-ledger-entry\"", "id=\"submit-milestone-1\"")
			.doesNotContain("id=\"record-acceptance\"");
		mvc.perform(MockMvcRequestBuilders.multipart(page + "/ledger")
			.file(new MockMultipartFile("files", "进度报告.pdf", "application/pdf", PDF))
			.with(authentication(provider))
			.with(csrf())
			.param("kind", "PROGRESS")
			.param("title", "首批入户完成")
			.param("milestoneId",
					JsonPath.<String>read(
							body(signed.buyer.get("/api/v1/contracts/" + signed.contract + "/milestones")), "$[0].id"))
			.param("submitMilestone", "true")).andExpect(status().is3xxRedirection());
		assertThat(html(page, buyer)).contains("首批入户完成", "进度报告.pdf", "已提交待验收");
		// as a browser sends the form: every field, the optional ones empty
		mvc.perform(MockMvcRequestBuilders.multipart(page + "/ledger")
			.file(new MockMultipartFile("files", "工作计划.pdf", "application/pdf", PDF))
			.with(authentication(provider))
			.with(csrf())
			.param("kind", "WORK_PLAN")
			.param("occurredOn", "")
			.param("title", "第二季度工作计划")
			.param("milestoneId", "")
			.param("content", "排班安排")).andExpect(status().is3xxRedirection());
		assertThat(html(page, buyer)).contains("第二季度工作计划", "工作计划.pdf");
		assertThat(html("/provider/contracts", provider)).contains(signed.contract);
		assertThat(html("/contracts/monitoring", login("finance.zibo"))).contains(signed.contract);
		assertThat(html(page + "/participant-row?index=4", buyer)).contains("participant-name-4", "index=5");
		mvc.perform(MockMvcRequestBuilders.get(page).with(authentication(login("provider.wenhua"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRefusedFormIsShownAgainWithTheInputAndWhatIsWrong() throws Exception {
		Signed signed = signedContract();
		Authentication buyer = login(signed.buyerName);
		String page = "/contracts/" + signed.contract + "/delivery";

		assertThat(posted(MockMvcRequestBuilders.post(page + "/milestones")
			.with(authentication(buyer))
			.with(csrf())
			.param("title", "第二批入户")
			.param("standard", "完成200户入户服务")
			.param("dueOn", "2026-13-01")
			.param("amount", "十万元"))).contains("value=\"第二批入户\"", "日期格式不正确", "请填写数字（元）");
		assertThat(posted(MockMvcRequestBuilders.post(page + "/milestones")
			.with(authentication(buyer))
			.with(csrf())
			.param("title", "第二批入户")
			.param("standard", " "))).contains("value=\"第二批入户\"", "请填写交付成果与验收标准");

		assertThat(posted(MockMvcRequestBuilders.post(page + "/milestones")
			.with(authentication(buyer))
			.with(csrf())
			.param("title", "第二批入户")
			.param("standard", "完成200户入户服务")
			.param("dueOn", signed.startsOn.minusDays(1).toString()))).as("the rule the service applies")
			.contains("完成期限应在合同服务期限内", "value=\"完成200户入户服务\"");
		signed.buyer.get("/api/v1/contracts/" + signed.contract + "/milestones")
			.andExpect(jsonPath("$.length()").value(0));
	}

	private String posted(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	// ---- a signed contract with provider.demo
	// -------------------------------------------------------

	record Signed(ApiCaller buyer, String buyerName, String contract, LocalDate startsOn) {
	}

	private Signed signedContract() throws Exception {
		AwardedProcurements.Award award = AwardedProcurements.award(mvc, clock, "居家养老（履约测试）", "600000", "500000",
				"COMPETITIVE_CONSULTATION", "", List.of("provider.demo", "provider.wenhua", "provider.juwei"));
		ApiCaller buyer = award.buyer();
		String buyerName = award.buyerName();
		String project = award.project();
		LocalDate start = today().plusDays(1);
		String contract = JsonPath.read(body(buyer
			.post("/api/v1/contracts",
					"{\"projectId\":\"" + project + "\",\"title\":\"居家养老上门服务合同\",\"startsOn\":\"" + start
							+ "\",\"endsOn\":\"" + start.plusYears(1).minusDays(1) + "\"," + CLAUSES + "}")
			.andExpect(status().isCreated())), "$.id");
		buyer.post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(jsonPath("$.status").value("SIGNED"));
		return new Signed(buyer, buyerName, contract, start);
	}

	private String milestone(Signed signed, int daysAfterStart) throws Exception {
		return JsonPath.read(body(signed.buyer
			.post("/api/v1/contracts/" + signed.contract + "/milestones",
					"""
							{"title":"第%d天节点","standard":"完成首批入户服务，满意度不低于90%%","dueOn":"%s","amount":100000}"""
						.formatted(daysAfterStart, signed.startsOn.plusDays(daysAfterStart)))
			.andExpect(status().isCreated())), "$.id");
	}

	private void submit(Signed signed, String milestone) throws Exception {
		ApiCaller.as(mvc, "provider.demo")
			.post("/api/v1/contracts/" + signed.contract + "/milestones/" + milestone + "/submit", """
					{"report":"已完成首批120户入户服务"}""")
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	private ResultActions accept(Signed signed, String milestone, String result, String extra) throws Exception {
		return signed.buyer.post("/api/v1/contracts/" + signed.contract + "/acceptances", """
				{"milestoneId":%s,"result":"%s","findings":"入户服务按合同标准逐项检查",
				 "standards":[{"standard":"满意度不低于90%%","performance":"抽样满意度85%%"}],
				 "participants":[{"name":"张科长","role":"PURCHASER","opinion":"见验收意见"},
				                 {"name":"李大爷","role":"RECIPIENT","opinion":"服务态度好"}]%s}"""
			.formatted(milestone == null ? "null" : "\"" + milestone + "\"", result, extra));
	}

	private String html(String url, Authentication user) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(url).with(authentication(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
