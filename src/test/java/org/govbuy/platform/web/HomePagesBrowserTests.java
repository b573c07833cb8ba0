package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.govbuy.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role signs in through the real login page and lands on its own home page and menu.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePagesBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void administratorSeesSystemManagementAndRealCounts() throws Exception {
		browser().loginAsDemo("admin");
		assertThat(browser.find(By.id("current-user")).getText()).contains("平台管理员");
		assertThat(browser.find(By.id("home-cards")).getText()).contains("用户账户").contains("执行中的规则");
		assertThat(browser.driver().getPageSource()).contains("系统管理").contains("用户管理");
		browser.screenshot("home-admin");
		browser.logout();
	}

	@Test
	void purchaserClerkSeesOwnOrganizationWithoutSystemManagement() throws Exception {
		browser().loginAsDemo("buyer.mzj");
		assertThat(browser.find(By.id("current-user")).getText()).contains("淄博市民政局");
		assertThat(browser.driver().getPageSource()).contains("数据范围：本单位").doesNotContain("用户管理");
		browser.screenshot("home-purchaser");
		browser.logout();
	}

	@Test
	void wrongPasswordShowsAChineseMessage() throws Exception {
		browser().open("/login");
		browser.find(By.id("username")).sendKeys("finance.boshan");
		browser.find(By.id("password")).sendKeys("Wrong@12345");
		browser.find(By.id("login-submit")).click();
		assertThat(browser.find(By.id("login-error")).getText()).contains("用户名或密码错误");
		browser.screenshot("login-error");
	}

	private Browser browser() {
		if (browser == null) {
			browser = new Browser(port);
		}
		return browser;
	}

}
