package org.govbuy.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.govbuy.budget.application.AnnualPlans;
import org.govbuy.shared.FiscalYear;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 市场点餐 (芒政办发〔2017〕51号): anyone proposes a service on the portal; the purchasing unit
 * takes it into next year's plan or declines it with a reason the portal publishes.
 */
@IntegrationTest
class ProposalsIntegrationTests {

	static final String UNIT = "淄博市残疾人联合会";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	AuthenticationManager authenticationManager;

	@Autowired
	AnnualPlans plans;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anAnonymousProposalFromThePortalFormIsPublishedWithoutTheContact() throws Exception {
		assertThat(anonymousPage("/portal/proposals/new")).contains(UNIT, "name=\"_csrf\"", "name=\"website\"");
		String service = "机关食堂营养配餐指导" + suffix();
		mvc.perform(post("/portal/proposals/new").with(csrf())
			.param("unitId", unitId(UNIT).toString())
			.param("serviceName", service)
			.param("description", "为机关食堂制定营养配餐方案，每季度开展一次膳食评估，提升就餐人员满意度")
			.param("proposerName", "张先生")
			.param("proposerContact", "13905330001")
			.param("website", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/portal/proposals"))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.containsString("感谢")));

		assertThat(jdbc.sql("select status from budget.proposal where service_name = :name")
			.param("name", service)
			.query(String.class)
			.single()).isEqualTo("PROPOSED");
		String portal = anonymousPage("/portal/proposals");
		assertThat(portal).contains(service, "张先生", UNIT, "待答复").doesNotContain("13905330001");
		String api = mvc.perform(get("/api/v1/public/proposals"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains(service).doesNotContain("13905330001").doesNotContain("proposerContact");
	}

	@Test
	void theFormKeepsWhatWasEnteredAndSaysInChineseWhatIsWrong() throws Exception {
		String service = "社区老年食堂" + suffix();
		String page = mvc
			.perform(post("/portal/proposals/new").with(csrf())
				.param("unitId", unitId(UNIT).toString())
				.param("serviceName", service)
				.param("description", "为社区老人提供助餐服务，减轻家庭照护负担")
				.param("proposerName", "李女士")
				.param("proposerContact", "随便"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("联系方式应为电话号码或电子邮箱", service, "为社区老人提供助餐服务", "李女士");
		assertThat(count(service)).isZero();

		mvc.perform(post("/portal/proposals/new").with(csrf())
			.param("unitId", unitId(UNIT).toString())
			.param("serviceName", "很".repeat(101))
			.param("description", "为社区老人提供助餐服务，减轻家庭照护负担")
			.param("proposerName", "李女士")
			.param("proposerContact", "li@example.cn"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("服务名称不超过100字")));
	}

	@Test
	void aRobotThatFillsTheHiddenFieldIsThankedButNothingIsStored() throws Exception {
		String service = "网站推广服务" + suffix();
		mvc.perform(post("/portal/proposals/new").with(csrf())
			.param("unitId", unitId(UNIT).toString())
			.param("serviceName", service)
			.param("description", "我们提供最好的网站推广服务，欢迎选购")
			.param("proposerName", "robot")
			.param("proposerContact", "spam@example.com")
			.param("website", "http://spam.example.com")).andExpect(redirectedUrl("/portal/proposals"));
		assertThat(count(service)).isZero();
	}

	@Test
	void aProviderSignedInFindsItsOrganizationAsTheProposer() throws Exception {
		String page = mvc.perform(get("/portal/proposals/new").with(authentication(login("provider.demo"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String organization = jdbc.sql("""
				select o.name from platform.app_user u join platform.organization o on o.id = u.organization_id
				where u.username = 'provider.demo'""").query(String.class).single();
		assertThat(page).contains("value=\"" + organization + "\"");
	}

	@Test
	void theUnitDeclinesWithAReasonThatThePortalPublishesAndCannotDecideAgain() throws Exception {
		UUID proposal = propose("公务接待礼品采购" + suffix());
		Authentication buyer = login("buyer.cl");
		assertThat(page(buyer, "/budget/proposals")).contains(proposal.toString(), "13800000000");

		mvc.perform(post("/budget/proposals/" + proposal + "/decline").with(authentication(buyer))
			.with(csrf())
			.param("reason", "礼品属于货物，不属于政府购买服务范围")).andExpect(redirectedUrl("/budget/proposals"));

		assertThat(anonymousPage("/portal/proposals")).contains("未采纳：礼品属于货物，不属于政府购买服务范围");
		mvc.perform(post("/api/v1/proposals/" + proposal + "/accept")
			.header("Authorization", ApiClient.bearer(mvc, "buyer.cl"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"catalogCode\":\"B1101\",\"amount\":1000,\"fundingSource\":\"DEPARTMENT_BUDGET\",\"serviceContent\":\"x\"}"))
			// already answered: a conflict with the proposal's state, not bad input
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("已答复")));
	}

	@Test
	void decliningWithoutAReasonIsRefusedInChinese() throws Exception {
		UUID proposal = propose("办公区绿化养护" + suffix());
		String page = mvc
			.perform(post("/budget/proposals/" + proposal + "/decline").with(authentication(login("buyer.cl")))
				.with(csrf())
				.param("reason", "  "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("请填写未采纳的理由");
		mvc.perform(post("/api/v1/proposals/" + proposal + "/decline")
			.header("Authorization", ApiClient.bearer(mvc, "buyer.cl"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(statusOf(proposal)).isEqualTo("PROPOSED");
	}

	@Test
	void acceptingPutsADraftLineIntoTheUnitsPlanOfNextYear() throws Exception {
		clock.set(Instant.parse("2026-11-25T02:00:00Z"));
		String service = "机关办公区物业管理" + suffix();
		UUID proposal = propose(service);

		mvc.perform(post("/budget/proposals/" + proposal + "/accept").with(authentication(login("buyer.cl")))
			.with(csrf())
			.param("catalogCode", "B1101")
			.param("amount", "180000")
			.param("fundingSource", "DEPARTMENT_BUDGET")
			.param("serviceContent", "办公区保洁、绿化和秩序维护")).andExpect(redirectedUrl("/budget/proposals"));

		Map<String, Object> line = jdbc.sql("""
				select l.*, p.fiscal_year, p.unit_name, p.status as plan_status from budget.proposal x
				join budget.plan_line l on l.id = x.accepted_line_id join budget.plan p on p.id = l.plan_id
				where x.id = :id""").param("id", proposal).query().singleRow();
		assertThat(line).containsEntry("fiscal_year", 2027)
			.containsEntry("unit_name", UNIT)
			.containsEntry("project_name", service)
			.containsEntry("catalog_code", "B1101")
			.containsEntry("catalog_name", "物业管理服务")
			.containsEntry("status", "DRAFT");
		assertThat(statusOf(proposal)).isEqualTo("ACCEPTED");
		assertThat(anonymousPage("/portal/proposals")).contains("已纳入2027年度购买计划");
		assertThat(jdbc
			.sql("select count(*) from platform.audit_event where action = 'proposal.accept' and entity_id = :id")
			.param("id", proposal.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aProposalCannotBeAcceptedWhileNextYearsPlanIsWithFinance() throws Exception {
		clock.set(Instant.parse("2026-11-25T02:00:00Z"));
		Authentication boshan = login("buyer.boshan");
		SecurityContextHolder.getContext().setAuthentication(boshan);
		UUID plan;
		try {
			plan = plans.start(FiscalYear.of(2027)).id();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		// given: the plan has gone to finance
		jdbc.sql("update budget.plan set status = 'SUBMITTED' where id = :id").param("id", plan).update();
		UUID proposal = propose("卫生应急演练组织" + suffix(), "博山区卫生健康局");

		String page = mvc
			.perform(post("/budget/proposals/" + proposal + "/accept").with(authentication(boshan))
				.with(csrf())
				.param("catalogCode", "B1101")
				.param("amount", "50000")
				.param("fundingSource", "DEPARTMENT_BUDGET")
				.param("serviceContent", "组织辖区卫生应急演练"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("2027年度购买计划当前状态为“财政审核中”，不能再增加项目");
		assertThat(statusOf(proposal)).isEqualTo("PROPOSED");
	}

	@Test
	void anAcceptanceWithInvalidInputLeavesTheProposalWaiting() throws Exception {
		UUID proposal = propose("办公楼维修改造" + suffix());
		mvc.perform(post("/api/v1/proposals/" + proposal + "/accept")
			.header("Authorization", ApiClient.bearer(mvc, "buyer.cl"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"catalogCode\":\"B1101\",\"amount\":-5,\"fundingSource\":\"DEPARTMENT_BUDGET\",\"serviceContent\":\"维修\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
		String page = mvc
			.perform(post("/budget/proposals/" + proposal + "/accept").with(authentication(login("buyer.cl")))
				.with(csrf())
				.param("catalogCode", "B1101")
				.param("amount", "12万")
				.param("fundingSource", "DEPARTMENT_BUDGET")
				.param("serviceContent", "办公楼维修"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("预算金额格式不正确", "12万");
		assertThat(statusOf(proposal)).isEqualTo("PROPOSED");
	}

	@Test
	void aUserOfAnotherUnitCannotDecideTheProposal() throws Exception {
		UUID proposal = propose("机关车辆保养" + suffix());
		mvc.perform(post("/budget/proposals/" + proposal + "/decline").with(authentication(login("buyer.mzj")))
			.with(csrf())
			.param("reason", "不是本单位的事")).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/proposals/" + proposal + "/decline")
			.header("Authorization", ApiClient.bearer(mvc, "buyer.boshan"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"不是本单位的事\"}")).andExpect(status().isNotFound());
		assertThat(page(login("buyer.mzj"), "/budget/proposals")).doesNotContain(proposal.toString());
		assertThat(statusOf(proposal)).isEqualTo("PROPOSED");
	}

	@Test
	void financeOfTheRegionReadsTheProposalsButCannotDecide() throws Exception {
		UUID proposal = propose("公共机构节能诊断" + suffix());
		Authentication finance = login("finance.zibo");
		assertThat(page(finance, "/budget/proposals")).contains(proposal.toString()).doesNotContain("accept-form");
		mvc.perform(post("/budget/proposals/" + proposal + "/decline").with(authentication(finance))
			.with(csrf())
			.param("reason", "财政不能代答")).andExpect(status().isForbidden());
		assertThat(statusOf(proposal)).isEqualTo("PROPOSED");
	}

	private UUID propose(String service) throws Exception {
		return propose(service, UNIT);
	}

	private UUID propose(String service, String unit) throws Exception {
		String body = mvc.perform(post("/api/v1/public/proposals").contentType(MediaType.APPLICATION_JSON).content("""
				{"unitId":"%s","serviceName":"%s","description":"希望由专业机构提供该服务，提高机关后勤保障水平",
				 "proposerName":"淄博某物业公司","proposerContact":"13800000000"}""".formatted(unitId(unit), service)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposerContact").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return UUID.fromString(JsonPath.read(body, "$.id"));
	}

	private UUID unitId(String name) {
		return jdbc.sql("select id from platform.organization where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	private long count(String service) {
		return jdbc.sql("select count(*) from budget.proposal where service_name = :name")
			.param("name", service)
			.query(Long.class)
			.single();
	}

	private String statusOf(UUID proposal) {
		return jdbc.sql("select status from budget.proposal where id = :id")
			.param("id", proposal)
			.query(String.class)
			.single();
	}

	private static String suffix() {
		return "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

	private String anonymousPage(String url) throws Exception {
		return mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(Authentication session, String url) throws Exception {
		return mvc.perform(get(url).with(authentication(session)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
