package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.Workbooks;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Domain metrics in the Prometheus scrape ({@code govbuy_…}), read with the scrape token
 * after a known sequence of actions; the scrape needs a credential and never redirects to
 * the login page; liveness and readiness are separate probes.
 */
@IntegrationTest
class MetricsIntegrationTests {

	/** The scrape token of the test configuration ({@code govbuy.metrics.token}). */
	static final String SCRAPE = "Bearer test-scrape-token-0123456789abcdef";

	static final String PLAN_HEADERS = "项目名称,预算项目,目录代码,服务内容,数量,本年度预算金额（元）,以后年度金额（元）,资金来源,是否新增项目,绩效目标";

	static final String TARGETS = "数量指标|服务面积|≥2万平方米;满意度指标|干部职工满意度|≥95%";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void reset() {
		clock.reset();
		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
	}

	@Test
	void theScrapeCountsPlansImportsAndRuleRefusalsAfterKnownActions() throws Exception {
		String before = scrape();
		String unit = ApiClient.bearer(mvc, TestUnits.purchaserClerk(mvc, "淄博市人力资源和社会保障局", "370300"));

		String plan = JsonPath.read(api(unit, "/api/v1/plans", "{\"fiscalYear\":2027}").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
		importLines(unit, plan,
				workbook(List
					.of(List.of("就业见习服务", "就业补助", "A0302", "组织高校毕业生就业见习", "200人", 300000, "", "部门预算", "否", TARGETS))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.imported").value(1));
		importLines(unit, plan,
				workbook(List.of(List.of("就业服务宣传", "就业补助", "A0302", "宣传", "10场", "abc", "", "部门预算", "否", TARGETS))))
			.andExpect(status().isUnprocessableContent());
		// A negative-list item (服务内容为货物): refused by MOF102-10-3, counted once.
		api(unit, "/api/v1/plans/" + plan + "/lines", """
				{"projectName":"就业服务中心办公设备","budgetProject":"就业补助","catalogCode":"A0302","serviceContent":"办公设备",
				 "amount":300000,"fundingSource":"DEPARTMENT_BUDGET","declared":["goods"],
				 "targets":[{"category":"OUTPUT","indicator":"服务人数","target":"≥500人"}]}""")
			.andExpect(status().isUnprocessableContent());
		api(unit, "/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());

		String after = scrape();
		assertThat(value(after, "govbuy_plans", "state=\"SUBMITTED\""))
			.isEqualTo(value(before, "govbuy_plans", "state=\"SUBMITTED\"") + 1);
		assertThat(value(after, "govbuy_plans", "state=\"DRAFT\""))
			.isEqualTo(value(before, "govbuy_plans", "state=\"DRAFT\""));
		assertThat(value(after, "govbuy_imports_total", "outcome=\"accepted\""))
			.isEqualTo(value(before, "govbuy_imports_total", "outcome=\"accepted\"") + 1);
		assertThat(value(after, "govbuy_imports_total", "outcome=\"refused\""))
			.isEqualTo(value(before, "govbuy_imports_total", "outcome=\"refused\"") + 1);
		assertThat(value(after, "govbuy_import_rows_total", "kind=\"plan_lines\""))
			.isEqualTo(value(before, "govbuy_import_rows_total", "kind=\"plan_lines\"") + 1);
		assertThat(value(after, "govbuy_plan_line_imports", null))
			.isEqualTo(value(before, "govbuy_plan_line_imports", null) + 1);
		assertThat(value(after, "govbuy_rule_refusals_total", "rule=\"MOF102-10-3\""))
			.isEqualTo(value(before, "govbuy_rule_refusals_total", "rule=\"MOF102-10-3\"") + 1);
		assertThat(after).contains("# TYPE govbuy_rule_refusals_total counter", "# TYPE govbuy_plans gauge");
	}

	@Test
	void theScrapeShowsProcurementsContractsAndPaymentsAsTheDatabaseHoldsThem() throws Exception {
		// A thousand days on, every unpaid request with a due date is overdue.
		clock.advance(Duration.ofDays(1000));
		String scrape = scrape();
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));

		assertThat(value(scrape, "govbuy_procurements", "stage=\"AWARDED\""))
			.isEqualTo(count("select count(*) from procurement.project where status = 'AWARDED'"));
		assertThat(value(scrape, "govbuy_contracts", "state=\"SIGNED\""))
			.isEqualTo(count("select count(*) from contract.contract where status = 'SIGNED'"));
		assertThat(value(scrape, "govbuy_payment_requests", "state=\"PAID\""))
			.isEqualTo(count("select count(*) from delivery.payment where status = 'PAID'"));
		assertThat(value(scrape, "govbuy_payments_overdue", null)).isEqualTo(jdbc
			.sql("select count(*) from delivery.payment where status in ('REQUESTED', 'SENT') and due_on < :today")
			.param("today", today)
			.query(Long.class)
			.single()
			.doubleValue());
		assertThat(value(scrape, "govbuy_payments_overdue_amount_yuan", null)).isEqualTo(jdbc.sql(
				"select coalesce(sum(amount), 0) from delivery.payment where status in ('REQUESTED', 'SENT') and due_on < :today")
			.param("today", today)
			.query(BigDecimal.class)
			.single()
			.doubleValue());
		assertThat(List.of("govbuy_procurements", "govbuy_contracts", "govbuy_payment_requests",
				"govbuy_payments_overdue", "govbuy_payments_overdue_amount_yuan", "govbuy_catalog_imports",
				"govbuy_catalog_import_rows", "govbuy_plans", "govbuy_plan_line_import_rows"))
			.allSatisfy(
					name -> assertThat(Pattern.compile("^" + name + "[ {]", Pattern.MULTILINE).matcher(scrape).find())
						.as(name)
						.isTrue());
	}

	@Test
	void anAnonymousScrapeIsRefusedWith401ProblemJsonNotSentToTheLoginPage() throws Exception {
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("GOVBUY_METRICS_TOKEN")));
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"));
	}

	@Test
	void theScrapeTokenOpensTheScrapeAndNothingElse() throws Exception {
		mvc.perform(get("/actuator/prometheus").header("Authorization", SCRAPE)).andExpect(status().isOk());
		mvc.perform(get("/actuator/metrics").header("Authorization", SCRAPE)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/plans").header("Authorization", SCRAPE)).andExpect(status().isUnauthorized());
		// An administrator's token still scrapes; a purchaser's does not.
		mvc.perform(get("/actuator/prometheus").header("Authorization", ApiClient.bearer(mvc, "admin")))
			.andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").header("Authorization", ApiClient.bearer(mvc, "buyer.mzj")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNodeThatIsLoadingIsLiveButNotReady() throws Exception {
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));

		// What StartupReadiness says while the demo data loads.
		AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("OUT_OF_SERVICE"));
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));

		AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	// ---- helpers ---------------------------------------------------------------------

	private String scrape() throws Exception {
		return mvc.perform(get("/actuator/prometheus").header("Authorization", SCRAPE))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * The value of a sample of {@code name} whose labels contain {@code label} (any
	 * sample when null); 0 when the scrape has none (a counter not yet incremented).
	 */
	static double value(String scrape, String name, String label) {
		Pattern sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE);
		Matcher matcher = sample.matcher(scrape);
		while (matcher.find()) {
			String labels = matcher.group(1) == null ? "" : matcher.group(1);
			if (label == null || labels.contains(label)) {
				return Double.parseDouble(matcher.group(2));
			}
		}
		return 0;
	}

	private double count(String sql) {
		return jdbc.sql(sql).query(Long.class).single().doubleValue();
	}

	private ResultActions api(String token, String url, String json) throws Exception {
		return mvc
			.perform(post(url).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private ResultActions importLines(String token, String plan, byte[] workbook) throws Exception {
		return mvc.perform(multipart("/api/v1/plans/" + plan + "/lines/import")
			.file(new MockMultipartFile("file", "计划.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
			.header("Authorization", token));
	}

	/** A workbook with the import template's header and these rows. */
	private static byte[] workbook(List<List<Object>> rows) throws Exception {
		return Workbooks.of("政府购买服务项目预算表", List.of(PLAN_HEADERS.split(",")), rows);
	}

}
