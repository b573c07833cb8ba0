package org.govbuy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.govbuy.contract.ContractSigned;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations;
import org.govbuy.provider.ProviderType;
import org.govbuy.provider.application.ProviderRegistry;
import org.govbuy.shared.Money;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.UnifiedSocialCreditCode;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.PageSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Performance evaluation through the API and the pages, on the demo data: an evaluator
 * related to the provider is refused (EVAL-2), the purchaser cannot finish without its
 * own evaluation (EVAL-1), the provider's objection is answered and the result becomes
 * final with {@link EvaluationCompleted}; the demo's home-care evaluations.
 */
@IntegrationTest
@EnableScenarios
@RecordApplicationEvents
class EvaluationIntegrationTests {

	static final String HOME_CARE = "2026年社区居家养老上门服务合同";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProviderRegistry providers;

	@Autowired
	Organizations organizations;

	@Test
	void anEvaluatorRelatedToTheProviderIsRefusedWithItsRuleEVAL_2(Scenario scenario) throws Exception {
		UUID evaluation = openEvaluation(scenario);
		// A consulting firm registered as a provider too, sharing 颐康's legal
		// representative.
		String code = UnifiedSocialCreditCode
			.withCheckDigit("91370300MA" + String.format("%07d", Math.abs(UUID.randomUUID().hashCode()) % 10_000_000));
		providers.register(new ProviderRegistry.Registration("淄博颐安绩效咨询有限公司" + code.substring(10, 14),
				ProviderType.ENTERPRISE, code, new RegionCode("370303"), "王秀兰", "王秀兰", "0533-5550101", null, null, null,
				null, "related." + code.substring(10, 17).toLowerCase(), "Related@2026"));
		UUID related = organizations
			.register(new Organizations.NewOrganization("淄博颐安评价中心" + code.substring(10, 14), OrganizationKind.EVALUATOR,
					null, null, new RegionCode("370300"), code))
			.id();

		mvc.perform(post("/api/v1/evaluations/{id}/assign", evaluation).header("Authorization", buyer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organizationId\":\"" + related + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("EVAL-2"))
			.andExpect(jsonPath("$.violations[0].message").value(containsString("关联关系")));
	}

	@Test
	void anEvaluatorThatAdvisedTheProviderCannotAcceptRuleEVAL_2(Scenario scenario) throws Exception {
		UUID evaluation = openEvaluation(scenario);
		assignDemoEvaluator(evaluation);

		mvc.perform(post("/api/v1/evaluations/{id}/accept", evaluation).header("Authorization", evaluator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"declaredIndependent\":true,\"consultedForProvider\":true}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("EVAL-2"))
			.andExpect(jsonPath("$.violations[0].message").value(containsString("咨询服务")));
	}

	@Test
	void aPurchaserCannotFinishWithoutItsOwnEvaluationRuleEVAL_1(Scenario scenario) throws Exception {
		UUID evaluation = openEvaluation(scenario);
		assignDemoEvaluator(evaluation);
		accept(evaluation);
		scores(evaluation, evaluator(), "较好", "好", true).andExpect(status().isOk());

		mvc.perform(post("/api/v1/evaluations/{id}/finish", evaluation).header("Authorization", buyer()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("EVAL-1"))
			.andExpect(jsonPath("$.violations[0].citation").value(containsString("第二十条")));
	}

	@Test
	void anObjectionAnsweredMakesTheResultFinalAndPublishesEvaluationCompleted(Scenario scenario,
			ApplicationEvents events) throws Exception {
		UUID evaluation = openEvaluation(scenario);
		scores(evaluation, buyer(), "好", "好", true).andExpect(status().isOk());
		mvc.perform(post("/api/v1/evaluations/{id}/finish", evaluation).header("Authorization", buyer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("SCORED"));

		mvc.perform(post("/api/v1/evaluations/{id}/objection", evaluation).header("Authorization", provider())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"objection\":\"验收合格率应按全部节点计算\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("OBJECTED"));
		assertThat(events.stream(EvaluationCompleted.class)).isEmpty();

		mvc.perform(post("/api/v1/evaluations/{id}/answer", evaluation).header("Authorization", buyer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answer\":\"已复核，计算口径符合指标说明，维持评分\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("FINAL"))
			.andExpect(jsonPath("$.answer").value("已复核，计算口径符合指标说明，维持评分"));
		assertThat(events.stream(EvaluationCompleted.class)).singleElement().satisfies(completed -> {
			assertThat(completed.evaluationId()).isEqualTo(evaluation);
			assertThat(completed.grade()).isEqualTo(PerformanceGrade.of(completed.score()));
		});
	}

	@Test
	void theProviderSeesNothingBeforeTheScoresAreOut(Scenario scenario) throws Exception {
		UUID evaluation = openEvaluation(scenario);

		mvc.perform(get("/api/v1/evaluations/{id}", evaluation).header("Authorization", provider()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/evaluations/{id}/finish", evaluation).header("Authorization", provider()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theDemoAnnualEvaluationIsFinalAndTheCompletionInProgress() throws Exception {
		String list = mvc.perform(get("/api/v1/evaluations").header("Authorization", buyer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((java.util.List<String>) JsonPath.read(list,
				"$[?(@.title == '" + HOME_CARE + "' && @.kind == 'ANNUAL')].status"))
			.containsExactly("FINAL");
		assertThat((java.util.List<String>) JsonPath.read(list,
				"$[?(@.title == '" + HOME_CARE + "' && @.kind == 'COMPLETION')].status"))
			.containsExactly("OPEN");
		mvc.perform(get("/api/v1/evaluations").header("Authorization", evaluator()))
			.andExpect(jsonPath("$[0].task").value("待接受委托"));
	}

	@Test
	void theEvaluatorsPagesListItsTaskAndTheScoringForm() throws Exception {
		Cookie session = PageSession.signIn(mvc, "evaluator.demo");
		mvc.perform(get("/evaluation").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(HOME_CARE)))
			.andExpect(content().string(containsString("待接受委托")));
		mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("绩效评价待办")));
		Cookie buyer = PageSession.signIn(mvc, "buyer.mzj");
		String id = jdbc.sql("select id::text from evaluation.evaluation where title = :t and kind = 'ANNUAL'")
			.param("t", HOME_CARE)
			.query(String.class)
			.single();
		mvc.perform(get("/evaluation/" + id).cookie(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("服务对象满意度")))
			.andExpect(content().string(containsString("综合得分")));
	}

	@Test
	void aRefusalOnThePageShowsItsRuleOnTheForm(Scenario scenario) throws Exception {
		UUID evaluation = openEvaluation(scenario);
		Cookie buyer = PageSession.signIn(mvc, "buyer.mzj");

		mvc.perform(post("/evaluation/{id}/finish", evaluation).cookie(buyer).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("refusedForm", "finish"));
	}

	@Test
	void thePurchaserScoresOnThePageAndAnswersTheObjectionWithAdjustedScores(Scenario scenario) throws Exception {
		UUID evaluation = openEvaluation(scenario);
		Cookie buyer = PageSession.signIn(mvc, "buyer.mzj");
		Cookie provider = PageSession.signIn(mvc, "provider.demo");
		mvc.perform(get("/evaluation/{id}", evaluation).cookie(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("委托第三方评价机构")))
			.andExpect(content().string(containsString("提交本方评分")));

		mvc.perform(post("/evaluation/{id}/scores", evaluation).cookie(buyer)
			.with(csrf())
			.param("actual[P1]", "100")
			.param("actual[O1]", "96")
			.param("actual[O2]", "100")
			.param("actual[B3]", "92")
			.param("level[O3]", "一般")
			.param("level[B1]", "好")
			.param("level[B2]", "较好")
			.param("action", "submit")).andExpect(flash().attribute("flash", containsString("已提交本方评分")));
		mvc.perform(post("/evaluation/{id}/finish", evaluation).cookie(buyer).with(csrf()))
			.andExpect(flash().attribute("flash", containsString("已汇总评价结果")));
		mvc.perform(post("/evaluation/{id}/objection", evaluation).cookie(provider)
			.with(csrf())
			.param("objection", "服务内容已全部落实，O3不应评为一般")).andExpect(flash().attribute("flash", containsString("已提出异议")));
		mvc.perform(get("/evaluation/{id}", evaluation).cookie(buyer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("答复异议")))
			.andExpect(content().string(containsString("O3不应评为一般")));

		mvc.perform(post("/evaluation/{id}/answer", evaluation).cookie(buyer)
			.with(csrf())
			.param("answer", "经复核，服务内容已落实，调整为“好”")
			.param("adjust", "true")
			.param("actual[P1]", "100")
			.param("actual[O1]", "96")
			.param("actual[O2]", "100")
			.param("actual[B3]", "92")
			.param("level[O3]", "好")
			.param("level[B1]", "好")
			.param("level[B2]", "较好")).andExpect(flash().attribute("flash", containsString("已答复异议")));

		// O3 一般 (10 × 0.6 = 6) became 好 (10): the purchaser's score rises by exactly 4.
		String detail = mvc.perform(get("/api/v1/evaluations/{id}", evaluation).header("Authorization", buyer()))
			.andExpect(jsonPath("$.row.status").value("FINAL"))
			.andExpect(jsonPath("$.sheet[?(@.code == 'O3')].scores.PURCHASER.level").value("好"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		java.util.List<Double> o3 = JsonPath.read(detail, "$.sheet[?(@.code == 'O3')].scores.PURCHASER.score");
		assertThat(o3).containsExactly(10.0);
		mvc.perform(get("/evaluation/{id}", evaluation).cookie(provider))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("经复核")));
	}

	@Test
	void anEvaluatorAcceptsOnThePageWithOnlyTheDeclarationTickedAndAnAnswerNeedNotAdjust(Scenario scenario)
			throws Exception {
		UUID evaluation = openEvaluation(scenario);
		assignDemoEvaluator(evaluation);
		Cookie evaluator = PageSession.signIn(mvc, "evaluator.demo");

		// an unticked checkbox sends nothing: the form binds it as not ticked
		mvc.perform(post("/evaluation/{id}/accept", evaluation).cookie(evaluator)
			.with(csrf())
			.param("declaredIndependent", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", containsString("已确认独立性声明")));
		scores(evaluation, evaluator(), "好", "好", true).andExpect(status().isOk());
		scores(evaluation, buyer(), "好", "好", true).andExpect(status().isOk());
		mvc.perform(post("/api/v1/evaluations/{id}/finish", evaluation).header("Authorization", buyer()))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/evaluations/{id}/objection", evaluation).header("Authorization", provider())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"objection\":\"请说明计算口径\"}")).andExpect(status().isOk());

		mvc.perform(post("/evaluation/{id}/answer", evaluation).cookie(PageSession.signIn(mvc, "buyer.mzj"))
			.with(csrf())
			.param("answer", "计算口径见指标说明，维持评分"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", containsString("已答复异议")));
	}

	// ---- fixtures
	// ------------------------------------------------------------------------

	/** A fresh contract of 淄博市民政局 with 颐康, signed, its completion opened early. */
	private UUID openEvaluation(Scenario scenario) throws Exception {
		UUID unit = jdbc.sql("select id from platform.organization where name = '淄博市民政局'").query(UUID.class).single();
		UUID provider = jdbc.sql("select id from provider.provider where name = '淄博市颐康居家养老服务中心'")
			.query(UUID.class)
			.single();
		UUID contract = UUID.randomUUID();
		ContractSigned signed = new ContractSigned(contract, "EI-" + contract.toString().substring(0, 8), unit,
				new RegionCode("370300"), provider, Money.ofYuan(300_000), LocalDate.of(2025, 1, 1),
				LocalDate.of(2025, 12, 31), LocalDate.of(2024, 12, 20), "社区助浴服务合同（集成测试）", "淄博市民政局", "淄博市颐康居家养老服务中心",
				true, 30);
		scenario.publish(signed)
			.andWaitForStateChange(() -> jdbc.sql("select id from evaluation.evaluation where contract_id = :c")
				.param("c", contract)
				.query(UUID.class)
				.optional()
				.orElse(null))
			.andVerify(found -> assertThat(found).isNotNull());
		UUID evaluation = jdbc.sql("select id from evaluation.evaluation where contract_id = :c")
			.param("c", contract)
			.query(UUID.class)
			.single();
		mvc.perform(post("/api/v1/evaluations/{id}/open", evaluation).header("Authorization", buyer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.row.status").value("OPEN"));
		return evaluation;
	}

	private void assignDemoEvaluator(UUID evaluation) throws Exception {
		UUID evaluator = jdbc.sql("select id from platform.organization where name = '山东正衡绩效评价咨询有限公司'")
			.query(UUID.class)
			.single();
		mvc.perform(post("/api/v1/evaluations/{id}/assign", evaluation).header("Authorization", buyer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organizationId\":\"" + evaluator + "\"}")).andExpect(status().isOk());
	}

	private void accept(UUID evaluation) throws Exception {
		mvc.perform(post("/api/v1/evaluations/{id}/accept", evaluation).header("Authorization", evaluator())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"declaredIndependent\":true}")).andExpect(status().isOk());
	}

	private org.springframework.test.web.servlet.ResultActions scores(UUID evaluation, String token, String o3,
			String b1, boolean submit) throws Exception {
		return mvc.perform(post("/api/v1/evaluations/{id}/scores", evaluation).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"leaves":{"P1":{"actual":100},"O1":{"actual":96},"O2":{"actual":100},"O3":{"level":"%s"},
					 "B1":{"level":"%s"},"B2":{"level":"较好"},"B3":{"actual":92}},"opinion":"测试评分","submit":%s}"""
				.formatted(o3, b1, submit)));
	}

	private String buyer() throws Exception {
		return ApiClient.bearer(mvc, "buyer.mzj");
	}

	private String evaluator() throws Exception {
		return ApiClient.bearer(mvc, "evaluator.demo");
	}

	private String provider() throws Exception {
		return ApiClient.bearer(mvc, "provider.demo");
	}

}
