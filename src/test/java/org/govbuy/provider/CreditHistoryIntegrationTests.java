package org.govbuy.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.UnifiedSocialCreditCode;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.PageSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A provider's credit history (page and {@code GET /api/v1/providers/{id}/credit}) for
 * itself, purchasers, finance and supervision — never another provider — and finance's
 * decisions on the proposals to restrict a provider graded 差 twice within two years.
 */
@IntegrationTest
class CreditHistoryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ProviderCredit credit;

	UUID provider;

	String username;

	@BeforeEach
	void aRegisteredProviderOfItsOwn() throws Exception {
		long n = System.nanoTime() % 10_000_000L;
		username = "credit." + Long.toString(n, 36);
		String code = UnifiedSocialCreditCode.withCheckDigit("91370303MA" + String.format("%07d", n));
		String body = mvc.perform(post("/api/v1/public/providers").contentType(MediaType.APPLICATION_JSON).content("""
				{"name":"淄博信用测试服务有限公司%s","type":"ENTERPRISE","creditCode":"%s","region":"370303",
				 "legalRepresentative":"信用测试","contactName":"信用测试","contactPhone":"0533-1234567",
				 "username":"%s","password":"%s"}""".formatted(n, code, username, ApiClient.DEMO_PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		provider = UUID.fromString(com.jayway.jsonpath.JsonPath.read(body, "$.id"));
	}

	@Test
	void theCreditApiAnswersGradesAndDebarmentsToItsReadersAnd403ToAnotherProvider() throws Exception {
		LocalDate today = LocalDate.now(clock);
		credit.recordGrade(provider, UUID.randomUUID(), PerformanceGrade.EXCELLENT, "合同 CT-1 期末评价 得分 93.50，等级 优",
				today);
		ApiCaller.as(mvc, "reviewer.zibo")
			.post("/api/v1/providers/" + provider + "/debarments",
					"{\"basis\":\"DEBARMENT\",\"reason\":\"提供虚假材料\",\"startsOn\":\"" + today + "\",\"endsOn\":\""
							+ today.plusYears(1) + "\"}")
			.andExpect(status().isCreated());

		for (String reader : new String[] { username, "reviewer.zibo", "auditor.zibo", "buyer.mzj" }) {
			ApiCaller.as(mvc, reader)
				.get("/api/v1/providers/" + provider + "/credit")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.entries[*].kind", hasItem("EVALUATION_GRADE")))
				.andExpect(jsonPath("$.entries[*].description", hasItem(containsString("等级 优"))))
				.andExpect(jsonPath("$.debarments[0].reason").value("提供虚假材料"));
		}
		ApiCaller.as(mvc, "provider.demo")
			.get("/api/v1/providers/" + provider + "/credit")
			.andExpect(status().isForbidden());
		ApiCaller.as(mvc, "expert.demo")
			.get("/api/v1/providers/" + provider + "/credit")
			.andExpect(status().isForbidden());
	}

	@Test
	void theCreditPageShowsWarningsInRedAndIsLinkedFromTheProvidersHome() throws Exception {
		credit.recordGrade(provider, UUID.randomUUID(), PerformanceGrade.POOR, "合同 CT-2 年度评价 得分 55.00，等级 差",
				LocalDate.now(clock));
		Cookie buyer = PageSession.signIn(mvc, "buyer.mzj");
		String page = mvc.perform(get("/provider/" + provider + "/credit").cookie(buyer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("信用记录", "绩效评价", "等级 差", "id=\"credit-WARNING\"", "BJ2014-34-CREDIT-W",
				"table-danger");

		Cookie own = PageSession.signIn(mvc, username);
		assertThat(mvc.perform(get("/provider").cookie(own))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("/provider/" + provider + "/credit");
	}

	@Test
	void financeAcceptsOrDismissesAProposalToRestrictRuleBJ2014_34_CREDIT_R() throws Exception {
		LocalDate today = LocalDate.now(clock);
		credit.recordGrade(provider, UUID.randomUUID(), PerformanceGrade.POOR, "合同 CT-3 年度评价 等级 差",
				today.minusMonths(13));
		credit.recordGrade(provider, UUID.randomUUID(), PerformanceGrade.POOR, "合同 CT-3 期末评价 等级 差", today);
		UUID proposal = jdbc.sql("select id from provider.restriction_proposal where provider_id = :id")
			.param("id", provider)
			.query(UUID.class)
			.single();

		Cookie reviewer = PageSession.signIn(mvc, "reviewer.zibo");
		assertThat(mvc.perform(get("/provider/credit/proposals").cookie(reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("proposal-" + proposal, "BJ2014-34-CREDIT-R");
		mvc.perform(post("/provider/credit/proposals/" + proposal + "/dismiss").cookie(reviewer).with(csrf()))
			.andExpect(flash().attribute("flashError", "请填写不予采纳的理由"));
		mvc.perform(post("/provider/credit/proposals/" + proposal + "/accept").cookie(reviewer)
			.with(csrf())
			.param("restrict", "true")
			.param("reason", "两年内两次评价为差，限制其承接本市政府购买服务一年")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select status from provider.restriction_proposal where id = :id")
			.param("id", proposal)
			.query(String.class)
			.single()).isEqualTo("ACCEPTED");
		ApiCaller.as(mvc, "auditor.zibo")
			.get("/api/v1/providers/" + provider + "/credit")
			.andExpect(jsonPath("$.entries[*].kind", hasItem("RESTRICTION")))
			.andExpect(jsonPath("$.proposals[0].status").value("ACCEPTED"));
		assertThat(jdbc.sql("select count(*) from platform.audit_event where action = :action and entity_id = :id")
			.param("action", "provider.restriction.accept")
			.param("id", proposal.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		mvc.perform(post("/provider/credit/proposals/" + proposal + "/accept").cookie(buyer()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private Cookie buyer() throws Exception {
		return PageSession.signIn(mvc, "buyer.mzj");
	}

}
