package org.govbuy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.govbuy.evaluation.application.TemplateRepository;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.shared.RegionCode;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.PageSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Finance keeps its region's indicator systems: a new family copied from the one in
 * force, drafts edited under rules EVAL-T1 to EVAL-T5, publication that retires the
 * previous version while evaluations keep theirs; a city's finance cannot touch the
 * province's templates.
 */
@IntegrationTest
class TemplateAdministrationIntegrationTests {

	/** The default's leaves with 按期完成率 25 and 服务内容与标准落实 5 instead of 20 and 10. */
	static final String REWEIGHTED = """
			{"name":"%s","indicators":[
			 {"code":"P","name":"过程","firstLevel":"PROCESS","weight":10},
			 {"code":"P1","parentCode":"P","name":"预算执行率","weight":10,"kind":"QUANTITATIVE","measure":"BUDGET_EXECUTION","targetCategory":"COST","direction":"HIGHER","defaultTarget":100},
			 {"code":"O","name":"产出","firstLevel":"OUTPUT","weight":50},
			 {"code":"O1","parentCode":"O","name":"按期完成率","weight":%s,"kind":"QUANTITATIVE","measure":"MILESTONES_ON_TIME","direction":"HIGHER","defaultTarget":100},
			 {"code":"O2","parentCode":"O","name":"验收合格率","weight":20,"kind":"QUANTITATIVE","measure":"ACCEPTANCE_PASSED","direction":"HIGHER","defaultTarget":100},
			 {"code":"O3","parentCode":"O","name":"服务内容与标准落实","weight":%s,"kind":"QUALITATIVE","rubric":[{"level":"好","share":1},{"level":"一般","share":0.6}]},
			 {"code":"B","name":"效益","firstLevel":"BENEFIT","weight":40},
			 {"code":"B1","parentCode":"B","name":"社会效益","weight":30,"kind":"QUALITATIVE","rubric":[{"level":"好","share":1},{"level":"差","share":0.3}]},
			 {"code":"B3","parentCode":"B","name":"服务对象满意度","weight":10,"kind":"QUANTITATIVE","measure":"SATISFACTION","direction":"HIGHER","defaultTarget":90}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	TemplateRepository templates;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewPublishedVersionOpensNewEvaluationsWhileAnEvaluationKeepsTheVersionItOpenedWith() throws Exception {
		ApiCaller finance = ApiCaller.as(mvc, "finance.zibo");
		String category = uniqueCategory();
		String first = id(finance.post("/api/v1/evaluation-templates", """
				{"name":"淄博市养老服务绩效评价指标体系","catalogCategory":"%s"}""".formatted(category))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.regionCode").value("370300")));
		put(finance, first, REWEIGHTED.formatted("淄博市养老服务绩效评价指标体系", 25, 5)).andExpect(status().isOk());
		finance.post("/api/v1/evaluation-templates/" + first + "/publish", "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.template.status").value("PUBLISHED"));
		assertThat(templates.applicable(RegionCode.of("370303"), category + "01")).map(IndicatorTemplate::id)
			.contains(UUID.fromString(first));
		// an evaluation opens with version 1
		ReportFixtures.Evaluation opened = new ReportFixtures(jdbc).finalEvaluation("模板版本测试评价", UUID.fromString(first));

		String second = id(finance.post("/api/v1/evaluation-templates/" + first + "/versions", "")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.status").value("DRAFT")));
		// one draft at a time
		finance.post("/api/v1/evaluation-templates/" + first + "/versions", "").andExpect(status().isConflict());
		put(finance, second, REWEIGHTED.formatted("淄博市养老服务绩效评价指标体系（2027年修订）", 30, 0)).andExpect(status().isOk());
		// a published version never changes
		put(finance, first, REWEIGHTED.formatted("改名", 25, 5)).andExpect(status().isConflict());
		finance.post("/api/v1/evaluation-templates/" + second + "/publish", "").andExpect(status().isOk());

		IndicatorTemplate inForce = templates.applicable(RegionCode.of("370303"), category + "01").orElseThrow();
		assertThat(inForce.id()).isEqualTo(UUID.fromString(second));
		assertThat(weights(inForce)).containsEntry("O1", "30").containsEntry("O3", "0");
		UUID kept = jdbc.sql("select template_id from evaluation.evaluation where id = :id")
			.param("id", opened.id())
			.query(UUID.class)
			.single();
		IndicatorTemplate old = templates.find(kept).orElseThrow();
		assertThat(old.version()).isEqualTo(1);
		assertThat(old.status()).isEqualTo(IndicatorTemplate.Status.RETIRED);
		assertThat(old.name()).isEqualTo("淄博市养老服务绩效评价指标体系");
		assertThat(weights(old)).containsEntry("O1", "25").containsEntry("O3", "5");
		// other regions still get the platform's default
		assertThat(templates.applicable(RegionCode.of("370100"), category + "01")).map(IndicatorTemplate::familyId)
			.contains(templates.find(ReportFixtures.DEFAULT_TEMPLATE).orElseThrow().familyId());
		// every change is audited
		assertThat(jdbc.sql("select count(*) from platform.audit_event where entity_id = :id")
			.param("id", second)
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void aDraftBreakingTheRulesIsRefusedWith422AndOnTheFormRulesEVAL_T1AndEVAL_T2() throws Exception {
		ApiCaller finance = ApiCaller.as(mvc, "finance.zibo");
		String draft = id(finance.post("/api/v1/evaluation-templates", """
				{"name":"淄博市社区服务指标体系","catalogCategory":"%s"}""".formatted(uniqueCategory())));

		put(finance, draft, REWEIGHTED.formatted("淄博市社区服务指标体系", 25, 10)).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("EVAL-T1")))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("EVAL-T2")));

		Cookie session = PageSession.signIn(mvc, "finance.zibo");
		mvc.perform(post("/evaluation/templates/" + draft).cookie(session)
			.with(csrf())
			.param("name", "淄博市社区服务指标体系")
			.param("code", "P", "P1", "O", "O1")
			.param("parentCode", "", "P", "", "O")
			.param("firstLevel", "PROCESS", "", "OUTPUT", "")
			.param("indicatorName", "过程", "预算执行率", "产出", "按期完成率")
			.param("weight", "10", "10", "90", "80")
			.param("kind", "", "QUANTITATIVE", "", "QUANTITATIVE")
			.param("measure", "", "", "", "")
			.param("targetCategory", "", "", "", "")
			.param("direction", "", "HIGHER", "", "HIGHER")
			.param("defaultTarget", "", "100", "", "100")
			.param("rubric", "", "", "", "")
			.param("description", "", "", "", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("EVAL-T1")))
			.andExpect(content().string(containsString("末级指标权重合计为90分")))
			.andExpect(content().string(containsString("EVAL-T2")));
		// the same rows with weights that add up are saved, and the page shows them
		mvc.perform(post("/evaluation/templates/" + draft).cookie(session)
			.with(csrf())
			.param("name", "淄博市社区服务指标体系")
			.param("code", "P", "P1", "O", "O1")
			.param("parentCode", "", "P", "", "O")
			.param("firstLevel", "PROCESS", "", "OUTPUT", "")
			.param("indicatorName", "过程", "预算执行率", "产出", "按期完成率")
			.param("weight", "10", "10", "90", "90")
			.param("kind", "", "QUANTITATIVE", "", "QUANTITATIVE")
			.param("measure", "", "", "", "")
			.param("targetCategory", "", "", "", "")
			.param("direction", "", "HIGHER", "", "HIGHER")
			.param("defaultTarget", "", "100", "", "100")
			.param("rubric", "", "", "", "")
			.param("description", "", "", "", "")).andExpect(status().is3xxRedirection());
		assertThat(weights(templates.find(UUID.fromString(draft)).orElseThrow())).containsEntry("O", "90")
			.containsEntry("O1", "90")
			.doesNotContainKey("O2");
		mvc.perform(get("/evaluation/templates/" + draft).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("按期完成率")))
			.andExpect(content().string(containsString("发布")));
		mvc.perform(get("/evaluation/templates").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("淄博市社区服务指标体系")))
			.andExpect(content().string(containsString("政府购买服务项目绩效评价通用指标体系")));
	}

	@Test
	void aCitysFinanceSeesButCannotEditTheProvincesTemplatesNorThePlatformDefault() throws Exception {
		ApiCaller province = ApiCaller.as(mvc, "finance.shandong");
		String provincial = id(province.post("/api/v1/evaluation-templates", """
				{"name":"山东省政府购买服务绩效评价指标体系","catalogCategory":"%s"}""".formatted(uniqueCategory()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.regionCode").value("370000")));
		ApiCaller city = ApiCaller.as(mvc, "finance.zibo");

		city.get("/api/v1/evaluation-templates/" + provincial)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.editable").value(false));
		put(city, provincial, REWEIGHTED.formatted("市级改省级", 25, 5)).andExpect(status().isForbidden());
		city.post("/api/v1/evaluation-templates/" + provincial + "/publish", "").andExpect(status().isForbidden());
		city.post("/api/v1/evaluation-templates/" + ReportFixtures.DEFAULT_TEMPLATE + "/versions", "")
			.andExpect(status().isForbidden());
		// the province may edit what it made; purchasers may not use the administration
		// at all
		put(province, provincial, REWEIGHTED.formatted("山东省政府购买服务绩效评价指标体系", 25, 5)).andExpect(status().isOk());
		ApiCaller.as(mvc, "buyer.mzj").get("/api/v1/evaluation-templates").andExpect(status().isForbidden());
	}

	private ResultActions put(ApiCaller caller, String id, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/evaluation-templates/" + id)
			.header("Authorization", caller.token())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static String id(ResultActions created) throws Exception {
		return JsonPath.read(created.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

	private static Map<String, String> weights(IndicatorTemplate template) {
		return template.indicators()
			.stream()
			.collect(Collectors.toMap(Indicator::code, i -> i.weight().stripTrailingZeros().toPlainString()));
	}

	/** A catalog category no other test uses, so templates never meet. */
	static String uniqueCategory() {
		return "Z" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
	}

}
