package org.govbuy.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Debian's chromedriver (never a downloaded browser),
 * headless, with the flags this closed network needs. One per test class;
 * {@link #close()} it afterwards.
 */
public final class Browser implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final ChromeDriver driver;

	private final String baseUrl;

	private final WebDriverWait wait;

	public Browser(int port) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
				"--disable-quic", "--window-size=1366,900", "--lang=zh-CN",
				// Bootstrap scrolls smoothly unless motion is reduced; clicks must not
				// race the scroll.
				"--force-prefers-reduced-motion");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.baseUrl = "http://localhost:" + port;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	public ChromeDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	/** Signs in through the login page and waits for the home page. */
	public Browser login(String username, String password) {
		open("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		find(By.id("login-submit")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
		return this;
	}

	public Browser loginAsDemo(String username) {
		return login(username, ApiClient.DEMO_PASSWORD);
	}

	public Browser logout() {
		find(By.id("logout")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-submit")));
		return this;
	}

	/** Waits until the element is visible. */
	public WebElement find(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/** Waits until the element's text contains the given text. */
	public void waitForText(By locator, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	public WebDriverWait waiting() {
		return wait;
	}

	/**
	 * Saves a screenshot as {@code target/screenshots/<name>.png} and returns its path.
	 */
	public Path screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path file = SCREENSHOTS.resolve(name + ".png");
		Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		return file;
	}

	@Override
	public void close() {
		driver.quit();
	}

}
