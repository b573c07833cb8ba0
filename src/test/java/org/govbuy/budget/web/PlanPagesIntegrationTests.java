package org.govbuy.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan pages: what a clerk sees when a line is refused or malformed (nothing lost),
 * the finance views of the demo region, and who may open them.
 */
@IntegrationTest
class PlanPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	void aNegativeListLineIsRefusedOnTheFormWithCitationsAndTheEnteredValuesKept() throws Exception {
		Authentication clerk = login(TestUnits.purchaserClerk(mvc, "淄博市人力资源和社会保障局", "370300"));
		String plan = redirectTarget(
				mvc.perform(post("/budget/plans").with(authentication(clerk)).with(csrf()).param("fiscalYear", "2027"))
					.andExpect(status().is3xxRedirection())
					.andReturn()
					.getResponse()
					.getRedirectedUrl());

		String page = body(lineForm(plan, clerk).param("projectName", "就业服务大厅改造")
			.param("catalogCode", "A0302")
			.param("serviceContent", "大厅装修改造")
			.param("amount", "450000")
			.param("fundingSource", "DEPARTMENT_BUDGET")
			.param("declared", "works"));
		assertThat(page).contains("MOF102-10-3", "第十条", "就业服务大厅改造", "450000");
		assertThat(body(get(plan).with(authentication(clerk)))).doesNotContain("就业服务大厅改造");
	}

	@Test
	void aMalformedAmountIsAClearMessageOnTheForm() throws Exception {
		Authentication clerk = login(TestUnits.purchaserClerk(mvc, "淄博市人力资源和社会保障局", "370300"));
		String plan = redirectTarget(
				mvc.perform(post("/budget/plans").with(authentication(clerk)).with(csrf()).param("fiscalYear", "2027"))
					.andReturn()
					.getResponse()
					.getRedirectedUrl());

		String page = body(lineForm(plan, clerk).param("projectName", "就业见习")
			.param("catalogCode", "A0302")
			.param("serviceContent", "见习")
			.param("amount", "四十万")
			.param("indicators[OUTPUT]", "见习人数")
			.param("targets[OUTPUT]", "200人"));
		assertThat(page).contains("本年度预算金额须为数字", "就业见习", "见习人数");
	}

	@Test
	void financeSeesExecutionCategoriesCapacityAndFeeFollowsService() throws Exception {
		String page = body(get("/budget/overview").param("year", "2026").with(authentication(login("finance.zibo"))));
		assertThat(page).contains("淄博市民政局", "1,760,000.00", "440,000.00", "费随事转", "620,000.00", "博山区卫生健康局", "财政承受能力",
				"echarts.min.js");
		String json = mvc
			.perform(get("/api/v1/plans/overview?year=2026").header("Authorization",
					ApiClient.bearer(mvc, "finance.boshan")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("博山区卫生健康局").doesNotContain("淄博市民政局");
	}

	@Test
	void theReviewQueueShowsSubmittedPlansAndAdjustmentsOfTheRegion() throws Exception {
		String page = body(get("/budget/review").with(authentication(login("reviewer.zibo"))));
		assertThat(page).contains("淄博市机关事务管理局", "博山区卫生健康局", "淄博市民政局");
		mvc.perform(get("/budget/review").with(authentication(login("buyer.mzj")))).andExpect(status().isForbidden());
		mvc.perform(get("/budget/overview").with(authentication(login("buyer.mzj")))).andExpect(status().isForbidden());
	}

	@Test
	void theDemoPlanShowsItsFlagsLedgerAndHistory() throws Exception {
		Authentication reviewer = login("reviewer.zibo");
		String list = body(get("/budget/plans").param("year", "2027").with(authentication(reviewer)));
		assertThat(list).contains("淄博市机关事务管理局", "财政审核中");
		String plans = mvc
			.perform(get("/api/v1/plans?year=2027").header("Authorization", ApiClient.bearer(mvc, "reviewer.zibo")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String office = com.jayway.jsonpath.JsonPath.<java.util.List<String>>read(plans,
				"$[?(@.unitName == '淄博市机关事务管理局')].id")
			.get(0);
		String page = body(get("/budget/plans/" + office).with(authentication(reviewer)));
		assertThat(page).contains("化整为零", "达到公开招标数额标准", "批复", "退回修改", "操作记录");
	}

	MockHttpServletRequestBuilder lineForm(String plan, Authentication clerk) {
		return post(plan + "/lines").with(authentication(clerk)).with(csrf());
	}

	String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	static String redirectTarget(String url) {
		return url.startsWith("http") ? url.substring(url.indexOf("/budget/")) : url;
	}

	Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

}
