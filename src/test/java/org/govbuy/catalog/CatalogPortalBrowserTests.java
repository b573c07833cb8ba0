package org.govbuy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor opens the public catalog page without logging in and searches it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogPortalBrowserTests {

	static ChromeDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--window-size=1280,1000");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File("/usr/bin/chromedriver"))
			.build();
		driver = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void visitorSearchesThePublishedCatalogsWithoutLoggingIn() throws Exception {
		driver.get("http://localhost:" + port + "/portal/catalogs");
		assertThat(driver.getCurrentUrl()).contains("/portal/catalogs");
		assertThat(driver.findElement(By.id("portal-catalogs")).getText()).contains("淄博市");

		WebElement search = driver.findElement(By.id("portal-q"));
		search.sendKeys("养老");
		driver.findElement(By.id("portal-search-submit")).click();

		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-hits")));
		List<WebElement> hits = driver.findElements(By.cssSelector("#portal-hits .gb-hit"));
		assertThat(hits).isNotEmpty();
		assertThat(driver.findElement(By.id("portal-hits")).getText()).contains("社区居家养老上门服务", "A040101");
		assertThat(driver.getPageSource()).doesNotContain("id=\"logout\"");

		Path target = Path.of("target/screenshots/portal-catalog-search.png");
		Files.createDirectories(target.getParent());
		Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		assertThat(target).exists();
	}

}
