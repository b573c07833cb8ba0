package org.govbuy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.contract.AwardedProcurements;
import org.govbuy.evaluation.application.SurveyQuestion;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.Browser;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.PdfText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 13's journey in a browser: a contract signed through the API reaches its
 * evaluation date; the purchaser finds the task on its home page and commissions the
 * third party (山东正衡, {@code evaluator.demo}), which declares its independence and scores;
 * the provider hands out survey tokens and twenty service recipients answer on the public
 * page; the purchaser scores its own sheet and sums up (combined score and grade 优); the
 * provider objects and the purchaser answers, which makes the result final; the report
 * PDF carries the grade and score, the portal lists the result to anyone, the provider's
 * credit page shows the grade, and the renewal (LCC2022-14-34) is allowed. A second
 * contract graded 良 is refused its renewal with that rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(IntegrationTest.ClockConfiguration.class)
class EvaluationJourneyBrowserTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String EVALUATOR = "山东正衡绩效评价咨询有限公司";

	static final String CLAUSES = """
			"clauses":{"SCOPE":"为失能老人提供上门服务","QUANTITY":"500人","QUALITY":"满意度不低于90%",
			 "PAYMENT":"按节点验收后支付","RIGHTS_AND_OBLIGATIONS":"详见合同第四条","LIABILITY":"详见合同第七条",
			 "DISPUTES":"提交淄博仲裁委员会仲裁"}""";

	/** Every leaf at its top: 100 from each party, so the combined score is 100 and 优. */
	static final List<String> QUANTITATIVE = List.of("P1", "O1", "O2", "B3");

	static final List<String> QUALITATIVE = List.of("O3", "B1", "B2");

	/** How the report states the result (its text without line breaks). */
	static final String RESULT_SENTENCE = "综合得分100.00分，评价等级为“优”";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	Browser browser;

	@AfterEach
	void close() throws Exception {
		if (browser != null) {
			browser.screenshot("evaluation-last");
			java.nio.file.Files.writeString(Browser.SCREENSHOTS.resolve("evaluation-last.html"),
					browser.driver().getPageSource());
			browser.close();
		}
		clock.reset();
	}

	@Test
	void aContractReachesItsEvaluationDateAndEndsGradedExcellentInTheReportPortalCreditAndRenewal() throws Exception {
		Signed signed = signedContract("居家养老（评价全流程）");
		String evaluation = scheduledEvaluation(signed);
		reachesItsEvaluationDate(signed, evaluation);

		browser = new Browser(port);
		purchaserFindsItsTaskAndCommissionsTheThirdParty(signed, evaluation);
		twentyRecipientsAnswerOnThePublicPage(signed, evaluation);
		theThirdPartyDeclaresItsIndependenceAndScores(evaluation);
		thePurchaserScoresItsOwnSheetAndSumsUp(signed, evaluation);
		theProviderObjectsAndThePurchaserAnswers(signed, evaluation);
		theReportThePortalAndTheCreditPageShowTheGrade(signed, evaluation);

		// graded 优: the renewal is allowed (LCC2022-14-34)
		signed.buyer()
			.post("/api/v1/contracts/" + signed.contract() + "/renew", renewal(signed))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.renewalOf").value(signed.contract()));
	}

	@Test
	void aContractGradedGoodIsRefusedItsRenewalRuleLCC2022_14_34() throws Exception {
		Signed signed = signedContract("居家养老（评价为良）");
		String evaluation = scheduledEvaluation(signed);
		ApiCaller buyer = signed.buyer();
		buyer.post("/api/v1/evaluations/" + evaluation + "/open", "").andExpect(jsonPath("$.row.status").value("OPEN"));
		// 10 + 20 + 20 + 一般 6 + 一般 12 + 较好 8 + 10 = 86: 良
		buyer.post("/api/v1/evaluations/" + evaluation + "/scores", """
				{"leaves":{"P1":{"actual":100},"O1":{"actual":100},"O2":{"actual":100},"O3":{"level":"一般"},
				 "B1":{"level":"一般"},"B2":{"level":"较好"},"B3":{"actual":90}},"opinion":"基本完成","submit":true}""")
			.andExpect(status().isOk());
		buyer.post("/api/v1/evaluations/" + evaluation + "/finish", "")
			.andExpect(jsonPath("$.row.status").value("SCORED"))
			.andExpect(jsonPath("$.row.grade").value("GOOD"));
		ApiCaller.as(mvc, "provider.demo")
			.post("/api/v1/evaluations/" + evaluation + "/confirm", "")
			.andExpect(jsonPath("$.row.status").value("FINAL"));

		buyer.post("/api/v1/contracts/" + signed.contract() + "/renew", renewal(signed))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("LCC2022-14-34"))
			.andExpect(jsonPath("$.violations[0].message", containsString("为“良”")));
	}

	// ---- the journey's steps
	// ---------------------------------------------------------------------------

	/**
	 * The evaluation date: the daily job opens the evaluation with the purchaser's task.
	 */
	private void reachesItsEvaluationDate(Signed signed, String evaluation) throws Exception {
		LocalDate dueOn = signed.endsOn();
		clock.set(dueOn.atTime(9, 0).atZone(CHINA).toInstant());
		transactions.executeWithoutResult(tx -> events.publishEvent(DayHasPassed.of(dueOn)));
		waitFor(() -> evaluationStatus(signed.buyer(), evaluation), "OPEN");
	}

	private void purchaserFindsItsTaskAndCommissionsTheThirdParty(Signed signed, String evaluation) throws Exception {
		browser.loginAsDemo(signed.buyerName());
		assertThat(homeCard("绩效评价待办")).isGreaterThanOrEqualTo(1);
		browser.screenshot("evaluation-01-purchaser-home");
		browser.open("/evaluation");
		assertThat(browser.find(By.id("evaluation-" + evaluation)).getText()).contains("待评分");
		browser.open("/evaluation/" + evaluation);
		new Select(browser.find(By.id("organizationId"))).selectByVisibleText(EVALUATOR);
		click(By.id("assign-evaluator"));
		browser.waitForText(By.id("parties-table"), EVALUATOR);
		browser.screenshot("evaluation-02-assigned");
		browser.logout();
	}

	/**
	 * The provider hands out twenty survey slips (through the API); twenty recipients
	 * answer on the public page, anonymously and without cookies.
	 */
	private void twentyRecipientsAnswerOnThePublicPage(Signed signed, String evaluation) throws Exception {
		List<String> tokens = JsonPath.read(body(ApiCaller.as(mvc, "provider.demo")
			.post("/api/v1/evaluations/" + evaluation + "/survey-tokens", "{\"count\":20}")
			.andExpect(status().isCreated())), "$.tokens[*].token");
		assertThat(tokens).hasSize(20);
		browser.driver().manage().deleteAllCookies();
		for (int i = 0; i < tokens.size(); i++) {
			answerSurvey(tokens.get(i), i == 0);
		}
		assertThat(browser.driver().manage().getCookies()).as("the survey needs no cookie").isEmpty();
		signed.buyer()
			.get("/api/v1/evaluations/" + evaluation + "/survey")
			.andExpect(jsonPath("$.answered").value(20))
			.andExpect(jsonPath("$.satisfaction").value(100.0));
	}

	private void theThirdPartyDeclaresItsIndependenceAndScores(String evaluation) throws Exception {
		browser.loginAsDemo("evaluator.demo");
		assertThat(homeCard("绩效评价待办")).isGreaterThanOrEqualTo(1);
		browser.open("/evaluation");
		assertThat(browser.find(By.id("evaluation-" + evaluation)).getText()).contains("待接受委托");
		browser.open("/evaluation/" + evaluation);
		click(By.id("declaredIndependent"));
		click(By.id("accept-assignment"));
		browser.waitForText(By.id("party-THIRD_PARTY"), "已声明独立");
		scoreAtTheTop("第三方评价机构");
		browser.screenshot("evaluation-03-evaluator-scored");
		browser.logout();
	}

	/** Its own sheet (EVAL-1, a third party never replaces it), then the sum. */
	private void thePurchaserScoresItsOwnSheetAndSumsUp(Signed signed, String evaluation) throws Exception {
		browser.loginAsDemo(signed.buyerName());
		browser.open("/evaluation/" + evaluation);
		assertThat(browser.find(By.id("survey-answered")).getText()).isEqualTo("20");
		assertThat(browser.find(By.id("indicator-B3")).getText()).as("measured by the survey").contains("平台计量");
		scoreAtTheTop("购买主体");
		click(By.id("finish-evaluation"));
		browser.waitForText(By.id("evaluation-grade"), "优");
		assertThat(browser.find(By.id("evaluation-score")).getText()).isEqualTo("100.00");
		browser.screenshot("evaluation-04-scored");
		browser.logout();
	}

	/** The objection and its answer on the page; the answer makes the result final. */
	private void theProviderObjectsAndThePurchaserAnswers(Signed signed, String evaluation) throws Exception {
		browser.loginAsDemo("provider.demo");
		browser.open("/evaluation/" + evaluation);
		assertThat(browser.find(By.id("evaluation-grade")).getText()).isEqualTo("优");
		browser.find(By.id("objection")).sendKeys("请说明服务对象满意度的计算口径");
		click(By.id("submit-objection"));
		browser.waitForText(By.id("objection-text"), "满意度的计算口径");
		browser.logout();

		browser.loginAsDemo(signed.buyerName());
		browser.open("/evaluation/" + evaluation);
		browser.find(By.id("answer")).sendKeys("满意度为20份有效答卷的平均值，维持评分");
		click(By.id("submit-answer"));
		browser.waitForText(By.id("evaluation-status"), "已完成");
		assertThat(browser.find(By.id("answer-text")).getText()).contains("维持评分");
		browser.screenshot("evaluation-05-final");
		assertThat(evaluationStatus(signed.buyer(), evaluation)).isEqualTo("FINAL");
	}

	/**
	 * The report PDF through the page's link, the portal's list and public report for
	 * anyone, and the provider's credit page (its feed runs after commit).
	 */
	private void theReportThePortalAndTheCreditPageShowTheGrade(Signed signed, String evaluation) throws Exception {
		String reportLink = browser.find(By.id("report-link")).getAttribute("href");
		assertThat(reportText(reportLink.substring(reportLink.indexOf("/evaluation/")))).contains(RESULT_SENTENCE);
		browser.logout();

		browser.open("/portal/evaluations");
		WebElement row = browser
			.find(By.xpath("//table[@id='portal-evaluations-table']//tr[td[contains(., '" + signed.title() + "')]]"));
		assertThat(row.getText()).contains("100.00", "优");
		String link = row.findElement(By.partialLinkText("评价报告")).getAttribute("href");
		assertThat(reportText(link.substring(link.indexOf("/portal/")))).contains(RESULT_SENTENCE);
		browser.screenshot("evaluation-06-portal");

		browser.loginAsDemo("provider.demo");
		String credit = "/provider/" + signed.providerId() + "/credit";
		waitFor(() -> {
			browser.open(credit);
			return browser.find(By.tagName("main")).getText().contains(signed.number() + "《") ? "shown" : "not yet";
		}, "shown");
		assertThat(browser.find(By.tagName("main")).getText()).contains(signed.number() + "《" + signed.title() + "》",
				"得分 100.00，等级 优");
		browser.screenshot("evaluation-07-credit");
	}

	// ---- helpers
	// ---------------------------------------------------------------------------

	/** A signed contract of a new 淄博 unit with provider.demo, its term in one year. */
	private Signed signedContract(String projectName) throws Exception {
		AwardedProcurements.Award award = AwardedProcurements.award(mvc, clock, projectName, "600000", "500000",
				"COMPETITIVE_CONSULTATION", "", List.of("provider.demo", "provider.wenhua", "provider.juwei"));
		ApiCaller buyer = award.buyer();
		LocalDate start = LocalDate.now(clock.withZone(CHINA)).plusDays(1);
		LocalDate end = LocalDate.of(start.getYear(), 12, 31);
		String title = projectName + "服务合同";
		String created = body(buyer
			.post("/api/v1/contracts",
					"{\"projectId\":\"" + award.project() + "\",\"title\":\"" + title + "\",\"startsOn\":\"" + start
							+ "\",\"endsOn\":\"" + end + "\"," + CLAUSES + "}")
			.andExpect(status().isCreated()));
		String contract = JsonPath.read(created, "$.id");
		String signedBody = body(buyer.post("/api/v1/contracts/" + contract + "/sign", "{}")
			.andExpect(jsonPath("$.status").value("SIGNED")));
		return new Signed(buyer, award.buyerName(), award.line(), contract, JsonPath.read(signedBody, "$.number"),
				title, JsonPath.read(signedBody, "$.providerId"), end);
	}

	/** The completion evaluation the signing scheduled (listeners run after commit). */
	private String scheduledEvaluation(Signed signed) throws Exception {
		String path = "$[?(@.contractId == '" + signed.contract() + "')]";
		waitFor(() -> {
			List<String> kinds = JsonPath.read(list(signed.buyer()), path + ".kind");
			return String.join(",", kinds);
		}, "COMPLETION");
		List<String> ids = JsonPath.read(list(signed.buyer()), path + ".id");
		return ids.get(0);
	}

	/** One recipient's answer on the public page: every question 非常满意. */
	private void answerSurvey(String token, boolean screenshot) throws Exception {
		browser.open("/portal/survey/" + token);
		for (SurveyQuestion question : SurveyQuestion.values()) {
			click(By.cssSelector("label[for='" + question.name() + "-VERY_SATISFIED']"));
		}
		if (screenshot) {
			browser.screenshot("evaluation-survey-answer");
		}
		click(By.id("survey-submit"));
		browser.waitForText(By.id("survey-state"), "感谢您的评价");
	}

	/**
	 * Fills the party's own sheet at the top: quantitative actuals the platform did not
	 * measure at 100, every qualitative leaf 好; submits, and waits for the party's score.
	 */
	private void scoreAtTheTop(String partyLabel) {
		for (String code : QUANTITATIVE) {
			WebElement actual = browser.find(By.id("actual-" + code));
			if (actual.getAttribute("readonly") == null) {
				actual.clear();
				actual.sendKeys("100");
			}
		}
		for (String code : QUALITATIVE) {
			click(By.id("level-" + code + "-0"));
		}
		browser.find(By.id("opinion")).sendKeys(partyLabel + "：服务内容全部落实，服务对象满意");
		click(By.id("submit-scores"));
		browser.waitForText(By.cssSelector("#parties-table"), "100.00");
	}

	private int homeCard(String label) {
		browser.open("/");
		WebElement card = browser.find(By.xpath("//div[@id='home-cards']//a[.//div[text()='" + label + "']]"));
		return Integer.parseInt(card.findElement(By.className("gb-count")).getText().trim());
	}

	private void click(By locator) {
		WebElement element = browser.find(locator);
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/** The bytes of a download, fetched by the browser with its own session (if any). */
	private byte[] download(String path) {
		Object base64 = browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer()).then(buffer => {
				  let binary = '';
				  const bytes = new Uint8Array(buffer);
				  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
				  done(btoa(binary));
				}).catch(e => done('ERROR ' + e));""", path);
		assertThat((String) base64).doesNotStartWith("ERROR");
		return Base64.getDecoder().decode((String) base64);
	}

	/** A report's text with the line breaks the layout put in taken out. */
	private String reportText(String path) throws Exception {
		return PdfText.of(download(path)).replaceAll("\\s+", "");
	}

	private static String renewal(Signed signed) {
		LocalDate from = signed.endsOn().plusDays(1);
		return "{\"planLineId\":\"" + signed.line() + "\",\"amount\":100000,\"startsOn\":\"" + from + "\",\"endsOn\":\""
				+ from.plusMonths(6) + "\"}";
	}

	private String evaluationStatus(ApiCaller buyer, String evaluation) throws Exception {
		return JsonPath.read(body(buyer.get("/api/v1/evaluations/" + evaluation)), "$.row.status");
	}

	private static String list(ApiCaller caller) {
		try {
			return body(caller.get("/api/v1/evaluations").andExpect(status().isOk()));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> void waitFor(ThrowingSupplier<T> value, T expected) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		T last = value.get();
		while (!expected.equals(last)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("waited 20 s for " + expected + ", last saw " + last);
			}
			Thread.sleep(200);
			last = value.get();
		}
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@FunctionalInterface
	interface ThrowingSupplier<T> {

		T get() throws Exception;

	}

	record Signed(ApiCaller buyer, String buyerName, String line, String contract, String number, String title,
			String providerId, LocalDate endsOn) {
	}

}
