package org.govbuy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.govbuy.evaluation.application.SurveyQuestion;
import org.govbuy.evaluation.application.SurveyRating;
import org.govbuy.evaluation.application.Surveys;
import org.govbuy.platform.DemoAccounts;
import org.govbuy.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service recipient scans a slip's QR code with a phone, answers the five questions
 * with big buttons, and sees the thank-you page — without signing in and without any
 * cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SurveyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Surveys surveys;

	@Autowired
	DemoAccounts demo;

	Browser browser;

	@BeforeEach
	void open() {
		browser = new Browser(port);
		browser.driver().manage().window().setSize(new Dimension(390, 844));
	}

	@AfterEach
	void close() {
		browser.close();
	}

	@Test
	void aRecipientAnswersOnAPhoneAndIsThanked() throws Exception {
		UUID evaluation = SurveyFixtures.openEvaluation(jdbc);
		String token = SurveyFixtures.tokens(demo, surveys, evaluation, 1).get(0);

		browser.open("/portal/survey/" + token);
		assertThat(browser.find(By.id("survey-title")).getText()).contains(SurveyFixtures.HOME_CARE);
		assertThat((Long) browser.driver().executeScript("return document.documentElement.scrollWidth"))
			.as("no sideways scrolling on a phone")
			.isLessThanOrEqualTo((Long) browser.driver().executeScript("return window.innerWidth"));
		WebElement first = browser.find(By.cssSelector("label[for='ATTITUDE-VERY_SATISFIED']"));
		assertThat(first.getSize().getHeight()).as("a big touch target").isGreaterThanOrEqualTo(44);
		browser.screenshot("survey-phone");

		for (SurveyQuestion question : SurveyQuestion.values()) {
			SurveyRating rating = question == SurveyQuestion.TIMELINESS ? SurveyRating.SATISFIED
					: SurveyRating.VERY_SATISFIED;
			WebElement label = browser
				.find(By.cssSelector("label[for='" + question.name() + "-" + rating.name() + "']"));
			browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
			label.click();
		}
		browser.find(By.id("survey-comment")).sendKeys("阿姨每周按时上门，很细心");
		WebElement submit = browser.find(By.id("survey-submit"));
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", submit);
		submit.click();

		browser.waitForText(By.id("survey-state"), "感谢您的评价");
		browser.screenshot("survey-thanks");
		assertThat(browser.driver().manage().getCookies()).as("cookies").isEmpty();
		assertThat(jdbc.sql("select satisfaction from evaluation.survey_response where evaluation_id = :id")
			.param("id", evaluation)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("96");

		browser.open("/portal/survey/" + token);
		browser.waitForText(By.id("survey-state"), "已经提交过");

		// the provider sees one answer of one token, and prints the next batch
		browser.driver().manage().window().setSize(new Dimension(1280, 1000));
		browser.loginAsDemo("provider.demo");
		browser.open("/evaluation/" + evaluation + "/survey");
		assertThat(browser.find(By.id("survey-answered")).getText()).isEqualTo("1");
		assertThat(browser.find(By.id("survey-satisfaction")).getText()).isEqualTo("96.00");
		WebElement count = browser.find(By.id("survey-count"));
		count.clear();
		count.sendKeys("6");
		browser.find(By.id("survey-issue-page")).click();
		assertThat(browser.find(By.id("slips-count")).getText()).isEqualTo("6");
		assertThat(browser.driver().findElements(By.cssSelector(".survey-slip svg path"))).hasSize(6);
		browser.screenshot("survey-slips");
	}

}
