package org.govbuy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.PageSession;
import org.govbuy.support.PdfText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation report (政府购买服务项目绩效评价报告) read from the evaluation's rows, for those who
 * may see the evaluation; its publication when the evaluation becomes final (87号文 §五) and
 * the portal's list of published results, whose reports anyone downloads.
 */
@IntegrationTest
class EvaluationReportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theReportShowsTheProjectThePartiesTheIndicatorsTheSurveyTheTruncatedScoreAndTheObjection() throws Exception {
		ReportFixtures.Evaluation evaluation = new ReportFixtures(jdbc).finalEvaluation(uniqueTitle());

		String text = PdfText.of(report(PageSession.signIn(mvc, "buyer.mzj"), evaluation.id()));

		assertThat(text).contains("政府购买服务项目绩效评价报告", evaluation.title(), "年度评价", "淄博市民政局", "淄博市颐康居家养老服务中心",
				"政府购买服务项目绩效评价通用指标体系（第1版）");
		assertThat(text).contains("购买主体", "第三方评价机构", "山东正衡绩效评价咨询有限公司", "92.00", "89.99");
		assertThat(text).contains("按期完成率", "17.99", "服务对象满意度", "92.5", "较好");
		assertThat(text).contains("有效答卷3份", "平均满意度为92.50%");
		// 90.995 is shown truncated, never rounded up
		assertThat(text).contains("综合得分90.99分", "“优”").doesNotContain("91.00");
		assertThat(text).contains("第三季度延期系因疫情管控", "维持原评分", "评价完成日期");
		assertThat(text).contains("第 1 页 共");
	}

	@Test
	void theProviderTheEvaluatorAndFinanceInScopeReadTheReportOthersGet404() throws Exception {
		ReportFixtures.Evaluation evaluation = new ReportFixtures(jdbc).finalEvaluation(uniqueTitle());
		String url = "/evaluation/" + evaluation.id() + "/report.pdf";

		for (String reader : new String[] { "provider.demo", "evaluator.demo", "finance.zibo", "auditor.zibo" }) {
			mvc.perform(get(url).cookie(PageSession.signIn(mvc, reader)))
				.andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		}
		for (String stranger : new String[] { "provider.wenhua", "buyer.wjw", "expert.demo" }) {
			mvc.perform(get(url).cookie(PageSession.signIn(mvc, stranger))).andExpect(status().isNotFound());
		}
		mvc.perform(get(url)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aFinalEvaluationIsPublishedOnCompletionListedOnThePortalAndItsReportDownloadsAnonymously() throws Exception {
		ReportFixtures.Evaluation evaluation = new ReportFixtures(jdbc).finalEvaluation(uniqueTitle());
		String pdf = "/portal/evaluations/" + evaluation.id() + "/report.pdf";
		mvc.perform(get(pdf)).andExpect(status().isNotFound());

		complete(evaluation);
		OffsetDateTime published = awaitPublished(evaluation.id());

		int year = evaluation.periodEndsOn().getYear();
		mvc.perform(get("/portal/evaluations"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(evaluation.title())))
			.andExpect(content().string(containsString("90.99")))
			.andExpect(content().string(containsString(pdf)));
		mvc.perform(get("/portal/evaluations").param("region", "370300").param("year", String.valueOf(year)))
			.andExpect(content().string(containsString(evaluation.title())));
		mvc.perform(get("/portal/evaluations").param("region", "370100"))
			.andExpect(content().string(not(containsString(evaluation.title()))));
		mvc.perform(get("/portal/evaluations").param("contract", evaluation.contractId().toString()))
			.andExpect(content().string(containsString(evaluation.title())));
		byte[] report = mvc.perform(get(pdf))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfText.of(report);
		assertThat(text).contains("政府购买服务项目绩效评价报告", evaluation.title(), "（公开版）", "138****5678")
			.doesNotContain("13812345678");

		// publishing is idempotent: a second event keeps the first date
		complete(evaluation);
		Thread.sleep(1000);
		assertThat(publishedAt(evaluation.id())).isEqualTo(published);
	}

	@Test
	void anEvaluationThatIsNotFinalIsNeitherPublishedNorListedNorDownloadable() throws Exception {
		ReportFixtures.Evaluation evaluation = new ReportFixtures(jdbc).scoredEvaluation(uniqueTitle());

		complete(evaluation);
		Thread.sleep(1500);

		assertThat(publishedAt(evaluation.id())).isNull();
		mvc.perform(get("/portal/evaluations")).andExpect(content().string(not(containsString(evaluation.title()))));
		mvc.perform(get("/portal/evaluations/" + evaluation.id() + "/report.pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/portal/evaluations/" + UUID.randomUUID() + "/report.pdf")).andExpect(status().isNotFound());
		// the unit reads it as a draft
		assertThat(PdfText.of(report(PageSession.signIn(mvc, "buyer.mzj"), evaluation.id()))).contains("过程稿");
	}

	private byte[] report(Cookie session, UUID id) throws Exception {
		return mvc.perform(get("/evaluation/" + id + "/report.pdf").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	/** What the lifecycle publishes when the evaluation becomes final. */
	private void complete(ReportFixtures.Evaluation evaluation) {
		new TransactionTemplate(transactions)
			.executeWithoutResult(status -> events.publishEvent(new EvaluationCompleted(evaluation.id(),
					evaluation.contractId(), "TEST", evaluation.title(), UUID.randomUUID(), "淄博市民政局",
					RegionCode.of("370300"), UUID.randomUUID(), "淄博市颐康居家养老服务中心", "A0401", EvaluationKind.ANNUAL,
					evaluation.periodEndsOn().minusYears(1).plusDays(1), evaluation.periodEndsOn(),
					ReportFixtures.COMBINED, PerformanceGrade.of(ReportFixtures.COMBINED), LocalDate.now())));
	}

	private OffsetDateTime awaitPublished(UUID id) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			OffsetDateTime published = publishedAt(id);
			if (published != null) {
				return published;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("evaluation " + id + " was not published");
	}

	private OffsetDateTime publishedAt(UUID id) {
		return jdbc.sql("select published_at from evaluation.evaluation where id = :id")
			.param("id", id)
			.query((rs, n) -> rs.getObject("published_at", OffsetDateTime.class))
			.list()
			.get(0);
	}

	static String uniqueTitle() {
		return "淄博市居家养老上门服务项目绩效评价" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
	}

}
