package org.govbuy.provider.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.govbuy.provider.ChecklistItem;
import org.govbuy.shared.UnifiedSocialCreditCode;
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
 * A provider registers on the public page, proves its eligibility, and a reviewer
 * qualifies it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProviderRegistrationBrowserTests {

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
	void registersSubmitsAndIsQualifiedItemByItem() throws Exception {
		Path pdf = Files.createDirectories(Path.of("target", "fixtures")).resolve("营业执照.pdf");
		Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF", StandardCharsets.US_ASCII);

		browser.open("/portal/providers/register");
		browser.find(By.id("name")).sendKeys("淄博市夕阳红助老服务中心");
		new Select(browser.find(By.id("type"))).selectByValue("SOCIAL_ORGANIZATION_REGISTERED");
		browser.find(By.id("creditCode")).sendKeys(UnifiedSocialCreditCode.withCheckDigit("52370303MJ0000312"));
		new Select(browser.find(By.id("region"))).selectByValue("370303");
		browser.find(By.id("legalRepresentative")).sendKeys("吴红梅");
		browser.find(By.id("contactName")).sendKeys("吴红梅");
		browser.find(By.id("contactPhone")).sendKeys("0533-2288123");
		browser.find(By.id("bankAccount")).sendKeys("6222020304050607");
		browser.find(By.id("username")).sendKeys("provider.xiyang");
		browser.find(By.id("password")).sendKeys("Xiyang@2026");
		browser.screenshot("provider-register");
		browser.find(By.id("register-submit")).click();
		assertThat(browser.find(By.id("registered")).getText()).contains("登记成功");

		browser.login("provider.xiyang", "Xiyang@2026");
		browser.open("/provider");
		for (ChecklistItem item : ChecklistItem.values()) {
			WebElement row = browser.find(By.id("item-" + item.name()));
			browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
			browser.driver().executeScript("arguments[0].click()", row.findElement(By.name("declared")));
			row.findElement(By.name("statement")).sendKeys("符合");
			if (item.expires()) {
				// Date inputs take keystrokes in the browser's locale format; set the ISO
				// value directly.
				browser.driver()
					.executeScript("arguments[0].value = '2028-12-31'", row.findElement(By.name("expiresOn")));
			}
			row.findElement(By.name("file")).sendKeys(pdf.toAbsolutePath().toString());
			browser.driver().executeScript("arguments[0].click()", row.findElement(By.tagName("button")));
			browser.waitForText(By.cssSelector("[role='status']"), item.label());
		}
		browser.driver()
			.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("submit-review")));
		browser.find(By.id("submit-review")).click();
		browser.waitForText(By.id("provider-status"), "待审核");
		browser.screenshot("provider-submitted");
		browser.logout();

		browser.loginAsDemo("reviewer.zibo");
		browser.open("/provider/reviews?status=PENDING");
		browser.find(By.linkText("淄博市夕阳红助老服务中心")).click();
		for (WebElement select : browser.driver().findElements(By.cssSelector("select[name^='review[']"))) {
			new Select(select).selectByValue("ACCEPTED");
		}
		browser.driver()
			.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("review-submit")));
		browser.find(By.id("review-submit")).click();
		browser.waitForText(By.id("provider-status"), "合格");
		assertThat(browser.find(By.id("eligibility")).getText()).contains("可以参加投标");
		browser.screenshot("provider-qualified");
	}

}
