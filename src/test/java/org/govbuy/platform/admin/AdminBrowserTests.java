package org.govbuy.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.govbuy.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The administrator creates an account through the pages and finds it listed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminBrowserTests {

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
	void administratorCreatesAUserAndSeesItListed() throws Exception {
		browser.loginAsDemo("admin");
		browser.find(By.linkText("系统管理")).click();
		browser.find(By.linkText("用户管理")).click();
		browser.find(By.id("new-user")).click();

		browser.find(By.id("username")).sendKeys("browser.user");
		browser.find(By.id("displayName")).sendKeys("浏览器测试");
		new Select(browser.find(By.id("organizationId"))).selectByVisibleText("淄博市民政局（购买主体）");
		browser.find(By.id("password")).sendKeys("Browser@2026");
		browser.driver().findElement(By.cssSelector("input[name='roles'][value='PURCHASER_CLERK']")).click();
		browser.find(By.id("user-submit")).click();

		browser.waitForText(By.cssSelector("[role='status']"), "已创建用户 browser.user");
		assertThat(browser.find(By.id("users-table")).getText()).contains("browser.user").contains("浏览器测试");
		browser.screenshot("admin-creates-user");

		// The new account signs in and sees its organization.
		browser.logout();
		browser.login("browser.user", "Browser@2026");
		assertThat(browser.find(By.id("current-user")).getText()).contains("淄博市民政局");
	}

	@Test
	void aRoleThatDoesNotFitTheOrganizationIsAFieldErrorAndKeepsTheInput() throws Exception {
		browser.loginAsDemo("admin");
		browser.open("/platform/users");
		browser.find(By.id("new-user")).click();
		browser.find(By.id("username")).sendKeys("mismatch.user");
		browser.find(By.id("displayName")).sendKeys("角色错配");
		new Select(browser.find(By.id("organizationId"))).selectByVisibleText("淄博市民政局（购买主体）");
		browser.find(By.id("password")).sendKeys("Browser@2026");
		browser.driver().findElement(By.cssSelector("input[name='roles'][value='FINANCE_REVIEWER']")).click();
		browser.find(By.id("user-submit")).click();

		assertThat(browser.find(By.id("roles-error")).getText()).contains("财政审核").contains("不适用");
		assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo("mismatch.user");
		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("user-form")));
		browser.screenshot("admin-user-form-error");
	}

	@Test
	void aPublicWelfareClassOneInstitutionIsRefusedWithItsRule() throws Exception {
		browser.loginAsDemo("admin");
		browser.open("/platform/organizations");
		browser.find(By.id("new-organization")).click();
		browser.find(By.id("name")).sendKeys("淄博市第一医院");
		new Select(browser.find(By.id("purchaserType"))).selectByValue("PUBLIC_WELFARE_CLASS_ONE");
		new Select(browser.find(By.id("region"))).selectByValue("370300");
		browser.find(By.id("organization-submit")).click();

		assertThat(browser.find(By.cssSelector(".gb-violations")).getText()).contains("MOF102-8").contains("公益一类事业单位");
		browser.screenshot("admin-organization-refused");
	}

}
