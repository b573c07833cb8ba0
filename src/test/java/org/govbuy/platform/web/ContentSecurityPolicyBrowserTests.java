package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.govbuy.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Under the Content-Security-Policy (own scripts and styles only, nothing inline) the
 * pages still work — charts draw, buttons act — and the browser reports no violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void open() {
		browser = new Browser(port);
		// Runs before every page's own scripts and outside its policy: collects what the
		// policy blocked.
		browser.driver()
			.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
					"window.gbViolations = []; document.addEventListener('securitypolicyviolation', function (e) {"
							+ " window.gbViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' '"
							+ " + e.sourceFile + ':' + e.lineNumber); });"));
	}

	@AfterEach
	void close() {
		browser.close();
	}

	@Test
	void theBudgetOverviewDrawsItsChartsFromItsOwnScript() throws Exception {
		browser.loginAsDemo("finance.zibo");
		assertThat(violations()).isEmpty();
		browser.open("/budget/overview?year=2026");
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-units canvas")));
		assertThat(browser.driver().findElements(By.cssSelector("#chart-categories canvas"))).isNotEmpty();
		assertThat(violations()).isEmpty();
	}

	@Test
	void theCatalogTreeExpandsAndCollapsesWithoutInlineHandlers() throws Exception {
		browser.open("/portal/catalogs");
		WebElement first = browser.find(By.cssSelector("#portal-catalogs a[href*='/portal/catalogs/']"));
		first.click();
		browser.find(By.id("expand-all")).click();
		List<WebElement> details = browser.driver().findElements(By.cssSelector(".gb-tree details"));
		assertThat(details).isNotEmpty().allMatch(d -> d.getAttribute("open") != null);
		browser.find(By.id("collapse-all")).click();
		assertThat(browser.driver().findElements(By.cssSelector(".gb-tree details")))
			.allMatch(d -> d.getAttribute("open") == null);
		assertThat(violations()).isEmpty();
	}

	/** Swagger UI's bundle adds a style element: its pages alone allow inline styles. */
	@Test
	void swaggerUiWorksInTheDemoProfile() throws Exception {
		browser.open("/swagger-ui/index.html");
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));
		assertThat(violations()).isEmpty();
	}

	@SuppressWarnings("unchecked")
	private List<String> violations() {
		Object found = browser.driver().executeScript("return window.gbViolations || [];");
		return (List<String>) found;
	}

}
