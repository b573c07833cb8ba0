package org.govbuy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.govbuy.shared.RegionCode;
import org.govbuy.support.FinalEvaluationFixture;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.PageSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Final results where other modules use them (102令 第二十一条): beside a plan line in
 * finance's review (past grades of the same unit and catalog item, and the unit flagged
 * for a 差), and as 定向委托 suggestions when a purchase takes a way outside procurement law —
 * never inside a procurement under the law (GPLR-20). The results come from
 * {@link FinalEvaluationFixture}.
 */
@IntegrationTest
class ResultsUsedIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void financesReviewOfAPlanShowsPastGradesBesideTheLineAndFlagsAPoorUnit() throws Exception {
		Map<String, Object> line = jdbc.sql("""
				select p.id as plan_id, p.unit_id, p.region_code, l.catalog_code from budget.plan p
				join budget.plan_line l on l.plan_id = p.id where p.region_code like '3703%' order by p.fiscal_year desc
				limit 1""").query().singleRow();
		UUID unit = (UUID) line.get("unit_id");
		RegionCode region = new RegionCode((String) line.get("region_code"));
		String catalog = (String) line.get("catalog_code");
		FinalEvaluationFixture fixture = FinalEvaluationFixture.with(jdbc);
		EvaluationCompleted good = fixture.recorded(FinalEvaluationFixture.completed(unit, "预算审核测试单位", region,
				UUID.randomUUID(), "淄博往年良好服务中心", catalog, "85.5", today().minusMonths(5)));
		EvaluationCompleted poor = fixture.recorded(FinalEvaluationFixture.completed(unit, "预算审核测试单位", region,
				UUID.randomUUID(), "淄博往年较差服务中心", catalog, "52", today().minusMonths(2)));

		String page = page("reviewer.zibo", "/budget/plans/" + line.get("plan_id"));

		assertThat(page).contains("以往绩效评价", good.contractNumber(), "淄博往年良好服务中心", "等级 良", poor.contractNumber(),
				"id=\"poor-grades\"", "淄博往年较差服务中心");
	}

	@Test
	void aPurchaseOutsideProcurementLawSuggestsProvidersGradedExcellentAndOneUnderTheLawShowsNone() throws Exception {
		Map<String, Object> outside = approvedLine(false);
		Map<String, Object> under = approvedLine(true);
		FinalEvaluationFixture fixture = FinalEvaluationFixture.with(jdbc);
		for (Map<String, Object> line : new Map[] { outside, under }) {
			fixture.recorded(FinalEvaluationFixture.completed(UUID.randomUUID(), "另一购买主体",
					new RegionCode((String) line.get("region_code")), UUID.randomUUID(), "淄博优秀承接主体测试中心",
					(String) line.get("catalog_code"), "95", today().minusMonths(3)));
		}

		String suggested = page((String) outside.get("username"),
				"/procurement/projects/new?line=" + outside.get("id"));
		assertThat(suggested).contains("绩效评价为优的承接主体", "淄博优秀承接主体测试中心", "GPLR-20", "可成为下年度购买服务计划项目的优先选择主体");

		String underTheLaw = page((String) under.get("username"), "/procurement/projects/new?line=" + under.get("id"));
		assertThat(underTheLaw).doesNotContain("preferred-providers", "淄博优秀承接主体测试中心");
	}

	@Test
	void theRenewalFormShowsTheGradeItReadsInsteadOfAskingForOneRuleLCC2022_14_34() throws Exception {
		UUID contract = jdbc.sql("""
				select c.id from contract.contract c join platform.app_user u on u.organization_id = c.unit_id
				where u.username = 'buyer.mzj' and c.signed_on is not null and c.renewal_of is null
				  and c.terminated_on is null
				order by c.number limit 1""").query(UUID.class).single();
		String before = page("buyer.mzj", "/contracts/" + contract);
		assertThat(before).contains("id=\"renewal-grade\"").doesNotContain("name=\"grade\"");

		FinalEvaluationFixture.with(jdbc)
			.finalEvaluation(contract, EvaluationKind.COMPLETION, new java.math.BigDecimal("93.456"), today());

		assertThat(page("buyer.mzj", "/contracts/" + contract)).contains("绩效评价结果（系统读取）", "得分 93.45", "等级 优");
	}

	/**
	 * An approved line of a unit with a purchaser clerk, under procurement law or not.
	 */
	private Map<String, Object> approvedLine(boolean procurementLaw) {
		return jdbc.sql("""
				select l.id, l.catalog_code, p.region_code, min(u.username) as username from budget.plan_line l
				join budget.plan p on p.id = l.plan_id
				join platform.app_user u on u.organization_id = p.unit_id
				join platform.user_role r on r.app_user = u.id and r.role = 'PURCHASER_CLERK'
				where l.status = :approved and l.procurement_law = :law and u.username like 'buyer.%'
				group by l.id, l.catalog_code, p.region_code order by l.id limit 1""")
			.param("approved", "APPROVED")
			.param("law", procurementLaw)
			.query()
			.singleRow();
	}

	private String page(String username, String path) throws Exception {
		Cookie session = PageSession.signIn(mvc, username);
		return mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
