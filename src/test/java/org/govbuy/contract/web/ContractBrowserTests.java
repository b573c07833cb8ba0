package org.govbuy.contract.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import org.govbuy.support.Browser;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.PdfText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The life of a contract in the browser, from the demo award of 市社会福利院护理服务 to 张店区乐龄社工服务社:
 * drafted from the 养老 model contract, signed, its PDF read, published and filed on time;
 * the purchaser sets a milestone, the provider keeps its ledger with an attachment and
 * submits the milestone, the purchaser accepts it with a service recipient, the provider
 * requests payment by that acceptance, the purchaser sends it to the treasury, finance
 * records it paid, and the budget line's ledger shows the totals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(IntegrationTest.ClockConfiguration.class)
class ContractBrowserTests {

	static final String AWARD = "市社会福利院护理服务社会化运营项目";

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
	void fromAwardToTemplateContractSignaturePdfPublicationFilingMilestoneLedgerAcceptancePaymentAndLedgerTotals()
			throws Exception {
		LocalDate today = LocalDate.now(clock.withZone(CHINA));

		// The award waits for its contract; the 养老 model contract is suggested and
		// filled.
		browser.loginAsDemo("buyer.mzj").open("/contracts");
		WebElement award = browser.driver()
			.findElements(By.cssSelector("#awards-table tbody tr"))
			.stream()
			.filter(row -> row.getText().contains(AWARD))
			.findFirst()
			.orElseThrow();
		click(award.findElement(By.linkText("按范本起草合同")));
		assertThat(new Select(browser.find(By.id("template"))).getFirstSelectedOption().getText())
			.isEqualTo("养老服务合同范本");
		assertThat(browser.find(By.id("clause-RIGHTS_AND_OBLIGATIONS")).getAttribute("value")).contains("养老护理员");
		// Switching the model contract swaps the clauses in place.
		new Select(browser.find(By.id("template"))).selectByValue("GENERAL");
		browser.waiting()
			.ignoring(StaleElementReferenceException.class)
			.until(driver -> !driver.findElement(By.id("clause-RIGHTS_AND_OBLIGATIONS"))
				.getAttribute("value")
				.contains("养老护理员"));
		new Select(browser.find(By.id("template"))).selectByValue("ELDERLY_CARE");
		browser.waiting()
			.ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.id("clause-RIGHTS_AND_OBLIGATIONS"))
				.getAttribute("value")
				.contains("养老护理员"));
		date(By.id("startsOn"), today);
		date(By.id("endsOn"), today.plusYears(1).minusDays(1));
		click(browser.find(By.id("draft-contract")));
		browser.waitForText(By.id("contract-status"), "待签订");
		String contract = browser.driver().getCurrentUrl().replaceAll(".*/contracts/", "");

		// Signed: the reservation becomes contracted money, the savings go back to the
		// line.
		click(browser.find(By.id("sign-contract")));
		browser.waitForText(By.id("contract-status"), "履行中");
		assertThat(browser.find(By.id("line-contracted")).getText()).isEqualTo("¥930,000.00");

		String pdf = PdfText.of(download("/contracts/" + contract + "/pdf"));
		assertThat(pdf).contains("淄博市民政局", "张店区乐龄社工服务社", "玖拾叁万元整");

		click(browser.find(By.id("publish-contract")));
		browser.waitForText(By.id("published-on"), today.toString());
		click(browser.find(By.id("file-contract")));
		browser.waitForText(By.id("filed-on"), today.toString());
		assertThat(browser.driver().findElements(By.id("late-steps"))).isEmpty();

		// The purchaser sets a milestone.
		click(browser.find(By.id("delivery-link")));
		browser.find(By.id("milestone-title")).sendKeys("第一个月护理服务");
		browser.find(By.id("milestone-standard")).sendKeys("护理床位300张全部配备护理员，安全责任事故为零");
		date(By.id("milestone-due"), today.plusDays(30));
		browser.find(By.id("milestone-amount")).sendKeys("77500");
		click(browser.find(By.id("add-milestone")));
		browser.waitForText(By.id("milestone-status-1"), "计划中");
		browser.logout();

		// The provider keeps its ledger, with an attachment, and submits the milestone.
		browser.loginAsDemo("provider.lele").open("/contracts/" + contract + "/delivery");
		new Select(browser.find(By.id("ledger-kind"))).selectByValue("WORK_PLAN");
		browser.find(By.id("ledger-title")).sendKeys("护理服务工作计划");
		browser.find(By.id("ledger-content")).sendKeys("三班倒排班，每班护理员不少于25名");
		browser.find(By.id("ledger-files")).sendKeys(workPlan().toAbsolutePath().toString());
		click(browser.find(By.id("add-ledger-entry")));
		browser.waitForText(By.id("ledger"), "护理服务工作计划");
		assertThat(browser.find(By.cssSelector("#ledger .attachment-link")).getText()).isEqualTo("护理服务工作计划.pdf");
		browser.find(By.id("report-1")).sendKeys("第一个月护理服务已完成，无安全责任事故");
		click(browser.find(By.id("submit-milestone-1")));
		browser.waitForText(By.id("milestone-status-1"), "已提交待验收");
		browser.screenshot("contract-ledger");
		browser.logout();

		// The purchaser accepts it with a service recipient taking part; the result is
		// public.
		browser.loginAsDemo("buyer.mzj").open("/contracts/" + contract + "/delivery");
		browser.find(By.id("performance-0")).sendKeys("300张床位均配备护理员，无事故");
		browser.find(By.id("participant-name-0")).sendKeys("张伟");
		browser.find(By.id("participant-opinion-0")).sendKeys("同意验收");
		browser.find(By.id("participant-name-1")).sendKeys("刘长海");
		new Select(browser.find(By.id("participant-role-1"))).selectByValue("RECIPIENT");
		browser.find(By.id("participant-opinion-1")).sendKeys("护理员态度好，照料及时");
		browser.find(By.id("acceptance-findings")).sendKeys("第一个月护理服务达到合同约定标准，验收合格");
		click(browser.find(By.id("record-acceptance")));
		browser.waitForText(By.id("milestone-status-1"), "验收合格");
		assertThat(browser.find(By.cssSelector("#acceptances .acceptance-result")).getText()).isEqualTo("合格");
		browser.logout();
		browser.open("/portal/acceptances");
		assertThat(browser.find(By.tagName("main")).getText()).contains("市社会福利院护理服务", "护理员态度好，照料及时");

		// The provider requests payment by that acceptance; the purchaser sends it to the
		// treasury.
		browser.loginAsDemo("provider.lele").open("/contracts/" + contract);
		browser.find(By.id("payment-amount")).sendKeys("77500");
		browser.find(By.id("payment-purpose")).sendKeys("第一个月护理服务费");
		new Select(browser.find(By.id("payment-basis"))).selectByValue("ACCEPTANCE");
		new Select(browser.find(By.id("payment-milestone"))).selectByIndex(1);
		click(browser.find(By.id("request-payment")));
		browser.waitForText(By.id("payments-table"), "待审核");
		browser.logout();

		browser.loginAsDemo("buyer.mzj").open("/contracts/" + contract);
		click(browser.find(By.cssSelector(".approve-payment")));
		browser.waitForText(By.id("payments-table"), "已送国库");
		browser.logout();

		// Finance records the treasury's payment; the contract and the line show it.
		browser.loginAsDemo("finance.zibo").open("/finance/payments");
		WebElement sent = browser.driver()
			.findElements(By.cssSelector("#treasury-table tbody tr"))
			.stream()
			.filter(row -> row.getText().contains("第一个月护理服务费"))
			.findFirst()
			.orElseThrow();
		click(sent.findElement(By.cssSelector(".treasury-paid")));
		browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"), "已登记国库支付"));
		browser.open("/contracts/" + contract);
		assertThat(browser.find(By.id("contract-paid")).getText()).isEqualTo("¥77,500.00");
		assertThat(browser.find(By.id("line-funds")).getText()).contains("签约 ¥930,000.00", "已付 ¥77,500.00", "预留 ¥0.00");
		browser.screenshot("contract-paid");
	}

	private byte[] download(String path) throws IOException, InterruptedException {
		StringBuilder cookies = new StringBuilder();
		for (Cookie cookie : browser.driver().manage().getCookies()) {
			cookies.append(cookie.getName()).append('=').append(cookie.getValue()).append("; ");
		}
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Cookie", cookies.toString())
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).contains("application/pdf");
		return response.body();
	}

	private static Path workPlan() throws IOException {
		Path file = Files.createTempDirectory("govbuy").resolve("护理服务工作计划.pdf");
		try (var out = Files.newOutputStream(file)) {
			Document document = new Document();
			PdfWriter.getInstance(document, out);
			document.open();
			document.add(new Paragraph("Work plan"));
			document.close();
		}
		return file;
	}

	private void date(By locator, LocalDate value) {
		browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(locator), value.toString());
	}

	private void click(WebElement element) throws IOException {
		browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

}
