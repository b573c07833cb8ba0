package org.govbuy.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.budget.FundsLedger;
import org.govbuy.contract.AwardedProcurements.Award;
import org.govbuy.platform.IdempotencyKeyConflictException;
import org.govbuy.shared.Money;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.Concurrently;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.PdfText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the security review of contracts found, as specifications: no signing before the
 * award, an idempotency key means one request, a second approval is a conflict (409), and
 * the public version hides the personal numbers typed into a clause.
 */
@IntegrationTest
class ContractTrustIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String PERSONAL = "乙方联系人王五，手机13812345678，身份证号11010519491231002X，办公电话0533-2345678；"
			+ "收款账户：中国工商银行淄博分行 6222021603001234567；乙方统一社会信用代码91350100M000100Y43；" + "每季度支付125000.00元";

	static final String CLAUSES = """
			"clauses":{"SCOPE":"为失能老人提供上门服务","QUANTITY":"500人","QUALITY":"满意度不低于90%",
			 "PAYMENT":"PERSONAL","RIGHTS_AND_OBLIGATIONS":"详见合同第四条","LIABILITY":"详见合同第七条",
			 "DISPUTES":"提交淄博仲裁委员会仲裁"}""".replace("PERSONAL", PERSONAL);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	FundsLedger ledger;

	@Autowired
	AuthenticationManager authenticationManager;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aContractDatedBeforeItsAwardIsRefusedRuleGPL_46() throws Exception {
		Award award = award();
		String contract = contract(award);
		LocalDate awarded = LocalDate
			.parse(JsonPath.read(body(award.buyer().get("/api/v1/contracts/" + contract)), "$.awardedOn"));
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/sign", "{\"date\":\"" + awarded.minusDays(1) + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("GPL-46"))
			.andExpect(jsonPath("$.violations[0].message", containsString("早于中标、成交结果确定日")));
		award.buyer().get("/api/v1/contracts/" + contract).andExpect(jsonPath("$.status").value("DRAFT"));
		award.buyer()
			.post("/api/v1/contracts/" + contract + "/sign", "{\"date\":\"" + awarded + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SIGNED"));
	}

	@Test
	void anIdempotencyKeyReusedForAnotherAmountIsRefusedWith422AndTheSameRequestStillReturnsTheFirst()
			throws Exception {
		Award award = award();
		String contract = contract(award);
		award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk());
		String first = JsonPath.read(body(pay(award.buyer(), contract, "100000", "q1").andExpect(status().isCreated())),
				"$.id");
		pay(award.buyer(), contract, "100000", "q1").andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(first));
		pay(award.buyer(), contract, "150000", "q1").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type", containsString("idempotency-key-conflict")))
			.andExpect(jsonPath("$.idempotencyKey").value("q1"))
			.andExpect(jsonPath("$.detail", containsString("q1")));
		award.buyer().get("/api/v1/contracts/" + contract + "/payments").andExpect(jsonPath("$.length()").value(1));

		// The funds ledger keeps its keys the same way.
		UUID line = UUID.fromString(award.line());
		ledger.uncontract(line, Money.ofYuan(100), "测试", "trust-uncontract-1");
		ledger.uncontract(line, Money.ofYuan(100), "测试", "trust-uncontract-1");
		award.buyer()
			.get("/api/v1/plans/lines/" + award.line() + "/funds")
			.andExpect(jsonPath("$.contracted").value(499900.00));
		assertThatThrownBy(() -> ledger.uncontract(line, Money.ofYuan(200), "测试", "trust-uncontract-1"))
			.isInstanceOf(IdempotencyKeyConflictException.class);
	}

	@Test
	void tenConcurrentApprovalsOfOnePaymentGiveOneSuccessAndNineConflicts() throws Exception {
		Award award = award();
		String contract = contract(award);
		award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk());
		String payment = JsonPath.read(body(pay(award.buyer(), contract, "50000", "approve-once")), "$.id");
		Concurrently.assertOneSucceededAndTheRestConflicted(
				Concurrently.send(10, () -> award.buyer().post("/api/v1/payments/" + payment + "/approve", "")),
				"已送国库");
	}

	@Test
	void thePortalPdfHidesPhonesIdNumbersAndBankAccountsAndThePublishPageListsWhatItHides() throws Exception {
		Award award = award();
		String contract = contract(award);
		award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk());
		String page = mvc
			.perform(MockMvcRequestBuilders.get("/contracts/" + contract)
				.with(authentication(authenticationManager.authenticate(UsernamePasswordAuthenticationToken
					.unauthenticated(award.buyerName(), ApiClient.DEMO_PASSWORD)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String masks = page.substring(page.indexOf("id=\"public-masks\""));
		masks = masks.substring(0, masks.indexOf("</table>"));
		assertThat(masks)
			.contains("手机号", "138****5678", "身份证号", "110105********002X", "固定电话", "0533-***5678", "银行账号",
					"6222***********4567")
			.doesNotContain("13812345678", "91350100M000100Y43");

		award.buyer().post("/api/v1/contracts/" + contract + "/publish", "{}").andExpect(status().isOk());
		String published = PdfText.of(mvc.perform(MockMvcRequestBuilders.get("/portal/contracts/" + contract + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		String flat = published.replaceAll("\\s", "");
		assertThat(flat).doesNotContain("13812345678", "11010519491231002X", "6222021603001234567", "2345678")
			.contains("138****5678", "110105********002X", "6222***********4567", "0533-***5678")
			.as("public and not personal: the credit code and the amounts stay")
			.contains("91350100M000100Y43", "125000.00");
		// The parties' own full version is untouched.
		String full = PdfText
			.of(award.buyer()
				.get("/api/v1/contracts/" + contract + "/pdf")
				.andReturn()
				.getResponse()
				.getContentAsByteArray())
			.replaceAll("\\s", "");
		assertThat(full).contains("13812345678", "6222021603001234567");
	}

	private Award award() throws Exception {
		return AwardedProcurements.award(mvc, clock, "居家养老（合同可信测试）", "600000", "500000", "COMPETITIVE_CONSULTATION", "",
				List.of("provider.demo", "provider.wenhua", "provider.juwei"));
	}

	private String contract(Award award) throws Exception {
		LocalDate start = LocalDate.now(clock.withZone(CHINA)).plusDays(1);
		return JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts",
					"{\"projectId\":\"" + award.project() + "\",\"title\":\"居家养老上门服务合同\",\"startsOn\":\"" + start
							+ "\",\"endsOn\":\"" + start.plusYears(1).minusDays(1) + "\"," + CLAUSES + "}")
			.andExpect(status().isCreated())), "$.id");
	}

	static ResultActions pay(ApiCaller caller, String contract, String amount, String key) throws Exception {
		return caller.post("/api/v1/payments", key,
				"{\"contractId\":\"" + contract + "\",\"amount\":" + amount + ",\"purpose\":\"季度服务费\"}");
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
