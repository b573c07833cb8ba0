package org.govbuy.procurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.govbuy.support.Browser;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The whole path of a procurement in the browser: 淄博市民政局 publishes the intention of an
 * approved line, starts the procurement 31 days later, the notice appears on the portal,
 * three providers bid, three experts score, the purchaser awards, the result appears on
 * the portal, and a losing bidder's challenge is answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.ClockConfiguration.class)
class ProcurementBrowserTests {

	static final String PROJECT = "城乡老年助餐服务";

	@LocalServerPort
	int port;

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
	void fromApprovedLineToNoticeBidsScoresAwardResultAndChallenge() throws Exception {
		// The intention of the approved line goes public; 31 days later procurement may
		// start.
		browser.loginAsDemo("buyer.mzj").open("/budget/intentions");
		Select line = new Select(browser.find(By.id("lineId")));
		line.getOptions()
			.stream()
			.filter(option -> option.getText().contains(PROJECT))
			.findFirst()
			.orElseThrow()
			.click();
		click(browser.find(By.cssSelector("#intention-form button[type=submit]")));
		browser.waitForText(By.id("intentions-table"), PROJECT);
		clock.set(clock.instant().plus(Duration.ofDays(31)));

		browser.open("/procurement/projects");
		WebElement row = browser.driver()
			.findElements(By.cssSelector("#lines-table tbody tr"))
			.stream()
			.filter(candidate -> candidate.getText().contains(PROJECT))
			.findFirst()
			.orElseThrow();
		click(row.findElement(By.cssSelector(".start-procurement")));
		browser.find(By.id("conditions")).sendKeys("具有养老服务经验");
		click(browser.find(By.id("create-project")));
		browser.waitForText(By.id("project-status"), "待发布公告");
		String project = browser.driver().getCurrentUrl().replaceAll(".*/procurement/projects/", "");
		click(browser.find(By.id("announce")));
		browser.waitForText(By.id("project-status"), "公告中");
		LocalDateTime deadline = LocalDateTime.parse(browser.find(By.id("deadline")).getText(),
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
		browser.screenshot("procurement-announced");
		browser.logout();

		browser.open("/portal/procurements");
		assertThat(browser.find(By.id("notices-table")).getText()).contains(PROJECT, "采购公告");

		// Three providers bid; their prices stay sealed.
		Map<String, String> prices = Map.of("provider.demo", "390000", "provider.wenhua", "370000", "provider.juwei",
				"350000");
		for (var bid : prices.entrySet()) {
			browser.loginAsDemo(bid.getKey()).open("/provider/procurements/" + project);
			browser.find(By.id("price")).sendKeys(bid.getValue());
			browser.find(By.id("proposal")).sendKeys("配备助餐员12名，中央厨房统一配送，每餐一荤两素");
			click(browser.find(By.id("submit-bid")));
			browser.find(By.id("my-bid"));
			browser.logout();
		}
		browser.loginAsDemo("buyer.mzj").open("/procurement/projects/" + project);
		assertThat(browser.find(By.id("bids-table")).getText()).contains("密封")
			.doesNotContain("390,000", "淄博市颐康居家养老服务中心", "淄博市文化艺术服务中心");

		// After the deadline: the panel is formed and every expert scores.
		clock.set(deadline.plusMinutes(1).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
		browser.open("/procurement/projects/" + project);
		for (String expert : List.of("expert.demo", "expert.li", "expert.sun")) {
			click(browser.find(By.id("m_" + expert)));
		}
		click(browser.find(By.id("start-evaluation")));
		browser.waitForText(By.id("project-status"), "评审中");
		browser.logout();

		Map<String, String> technical = Map.of("淄博市颐康居家养老服务中心", "62", "淄博市文化艺术服务中心", "60", "张店区车站街道和平社区居民委员会", "55");
		for (String expert : List.of("expert.demo", "expert.li", "expert.sun")) {
			browser.loginAsDemo(expert).open("/expert/procurements/" + project);
			click(browser.find(By.id("declare")));
			browser.waitForText(By.cssSelector(".alert-success"), "已签署回避声明");
			browser.find(By.id("score-form"));
			for (WebElement input : browser.driver().findElements(By.cssSelector(".score-input"))) {
				String provider = input.getAttribute("aria-label").replace("技术分", "");
				input.sendKeys(technical.get(provider));
			}
			click(browser.find(By.id("save-scores")));
			browser.waitForText(By.cssSelector(".alert-success"), "已保存3份评分");
			browser.logout();
		}

		// The report ranks the bids; the purchaser awards the first.
		browser.loginAsDemo("buyer.mzj").open("/procurement/projects/" + project);
		click(browser.find(By.id("make-report")));
		browser.waitForText(By.id("project-status"), "待确定成交");
		String ranking = browser.find(By.cssSelector("#bids-table tbody tr")).getText();
		assertThat(ranking).contains("淄博市颐康居家养老服务中心", "88.92");
		click(browser.find(By.id("award")));
		browser.waitForText(By.id("project-status"), "已成交");
		browser.screenshot("procurement-awarded");
		browser.logout();

		browser.open("/portal/procurements");
		WebElement result = browser.driver()
			.findElements(By.cssSelector("#notices-table a"))
			.stream()
			.filter(link -> link.getText().contains("结果公告"))
			.findFirst()
			.orElseThrow();
		click(result);
		assertThat(browser.find(By.id("notice-body")).getText()).contains("成交供应商：淄博市颐康居家养老服务中心", "¥390,000.00");

		// A losing bidder challenges the result; the purchaser answers.
		browser.loginAsDemo("provider.wenhua").open("/provider/procurements/" + project);
		browser.find(By.id("content")).sendKeys("成交供应商的助餐员健康证明不全，请求复核");
		click(browser.find(By.id("submit-challenge")));
		browser.waitForText(By.cssSelector(".alert-success"), "质疑已提交");
		browser.logout();

		browser.loginAsDemo("buyer.mzj").open("/procurement/projects/" + project);
		browser.find(By.cssSelector(".answer-form input[name=answer]")).sendKeys("经复核，健康证明齐全，质疑事项不成立");
		click(browser.find(By.cssSelector(".answer-form button")));
		browser.waitForText(By.cssSelector("#challenges-table .challenge-answer"), "质疑事项不成立");
		browser.screenshot("procurement-challenge-answered");
	}

	private void click(WebElement element) throws IOException {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

}
