package org.govbuy.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.govbuy.budget.application.AnnualPlans;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Approved annual plans are published on the portal (京政办发〔2014〕34号): approved lines with
 * their approved amounts and targets, never drafts, plans under review or returned, lines
 * waiting for filing, or reviewers' comments.
 */
@IntegrationTest
class PublishedPlansIntegrationTests {

	/**
	 * 淄博市机关事务管理局's 2026 plan: its 2027 plan takes the proposals the other tests accept,
	 * and 淄博市民政局's plans belong to the demo data.
	 */
	static final FiscalYear YEAR = FiscalYear.of(2026);

	@Autowired
	MockMvc mvc;

	@Autowired
	AnnualPlans plans;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	void anApprovedPlanShowsItsApprovedLinesOnlyWithoutReviewComments() throws Exception {
		Plan plan = as("buyer.jgsw", () -> plans.start(YEAR));
		UUID planId = plan.id();
		PlanLine cleaning = as("buyer.jgsw",
				() -> plans.addLine(planId, line("办公区物业保洁服务", "B1101", "办公区保洁、绿化和秩序维护", 150_000)));
		PlanLine canteen = as("buyer.jgsw",
				() -> plans.addLine(planId, line("机关食堂餐饮服务", "B1102", "机关食堂早午餐供应", 90_000)));
		as("buyer.jgsw", () -> plans.addLine(planId, line("尚未备案的会务服务", "B9977", "大型会议会务保障", 30_000)));
		as("buyer.jgsw", () -> plans.submit(planId));
		as("reviewer.zibo", () -> plans.approveLine(planId, cleaning.id(), "审核意见：同意批复保洁项目"));
		as("reviewer.zibo", () -> plans.returnLine(planId, canteen.id(), "退回意见：供餐标准不明确"));

		assertThat(anonymousPage("/portal/plans?year=2026")).doesNotContain(planId.toString());
		mvc.perform(get("/portal/plans/" + planId)).andExpect(status().isNotFound());

		as("buyer.jgsw",
				() -> plans.reviseLine(planId, canteen.id(), line("机关食堂餐饮服务", "B1102", "机关食堂早午餐供应，每餐不少于四菜一汤", 90_000)));
		as("buyer.jgsw", () -> plans.submit(planId));
		as("reviewer.zibo", () -> plans.approveLine(planId, canteen.id(), "审核意见：修改后同意"));
		assertThat(as("buyer.jgsw", () -> plans.visible(planId)).status()).isEqualTo(PlanStatus.APPROVED);

		String list = anonymousPage("/portal/plans?year=2026&region=370300");
		assertThat(list).contains(planId.toString(), "淄博市机关事务管理局", "¥240,000.00");
		assertThat(anonymousPage("/portal/plans?region=370304")).doesNotContain(planId.toString());

		String page = anonymousPage("/portal/plans/" + planId);
		assertThat(page).contains("办公区物业保洁服务", "B1101", "物业管理服务", "办公区保洁、绿化和秩序维护", "¥150,000.00", "机关食堂餐饮服务",
				"每餐不少于四菜一汤", "¥90,000.00", "部门预算", "服务对象满意度", "≥90%");
		assertThat(page).doesNotContain("尚未备案的会务服务", "审核意见", "退回意见", "reviewer.zibo");

		mvc.perform(get("/api/v1/public/plans/" + planId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.lines[0].approvedAmount").value(150000.00))
			.andExpect(jsonPath("$.lines[0].targets[0].category").value("数量指标"))
			.andExpect(jsonPath("$.plan.approvedTotal").value(240000.00));
		String json = mvc.perform(get("/api/v1/public/plans").param("year", "2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains(planId.toString()).doesNotContain("审核意见");
	}

	@Test
	void aDraftPlanIsNotPublished() throws Exception {
		Plan draft = as("buyer.cl", () -> plans.start(FiscalYear.of(2027)));
		assertThat(draft.status().editable()).isTrue();
		mvc.perform(get("/portal/plans/" + draft.id())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/plans/" + draft.id())).andExpect(status().isNotFound());
		assertThat(anonymousPage("/portal/plans")).doesNotContain(draft.id().toString());
		mvc.perform(get("/portal/plans/" + UUID.randomUUID())).andExpect(status().isNotFound());
	}

	@Test
	void aMalformedFilterIsABadRequestNotAnError() throws Exception {
		mvc.perform(get("/portal/plans").param("year", "明年")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/public/plans").param("region", "37")).andExpect(status().isBadRequest());
	}

	private static LineDraft line(String name, String catalogCode, String content, long yuan) {
		return new LineDraft(name, "机关运行保障", catalogCode, content, "按合同约定标准提供", "1年", Money.ofYuan(yuan),
				FundingSource.DEPARTMENT_BUDGET, false, null,
				List.of(new PerformanceTarget(TargetCategory.OUTPUT, "服务面积", "≥20000平方米"),
						new PerformanceTarget(TargetCategory.SATISFACTION, "服务对象满意度", "≥90%")),
				null, null, null, Set.of());
	}

	/**
	 * Runs a command as a demo user, signed in through the real authentication manager.
	 */
	private <T> T as(String username, Supplier<T> command) {
		SecurityContextHolder.getContext()
			.setAuthentication(authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD)));
		try {
			return command.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String anonymousPage(String url) throws Exception {
		return mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
