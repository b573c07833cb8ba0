package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.contract.AwardedProcurements;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.ApiClient;
import org.govbuy.support.Browser;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The 工作台 in Chromium, role by role: the home page lists the user's to-do with its
 * deadline and rule, its link leads to the page that does it, and once it is done the
 * home page no longer lists it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(IntegrationTest.ClockConfiguration.class)
class WorkbenchBrowserTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	Browser browser;

	@BeforeEach
	void open() {
		browser = new Browser(port);
	}

	@AfterEach
	void close() {
		browser.close();
		clock.reset();
	}

	@Test
	void purchaserPublishesASignedContractFromItsTodoRuleGPLR_50() throws Exception {
		AwardedProcurements.Award award = AwardedProcurements.award(mvc, clock, "居家养老（工作台浏览器测试）", "600000", "500000",
				"COMPETITIVE_CONSULTATION", "", List.of("provider.demo", "provider.wenhua", "provider.juwei"));
		LocalDate start = today().plusDays(1);
		String contract = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts",
					"{\"projectId\":\"" + award.project() + "\",\"title\":\"居家养老上门服务合同（工作台）\",\"startsOn\":\"" + start
							+ "\",\"endsOn\":\"" + start.plusYears(1).minusDays(1) + "\"," + CLAUSES + "}")
			.andExpect(status().isCreated())), "$.id");
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/sign", "{}")
			.andExpect(jsonPath("$.status").value("SIGNED"));
		String page = "/contracts/" + contract;

		browser.login(award.buyerName(), ApiClient.DEMO_PASSWORD);
		WebElement todo = todo("公告合同", page);
		assertThat(todo.getText()).contains("居家养老上门服务合同（工作台）", "期限：", "GPLR-50").contains("临近");
		assertThat(browser.find(By.id("todos")).getText()).contains("合同备案");
		assertThat(browser.driver().getPageSource().indexOf("id=\"todos\"")).as("待办在统计之前")
			.isLessThan(browser.driver().getPageSource().indexOf("id=\"home-cards\""));
		browser.screenshot("workbench-purchaser");

		todo.findElement(By.cssSelector("a.gb-todo-link")).click();
		browser.find(By.id("publish-contract")).click();
		browser.waitForText(By.id("published-on"), String.valueOf(today().getYear()));

		browser.open("/");
		browser.find(By.id("todos"));
		assertThat(titlesLinkingTo(page)).containsExactly("合同备案");
	}

	@Test
	void financeReviewerApprovesASubmittedPlanFromItsTodo() throws Exception {
		String clerk = TestUnits.purchaserClerk(mvc, "淄博市应急管理局", "370300");
		ApiCaller buyer = ApiCaller.as(mvc, clerk);
		String plan = JsonPath.read(body(buyer.post("/api/v1/plans", "{\"fiscalYear\":2026}")), "$.id");
		buyer.post("/api/v1/plans/" + plan + "/lines", LINE.formatted("应急救护培训"));
		buyer.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		String page = "/budget/plans/" + plan;

		browser.loginAsDemo("reviewer.zibo");
		WebElement todo = todo("审核年度购买计划", page);
		assertThat(todo.getText()).contains("1条待审核", "无法定期限");
		assertThat(browser.find(By.id("todos")).getText()).as("另有材料到期的预警或临近事项带期限")
			.contains("资格证明即将过期", "期限：", "GPL-22-EXP");
		browser.screenshot("workbench-reviewer");

		todo.findElement(By.cssSelector("a.gb-todo-link")).click();
		browser.find(By.cssSelector(".approve-line")).click();
		browser.find(By.cssSelector(".line-approved"));

		browser.open("/");
		browser.find(By.id("current-user"));
		assertThat(titlesLinkingTo(page)).isEmpty();
	}

	@Test
	void providerBidsOnAnOpenProcurementFromItsTodoBeforeTheDeadline() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String project = draftProject(buyer, "老年助餐（工作台浏览器测试）");
		LocalDate deadline = today().plusDays(25);
		buyer
			.post("/api/v1/procurements/" + project + "/announce",
					"{\"documentsIssued\":\"" + today() + "\",\"responseDeadline\":\"" + deadline.atTime(9, 30) + "\"}")
			.andExpect(status().isOk());
		String page = "/provider/procurements/" + project;

		browser.loginAsDemo("provider.demo");
		WebElement todo = todo("可参与投标（响应）", page);
		assertThat(todo.getText()).contains("老年助餐（工作台浏览器测试）",
				"期限：" + deadline.getYear() + "年" + deadline.getMonthValue() + "月" + deadline.getDayOfMonth() + "日");
		browser.screenshot("workbench-provider");

		todo.findElement(By.cssSelector("a.gb-todo-link")).click();
		browser.find(By.id("price")).sendKeys("480000");
		browser.find(By.id("proposal")).sendKeys("每日送餐上门，配备持证营养师两名");
		browser.find(By.id("submit-bid")).click();
		browser.find(By.id("my-bid"));

		browser.open("/");
		browser.find(By.id("current-user"));
		assertThat(titlesLinkingTo(page)).isEmpty();
	}

	@Test
	void expertSignsTheDeclarationFromItsTodo() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String project = draftProject(buyer, "心理疏导（工作台浏览器测试）");
		buyer
			.post("/api/v1/procurements/" + project + "/announce",
					"{\"documentsIssued\":\"" + today() + "\",\"responseDeadline\":\""
							+ today().plusDays(25).atTime(9, 30) + "\"}")
			.andExpect(status().isOk());
		for (String bidder : List.of("provider.demo", "provider.wenhua", "provider.juwei")) {
			ApiCaller.as(mvc, bidder)
				.post("/api/v1/procurements/" + project + "/bids", "{\"price\":500000,\"proposal\":\"方案\"}")
				.andExpect(status().isCreated());
		}
		clock.set(clock.instant().plus(java.time.Duration.ofDays(26)));
		buyer
			.post("/api/v1/procurements/" + project + "/panel",
					"{\"members\":[\"expert.demo\",\"expert.li\",\"expert.sun\"]}")
			.andExpect(status().isOk());
		String page = "/expert/procurements/" + project;

		browser.loginAsDemo("expert.demo");
		WebElement todo = todo("签署回避声明", page);
		assertThat(todo.getText()).contains("心理疏导（工作台浏览器测试）");
		todo.findElement(By.cssSelector("a.gb-todo-link")).click();
		browser.find(By.id("declare")).click();
		browser.find(By.id("score-form"));

		browser.open("/");
		browser.find(By.id("current-user"));
		assertThat(titlesLinkingTo(page)).containsExactly("评审打分");
	}

	@Test
	void financeClerkRecordsATreasuryPaymentToAnSmeFromItsTodoRuleSME_9() throws Exception {
		AwardedProcurements.Award award = AwardedProcurements.award(mvc, clock, "居家养老（工作台国库测试）", "600000", "500000",
				"COMPETITIVE_CONSULTATION", "", List.of("provider.demo", "provider.wenhua", "provider.juwei"));
		LocalDate start = today().plusDays(1);
		String title = "居家养老上门服务合同（工作台国库）";
		String contract = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts",
					"{\"projectId\":\"" + award.project() + "\",\"title\":\"" + title + "\",\"startsOn\":\"" + start
							+ "\",\"endsOn\":\"" + start.plusYears(1).minusDays(1) + "\"," + CLAUSES
							+ ",\"providerSme\":true,\"paymentDays\":20}")
			.andExpect(status().isCreated())), "$.id");
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/sign", "{}")
			.andExpect(jsonPath("$.status").value("SIGNED"));
		String milestone = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts/" + contract + "/milestones", """
					{"title":"首月服务","standard":"完成首月入户服务","dueOn":"%s","amount":50000}""".formatted(start.plusDays(5)))
			.andExpect(status().isCreated())), "$.id");
		ApiCaller provider = ApiCaller.as(mvc, "provider.demo");
		provider.post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/submit", """
				{"report":"已完成首月入户服务"}""").andExpect(status().isOk());
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/acceptances", """
					{"milestoneId":"%s","result":"PASSED","findings":"逐项检查合格",
					 "standards":[{"standard":"完成首月入户服务","performance":"完成"}],
					 "participants":[{"name":"张科长","role":"PURCHASER","opinion":"合格"},
					                 {"name":"李大爷","role":"RECIPIENT","opinion":"满意"}]}""".formatted(milestone))
			.andExpect(status().isCreated());
		String payment = JsonPath.read(
				body(provider
					.post("/api/v1/payments", "workbench-browser-" + contract,
							"{\"contractId\":\"" + contract
									+ "\",\"amount\":50000,\"purpose\":\"首月服务费\",\"basis\":\"ACCEPTANCE\","
									+ "\"milestoneId\":\"" + milestone + "\"}")
					.andExpect(status().isCreated())),
				"$.id");
		String treasuryRef = JsonPath.read(body(award.buyer().post("/api/v1/payments/" + payment + "/approve", "")),
				"$.treasuryRef");

		browser.loginAsDemo("finance.zibo");
		WebElement todo = browser.driver()
			.findElements(By.cssSelector("#todos li.gb-todo"))
			.stream()
			.filter(li -> li.getText().contains(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("首页没有国库支付待办"));
		assertThat(todo.getText()).contains("国库集中支付", "中小企业", "期限：", "SME-9");
		browser.screenshot("workbench-finance");

		todo.findElement(By.cssSelector("a.gb-todo-link")).click();
		browser.find(By.id("treasury-table"))
			.findElements(By.tagName("tr"))
			.stream()
			.filter(row -> row.getText().contains(treasuryRef))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector(".treasury-paid"))
			.click();
		browser.find(By.cssSelector(".alert-success[role='status']"));

		browser.open("/");
		browser.find(By.id("current-user"));
		assertThat(browser.driver().findElements(By.cssSelector("#todos li.gb-todo")))
			.noneMatch(li -> li.getText().contains(title));
	}

	@Test
	void supervisorQualifiesAProviderWaitingForReviewFromItsTodo() throws Exception {
		browser.loginAsDemo("auditor.zibo");
		WebElement todo = browser.driver()
			.findElements(By.cssSelector("#todos li.gb-todo"))
			.stream()
			.filter(li -> li.getText().contains("审核承接主体资格") && li.getText().contains("博山区阳光家政服务有限公司"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("首页没有资格审核待办"));
		String page = todo.findElement(By.cssSelector("a.gb-todo-link")).getAttribute("href");
		browser.screenshot("workbench-supervisor");

		todo.findElement(By.cssSelector("a.gb-todo-link")).click();
		for (WebElement select : browser.find(By.id("review-form")).findElements(By.tagName("select"))) {
			new org.openqa.selenium.support.ui.Select(select).selectByValue("ACCEPTED");
		}
		browser.find(By.id("review-submit")).click();
		browser.waitForText(By.cssSelector(".alert-success[role='status']"), "合格");

		browser.open("/");
		browser.find(By.id("current-user"));
		assertThat(titlesLinkingTo(page.substring(page.indexOf("/provider/reviews/")))).isEmpty();
	}

	/** The home page's to-do with this title and link. */
	private WebElement todo(String title, String href) {
		browser.find(By.id("todos"));
		return browser.driver()
			.findElements(By.cssSelector("#todos li.gb-todo"))
			.stream()
			.filter(li -> li.findElement(By.cssSelector("a.gb-todo-link")).getText().equals(title)
					&& li.findElement(By.cssSelector("a.gb-todo-link")).getAttribute("href").endsWith(href))
			.findFirst()
			.orElseThrow(() -> new AssertionError("首页没有待办“" + title + "”→" + href + "：\n"
					+ browser.driver().findElement(By.tagName("main")).getText()));
	}

	private List<String> titlesLinkingTo(String href) {
		return browser.driver()
			.findElements(By.cssSelector("#todos a.gb-todo-link"))
			.stream()
			.filter(link -> link.getAttribute("href").endsWith(href))
			.map(WebElement::getText)
			.toList();
	}

	/** An approved line with an urgent intention, and a 竞争性磋商 project drafted on it. */
	private String draftProject(ApiCaller buyer, String name) throws Exception {
		String plan = JsonPath.read(body(buyer.post("/api/v1/plans", "{\"fiscalYear\":2026}")), "$.id");
		String line = JsonPath.read(body(buyer.post("/api/v1/plans/" + plan + "/lines", LINE.formatted(name))), "$.id");
		buyer.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		ApiCaller.as(mvc, "reviewer.zibo").post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}");
		buyer
			.post("/api/v1/plans/lines/" + line + "/intention",
					"""
							{"projectName":"%s","demandSummary":"上门服务","expectedMonth":"2027-01","urgent":true,"urgentReason":"寒潮"}"""
						.formatted(name))
			.andExpect(status().isCreated());
		return JsonPath.read(body(buyer.post("/api/v1/procurements", """
				{"planLineId":"%s","name":"%s","demand":"上门服务","method":"COMPETITIVE_CONSULTATION",
				 "budget":600000,"priceWeight":0.30}""".formatted(line, name)).andExpect(status().isCreated())),
				"$.id");
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static final String LINE = """
			{"projectName":"%s","catalogCode":"A040101","serviceContent":"上门服务","amount":600000,
			 "fundingSource":"DEPARTMENT_BUDGET","targets":[{"category":"OUTPUT","indicator":"服务人数","target":"≥500人"}]}""";

	static final String CLAUSES = """
			"clauses":{"SCOPE":"为失能老人提供上门服务","QUANTITY":"500人","QUALITY":"满意度不低于90%",
			 "PAYMENT":"按季度验收后支付","RIGHTS_AND_OBLIGATIONS":"详见合同第四条","LIABILITY":"详见合同第七条",
			 "DISPUTES":"提交淄博仲裁委员会仲裁"}""";

}
