package org.govbuy.budget.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govbuy.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 淄博市民政局 drafts its 2027 plan with three lines and submits it; finance approves two lines
 * and returns one; the unit corrects and resubmits; finance approves; a mid-year
 * adjustment is requested and approved; the history shows every step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualPlanBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void open() {
		browser = new Browser(port);
	}

	@AfterEach
	void close() {
		browser.close();
	}

	@Test
	void aPlanGoesFromDraftThroughLineByLineReviewToApprovalAndAnAdjustment() throws Exception {
		// The unit drafts three lines and submits.
		browser.loginAsDemo("buyer.mzj").open("/budget/plans");
		new Select(browser.find(By.cssSelector("#start-plan select"))).selectByValue("2027");
		click(browser.find(By.cssSelector("#start-plan button")));
		browser.waitForText(By.id("plan-status"), "草稿");
		String plan = browser.driver().getCurrentUrl();

		addLine("2027年社区居家养老上门服务", "A040101", "1900000", "为经济困难失能、半失能老年人提供上门服务", "服务老年人数", "≥1600人");
		addLine("市社会福利院护理服务社会化运营", "A040102", "980000", "委托社会力量承担护理服务", "护理床位", "300张");
		addLine("困难群众探访关爱服务", "A0403", "300000", "为分散供养特困人员提供定期探访", "探访人数", "≥800人");
		assertThat(browser.driver().findElements(By.cssSelector(".plan-line"))).hasSize(3);
		browser.screenshot("budget-plan-draft");
		click(browser.find(By.id("submit-plan")));
		browser.waitForText(By.id("plan-status"), "财政审核中");
		browser.logout();

		// Finance approves two lines and returns one with a comment.
		browser.loginAsDemo("reviewer.zibo").open("/budget/review");
		assertThat(browser.find(By.id("review-table")).getText()).contains("淄博市民政局");
		browser.open(path(plan));
		review(1, "同意", true);
		review(2, "同意，注意与福利院人员经费核减衔接", true);
		review(3, "探访频次和服务标准不明确，请补充后重新提交", false);
		browser.waitForText(By.id("plan-status"), "已退回修改");
		browser.screenshot("budget-plan-reviewed");
		browser.logout();

		// The unit corrects the returned line and resubmits.
		browser.loginAsDemo("buyer.mzj").open(path(plan));
		assertThat(line(3).getText()).contains("已退回", "探访频次和服务标准不明确");
		click(line(3).findElement(By.cssSelector(".edit-line")));
		browser.find(By.id("serviceStandard")).sendKeys("每月探访不少于1次，建立探访台账");
		click(browser.find(By.id("save-line")));
		browser.waitForText(By.id("plan-status"), "已退回修改");
		click(browser.find(By.id("submit-plan")));
		browser.waitForText(By.id("plan-status"), "财政审核中");
		browser.logout();

		// Finance approves the corrected line: the plan is approved.
		browser.loginAsDemo("reviewer.zibo").open(path(plan));
		review(3, "已补充，同意", true);
		browser.waitForText(By.id("plan-status"), "已批复");
		browser.waitForText(By.id("approved-total"), "3,180,000.00");
		browser.logout();

		// The unit asks for a mid-year adjustment; finance agrees.
		browser.loginAsDemo("buyer.mzj").open(path(plan));
		WebElement second = line(2);
		click(second.findElement(By.tagName("summary")));
		second.findElement(By.name("newAmount")).sendKeys("1050000");
		second.findElement(By.name("reason")).sendKeys("入住老人增加35人，护理服务量相应增加");
		click(second.findElement(By.cssSelector(".adjust-form button")));
		browser.waitForText(By.id("plan-status"), "年中调整中");
		browser.logout();

		browser.loginAsDemo("reviewer.zibo").open(path(plan));
		browser.find(By.cssSelector(".decide-adjustment input[name=comment]")).sendKeys("同意调整");
		click(browser.find(By.cssSelector(".approve-adjustment")));
		browser.waitForText(By.id("plan-status"), "已批复");
		browser.waitForText(By.id("approved-total"), "3,250,000.00");
		assertThat(browser.find(By.id("adjustments")).getText()).contains("已同意", "1,050,000.00");
		browser.screenshot("budget-plan-history");

		List<String> actions = browser.driver()
			.findElements(By.cssSelector("#history tbody tr"))
			.stream()
			.map(row -> row.getAttribute("data-action"))
			.toList();
		assertThat(actions).containsExactly("plan.created", "line.added", "line.added", "line.added", "plan.submitted",
				"line.approved", "line.approved", "line.returned", "plan.returned", "line.revised", "plan.resubmitted",
				"line.approved", "plan.approved", "adjustment.requested", "adjustment.approved");
		assertThat(browser.find(By.id("history")).getText()).contains("刘芳", "李建国", "探访频次和服务标准不明确", "同意调整");
	}

	private void addLine(String name, String code, String amount, String content, String indicator, String target)
			throws java.io.IOException {
		click(browser.find(By.id("add-line")));
		browser.find(By.id("projectName")).sendKeys(name);
		browser.find(By.id("budgetProject")).sendKeys("养老服务体系建设");
		browser.find(By.id("catalogCode")).sendKeys(code, Keys.TAB);
		browser.find(By.id("serviceContent")).sendKeys(content);
		browser.find(By.id("amount")).sendKeys(amount);
		browser.find(By.id("indicator_OUTPUT")).sendKeys(indicator);
		browser.find(By.id("target_OUTPUT")).sendKeys(target);
		browser.find(By.id("indicator_SATISFACTION")).sendKeys("服务对象满意度");
		browser.find(By.id("target_SATISFACTION")).sendKeys("≥90%");
		click(browser.find(By.id("save-line")));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("plan-status")));
	}

	private void review(int seq, String comment, boolean approve) throws java.io.IOException {
		WebElement line = line(seq);
		line.findElement(By.name("comment")).sendKeys(comment);
		click(line.findElement(By.cssSelector(approve ? ".approve-line" : ".return-line")));
		browser.waitForText(By.cssSelector("#line-" + seq + " .line-status"), approve ? "已批复" : "已退回");
	}

	/**
	 * Scrolls the element to the middle of the window first: long forms reach below the
	 * fold.
	 */
	private void click(WebElement element) throws java.io.IOException {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			browser.screenshot("budget-click-intercepted");
			throw ex;
		}
	}

	private WebElement line(int seq) {
		return browser.find(By.id("line-" + seq));
	}

	private static String path(String url) {
		return url.substring(url.indexOf("/budget/"));
	}

}
