package org.govbuy.procurement;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The method and timetable advice, with the regional thresholds and the official
 * calendar.
 */
@IntegrationTest
class ProcurementAdviceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void refusesConsultationAtTheOpenTenderThresholdWithTheRegionalValue() throws Exception {
		mvc.perform(post("/api/v1/procurements/method-check")
			.header("Authorization", ApiClient.bearer(mvc, "buyer.mzj"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"amount\":2000000.00,\"method\":\"COMPETITIVE_CONSULTATION\",\"start\":\"2026-12-01\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.procurementLaw").value(true))
			.andExpect(jsonPath("$.proposed").value("OPEN_TENDER"))
			.andExpect(jsonPath("$.lawful").value(false))
			.andExpect(jsonPath("$.violations[0].rule").value("GPL-27"))
			.andExpect(jsonPath("$.openTenderThreshold").value(2000000.00))
			.andExpect(jsonPath("$.tradingCenter").value(true));
	}

	@Test
	void refusesInquiryForServicesThroughTheApi() throws Exception {
		mvc.perform(
				post("/api/v1/procurements/method-check").header("Authorization", ApiClient.bearer(mvc, "buyer.mzj"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"amount\":500000,\"method\":\"INQUIRY\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.violations[?(@.rule == 'MOF74-3')]").exists());
	}

	@Test
	void answersInvalidAmountsWithFieldErrors() throws Exception {
		mvc.perform(
				post("/api/v1/procurements/method-check").header("Authorization", ApiClient.bearer(mvc, "buyer.mzj"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"amount\":-1,\"method\":\"OPEN_TENDER\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"));
	}

	@Test
	void computesTheEarliestBidDeadlineOverNationalDay() throws Exception {
		mvc.perform(get("/api/v1/procurements/timetable").param("method", "COMPETITIVE_CONSULTATION")
			.param("issued", "2026-09-24")
			.header("Authorization", ApiClient.bearer(mvc, "finance.zibo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.earliestResponseDeadline").value("2026-10-08"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@Test
	void isNotForExpertsOrProviders() throws Exception {
		mvc.perform(get("/api/v1/procurements/timetable").param("method", "OPEN_TENDER")
			.param("issued", "2026-09-24")
			.header("Authorization", ApiClient.bearer(mvc, "expert.demo"))).andExpect(status().isForbidden());
	}

	@Test
	void rendersTheAdvisorPageAndItsHtmxResults() throws Exception {
		jakarta.servlet.http.Cookie session = mvc
			.perform(formLogin("/login").user("buyer.mzj").password(ApiClient.DEMO_PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/procurement/advisor").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("采购方式与法定时限")));
		mvc.perform(post("/procurement/advisor/method").cookie(session)
			.with(csrf())
			.param("amount", "2000000")
			.param("method", "COMPETITIVE_CONSULTATION"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("GPL-27")));
	}

}
