package org.govbuy.contract.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The contract pages on the demo story: 淄博市民政局's home-care contract under way, the
 * welfare-home award waiting for its contract, finance's treasury queue, the portal.
 */
@IntegrationTest
class ContractPagesIntegrationTests {

	static final String HOME_CARE = "2026年社区居家养老上门服务合同";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	void thePurchaserSeesItsContractAndTheAwardWaitingForOneDraftedFromTheElderlyCareTemplate() throws Exception {
		Authentication buyer = login("buyer.mzj");
		String list = body(get("/contracts").with(authentication(buyer)));
		assertThat(list).contains(HOME_CARE, "淄博市颐康居家养老服务中心", "1,760,000.00", "履行中", "市社会福利院护理服务社会化运营项目", "按范本起草合同");
		Matcher draft = Pattern.compile("/contracts/new\\?project=([0-9a-f-]{36})").matcher(list);
		assertThat(draft.find()).isTrue();
		String form = body(get("/contracts/new").param("project", draft.group(1)).with(authentication(buyer)));
		assertThat(form).contains("养老服务合同范本", "张店区乐龄社工服务社", "930,000.00", "养老护理员");
		Matcher scope = Pattern.compile("name=\"SCOPE\">([^<]*)<").matcher(form);
		assertThat(scope.find()).isTrue();
		assertThat(scope.group(1)).as("the welfare-home contract speaks of the welfare home, not of home care")
			.contains("市社会福利院失能老人护理服务")
			.doesNotContain("居家", "为为");
		assertThat(form).doesNotContain("template-warning");
		// Choosing the 就业 model for a nursing project warns before its clause text is
		// used.
		String employment = body(get("/contracts/new/clauses").param("project", draft.group(1))
			.param("template", "EMPLOYMENT")
			.with(authentication(buyer)));
		assertThat(employment).contains("template-warning", "就业服务合同范本", "养老服务合同范本", "请核对");
		assertThat(body(get("/contracts/new/clauses").param("project", draft.group(1))
			.param("template", "GENERAL")
			.with(authentication(buyer)))).doesNotContain("template-warning");

		String refused = body(post("/contracts").with(authentication(buyer))
			.with(csrf())
			.param("projectId", draft.group(1))
			.param("title", "护理服务合同")
			.param("template", "ELDERLY_CARE")
			.param("startsOn", "2027-01-01")
			.param("endsOn", "2030-12-31")
			.param("paymentDays", "30"));
		assertThat(refused).contains("MOF102-24", "第二十四条", "护理服务合同");
		String mistyped = body(post("/contracts").with(authentication(buyer))
			.with(csrf())
			.param("projectId", draft.group(1))
			.param("title", "护理服务合同（保证金有误）")
			.param("template", "ELDERLY_CARE")
			.param("startsOn", "2027-01-01")
			.param("endsOn", "2027-12-31")
			.param("paymentDays", "三十")
			.param("depositAmount", "五万元"));
		assertThat(mistyped).as("the form comes back with the input and a message at each field")
			.contains("履约保证金须为金额（元）", "请填写整数", "护理服务合同（保证金有误）", "五万元");
		mvc.perform(post("/contracts").with(authentication(buyer)).with(csrf()).param("title", "无项目的合同"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/contracts").with(authentication(buyer)).with(csrf()).param("projectId", "not-a-uuid"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theContractPageShowsPartiesAmountsTreasuryStatusAndTheLineFunds() throws Exception {
		String contract = demoContract();
		String page = body(get("/contracts/" + contract).with(authentication(login("buyer.mzj"))));
		assertThat(page).contains(HOME_CARE, "壹佰柒拾陆万元整", "880,000.00", "已送国库", "银行保函", "line-funds");
		String provider = body(get("/contracts/" + contract).with(authentication(login("provider.demo"))));
		assertThat(provider).contains(HOME_CARE, "提交支付申请").doesNotContain("line-funds");
		mvc.perform(get("/contracts/" + contract).with(authentication(login("provider.wenhua"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aLineWhoseServiceIsAwardedIsNotOfferedForASecondProcurement() throws Exception {
		String page = body(get("/procurement/projects").with(authentication(login("buyer.mzj"))));
		String offered = page.substring(page.indexOf("id=\"lines-table\""), page.indexOf("id=\"projects-table\""));
		// The home-care award left savings on its line; they stay on the line, not on
		// offer.
		assertThat(offered).doesNotContain("2026年社区居家养老上门服务");
		assertThat(page).contains("2026年社区居家养老上门服务项目");
	}

	@Test
	void financeRecordsTheTreasuryPaymentSentByThePurchaser() throws Exception {
		String page = body(get("/finance/payments").with(authentication(login("finance.zibo"))));
		assertThat(page).contains("第二季度服务费", "GK", "440,000.00");
		// The SME's second quarter fell due on 2026-11-14 (accepted 10-15, 30 days): the
		// overdue table shows the statutory interest so far, not an empty cell.
		String overdue = page.substring(page.indexOf("id=\"overdue-table\""), page.indexOf("id=\"late-table\""));
		assertThat(overdue).contains("2026-11-14", "SME-17", "已逾期", "应付逾期利息¥");
		// The quarterly requests are dated when they were made, in Beijing time, not the
		// day
		// the demo data was loaded.
		String contract = body(get("/contracts/" + demoContract()).with(authentication(login("buyer.mzj"))));
		assertThat(contract).contains("2026-07-13 09:00", "2026-10-19 09:00");
		mvc.perform(get("/finance/payments").with(authentication(login("buyer.mzj"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void thePortalListsThePublishedContractWithItsPublicPdf() throws Exception {
		String page = body(get("/portal/contracts"));
		assertThat(page).contains(HOME_CARE, "淄博市民政局", "/pdf");
		byte[] pdf = mvc.perform(get("/portal/contracts/" + demoContract() + "/pdf"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = org.govbuy.support.PdfText.of(pdf).replaceAll("[\\s\u3000]+", "");
		assertThat(text).as("the demo contract: Chinese dates, deposit, the quarterly schedule, both signature blocks")
			.contains("履行期限：2026年4月1日至2027年3月31日", "履约保证金人民币伍万元整（¥50,000.00），以银行保函形式提交", "第一季度服务（4—6月）", "¥440,000.00",
					"2026年6月30日", "甲方（盖章）", "乙方（盖章）", "签订日期：2026年3月20日")
			.doesNotContain("为为");
	}

	private String demoContract() throws Exception {
		String json = mvc.perform(get("/api/v1/contracts").header("Authorization", ApiClient.bearer(mvc, "buyer.mzj")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> ids = JsonPath.read(json, "$[?(@.title == '" + HOME_CARE + "')].id");
		return ids.get(0);
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

}
