package org.govbuy.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.shared.RuleViolation;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Sealed means sealed: before the response deadline nobody — purchaser, finance,
 * supervisors, administrators, other bidders — learns who has bid or how many, only that
 * the procurement takes bids; a bid above the budget is refused when it is submitted; the
 * demo's awarded procurements hold really sealed bids that the panel and the purchaser
 * open after the deadline.
 */
@IntegrationTest
class SealedBidConfidentialityIntegrationTests {

	static final String YIKANG = "淄博市颐康居家养老服务中心";

	static final String WENHUA = "淄博市文化艺术服务中心";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuthenticationManager authenticationManager;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void beforeTheDeadlineNoRoleSeesTheBiddersNamesOrHowManyThereAreOnPagesOrInTheApi() throws Exception {
		String project = demoProject("博山区家庭医生签约服务项目");
		for (String provider : List.of("provider.demo", "provider.wenhua")) {
			ApiCaller.as(mvc, provider)
				.post("/api/v1/procurements/" + project + "/bids", "{\"price\":2800000,\"proposal\":\"家庭医生团队签约服务方案\"}")
				.andExpect(status().isCreated());
		}

		for (String username : List.of("buyer.boshan", "finance.boshan", "reviewer.zibo", "auditor.zibo", "admin")) {
			ApiCaller caller = ApiCaller.as(mvc, username);
			caller.get("/api/v1/procurements/" + project + "/bids")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(0));
			String page = body(MockMvcRequestBuilders.get("/procurement/projects/" + project)
				.with(authentication(login(username))));
			assertThat(page).as(username + " sees the project open for bids, nobody in it")
				.contains("密封中", "博山区家庭医生签约服务项目")
				.doesNotContain(YIKANG, WENHUA);
			String table = page.substring(page.indexOf("id=\"bids-table\""));
			table = table.substring(table.indexOf("<tbody>"), table.indexOf("</tbody>"));
			assertThat(table.split("<tr", -1)).as("one row saying the bids are sealed, none per bid").hasSize(2);
		}
		// A bidder sees its own bid and nobody else's.
		ApiCaller.as(mvc, "provider.demo")
			.get("/api/v1/procurements/" + project + "/bids")
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].providerName").value(YIKANG));
		String providerPage = body(MockMvcRequestBuilders.get("/provider/procurements/" + project)
			.with(authentication(login("provider.wenhua"))));
		assertThat(providerPage).contains("my-bid").doesNotContain(YIKANG);
		// The audit trail, readable before the deadline, does not name the bidder either.
		assertThat(jdbc.sql("select after_state from platform.audit_event where action = 'procurement.bid'")
			.query(String.class)
			.list()).isNotEmpty().noneMatch(details -> details != null && details.contains(YIKANG));
		// Nor does the audit viewer list the bids' records (their actor is the bidder)
		// before the deadline; from the deadline on it does.
		String bidRecordsOfThisProject = "$.items[?(@.after =~ /.*" + project + ".*/)]";
		for (String username : List.of("admin", "auditor.zibo")) {
			ApiCaller.as(mvc, username)
				.get("/api/v1/audit?action=procurement.bid&size=200")
				.andExpect(status().isOk())
				.andExpect(jsonPath(bidRecordsOfThisProject).isEmpty());
		}
		clock.set(jdbc.sql("select response_deadline from procurement.project where id = cast(:p as uuid)")
			.param("p", project)
			.query(java.time.OffsetDateTime.class)
			.single()
			.toInstant());
		ApiCaller.as(mvc, "admin")
			.get("/api/v1/audit?action=procurement.bid&size=200")
			.andExpect(status().isOk())
			.andExpect(jsonPath(bidRecordsOfThisProject + ".actor")
				.value(org.hamcrest.Matchers.hasItems("provider.demo", "provider.wenhua")));
	}

	@Test
	void aBidAboveTheBudgetIsRefusedWhenSubmittedRuleMOF87_63() throws Exception {
		String project = demoProject("博山区家庭医生签约服务项目");
		ApiCaller.as(mvc, "provider.juwei")
			.post("/api/v1/procurements/" + project + "/bids", "{\"price\":3000000.01,\"proposal\":\"方案\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF87-63"))
			.andExpect(jsonPath("$.violations[0].citation", containsString("第六十三条")))
			.andExpect(jsonPath("$.violations[0].message", containsString("3,000,000.00")));
		var refused = mvc
			.perform(MockMvcRequestBuilders.post("/provider/procurements/" + project + "/bid")
				.with(authentication(login("provider.juwei")))
				.with(csrf())
				.param("price", "3500000")
				.param("proposal", "方案"))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("violations"))
			.andExpect(content().string(containsString("3,000,000.00")))
			.andReturn();
		// The page is shown again with the price entered and the rule's message.
		assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("value=\"3500000\"", "MOF87-63");
		@SuppressWarnings("unchecked")
		List<RuleViolation> violations = (List<RuleViolation>) refused.getModelAndView().getModel().get("violations");
		assertThat(violations).extracting(RuleViolation::rule).containsExactly("MOF87-63");
		ApiCaller.as(mvc, "provider.juwei")
			.get("/api/v1/procurements/" + project + "/bids")
			.andExpect(jsonPath("$.length()").value(0));
		// At the budget exactly the bid is taken.
		ApiCaller.as(mvc, "provider.juwei")
			.post("/api/v1/procurements/" + project + "/bids", "{\"price\":3000000,\"proposal\":\"方案\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void theDemosAwardedProcurementsHoldSealedBidsThatExpertsAndThePurchaserOpen() throws Exception {
		for (String name : List.of("2026年社区居家养老上门服务项目", "市社会福利院护理服务社会化运营项目")) {
			String project = demoProject(name);
			assertThat(jdbc.sql("select sealed from procurement.bid where project_id = cast(:p as uuid)")
				.param("p", project)
				.query(byte[].class)
				.list()).hasSize(3).allSatisfy(sealed -> assertThat(sealed).hasSizeGreaterThan(28));
			for (String expert : List.of("expert.demo", "expert.li", "expert.sun")) {
				String page = body(MockMvcRequestBuilders.get("/expert/procurements/" + project)
					.with(authentication(login(expert))));
				assertThat(page).as(expert + " on " + name).contains(name, "评审已结束");
				String contents = body(ApiCaller.as(mvc, expert)
					.get("/api/v1/procurements/" + project + "/bids/contents")
					.andExpect(status().isOk()));
				assertThat(JsonPath.<List<String>>read(contents, "$[*].proposal")).hasSize(3)
					.allSatisfy(proposal -> assertThat(proposal).contains("响应方案", "服务方案"));
			}
			String contents = body(ApiCaller.as(mvc, "buyer.mzj")
				.get("/api/v1/procurements/" + project + "/bids/contents")
				.andExpect(status().isOk()));
			assertThat(JsonPath.<List<Double>>read(contents, "$[*].price")).hasSize(3)
				.allMatch(price -> price > 900_000);
			assertThat(
					body(MockMvcRequestBuilders.get("/expert/procurements").with(authentication(login("expert.demo")))))
				.contains(name);
		}
	}

	private String demoProject(String name) {
		return jdbc.sql("select id from procurement.project where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single()
			.toString();
	}

	private Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
