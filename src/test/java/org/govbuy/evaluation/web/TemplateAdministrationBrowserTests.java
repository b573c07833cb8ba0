package org.govbuy.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.govbuy.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finance of 淄博市 makes its own indicator system in the browser: a family copied from the
 * one in force, a leaf added under 效益 and weighted, a refusal by EVAL-T1 shown on the
 * form, then publication.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TemplateAdministrationBrowserTests {

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
	void financeCopiesTheTemplateInForceAddsALeafIsRefusedByEVAL_T1ThenPublishes() throws Exception {
		browser.loginAsDemo("finance.zibo").open("/evaluation/templates");
		browser.find(By.id("name")).sendKeys("淄博市助残服务绩效评价指标体系");
		browser.find(By.id("catalogCategory")).sendKeys("Y" + ThreadLocalRandom.current().nextInt(1000, 9999));
		browser.find(By.cssSelector("#template-family-form button")).click();
		browser.waitForText(By.id("template-status"), "草稿");

		new Select(browser.find(By.cssSelector("#leaf-form select"))).selectByVisibleText("效益");
		browser.find(By.cssSelector("#leaf-form button")).click();
		browser.waitForText(By.cssSelector(".alert-success"), "已在“效益”下添加末级指标");
		WebElement newLeaf = browser.driver()
			.findElements(By.name("indicatorName"))
			.stream()
			.filter(input -> "新指标".equals(input.getAttribute("value")))
			.findFirst()
			.orElseThrow();
		newLeaf.clear();
		newLeaf.sendKeys("服务对象投诉率");
		WebElement row = newLeaf.findElement(By.xpath("./ancestor::tr"));
		row.findElement(By.name("weight")).clear();
		row.findElement(By.name("weight")).sendKeys("5");
		browser.find(By.id("save-draft")).click();
		browser.waitForText(By.className("gb-violations"), "EVAL-T1");
		browser.screenshot("evaluation-template-refused");

		// 社会效益 gives up the 5 points: the 效益 total stays 40, the leaves 100
		WebElement effect = browser.driver()
			.findElements(By.name("indicatorName"))
			.stream()
			.filter(input -> "社会效益".equals(input.getAttribute("value")))
			.findFirst()
			.orElseThrow();
		WebElement effectWeight = effect.findElement(By.xpath("./ancestor::tr")).findElement(By.name("weight"));
		effectWeight.clear();
		effectWeight.sendKeys("15");
		browser.find(By.id("save-draft")).click();
		browser.waitForText(By.cssSelector(".alert-success"), "已保存草稿");
		browser.find(By.id("publish")).click();
		browser.waitForText(By.id("template-status"), "已发布");
		assertThat(browser.find(By.id("indicator-tree")).getText()).contains("服务对象投诉率");
		browser.screenshot("evaluation-template-published");
	}

}
