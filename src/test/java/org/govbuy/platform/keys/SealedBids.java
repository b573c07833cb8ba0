package org.govbuy.platform.keys;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.support.ApiCaller;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A procurement with one sealed bid, made through the API as a purchaser and a provider
 * would: a new unit of 淄博 plans an approved line, announces, and {@code provider.demo}
 * bids; the response deadline is 25 days ahead.
 */
final class SealedBids {

	/**
	 * The bid's price and proposal, as the purchaser will read them after the deadline.
	 */
	record Sealed(ApiCaller buyer, UUID project, String price, String proposal) {
	}

	private SealedBids() {
	}

	static Sealed bid(MockMvc mvc, MutableClock clock, String projectName, String price, String proposal)
			throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String plan = JsonPath.read(body(buyer.post("/api/v1/plans", "{\"fiscalYear\":2026}")), "$.id");
		String line = JsonPath.read(body(buyer.post("/api/v1/plans/" + plan + "/lines",
				"""
						{"projectName":"%s","catalogCode":"A040101","serviceContent":"上门服务","amount":600000,
						 "fundingSource":"DEPARTMENT_BUDGET","targets":[{"category":"OUTPUT","indicator":"服务人数","target":"≥500人"}]}"""
					.formatted(projectName))),
				"$.id");
		buyer.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		ApiCaller.as(mvc, "reviewer.zibo").post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}");
		buyer.post("/api/v1/plans/lines/" + line + "/intention",
				"""
						{"projectName":"居家养老","demandSummary":"上门服务","expectedMonth":"2027-01","urgent":true,"urgentReason":"寒潮"}""")
			.andExpect(status().isCreated());
		String project = JsonPath.read(body(buyer.post("/api/v1/procurements", """
				{"planLineId":"%s","name":"%s","demand":"上门服务","method":"COMPETITIVE_CONSULTATION",
				 "budget":600000,"priceWeight":0.30}""".formatted(line, projectName)).andExpect(status().isCreated())),
				"$.id");
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		buyer
			.post("/api/v1/procurements/" + project + "/announce",
					"{\"documentsIssued\":\"" + today + "\",\"responseDeadline\":\"" + today.plusDays(25).atTime(9, 30)
							+ "\"}")
			.andExpect(status().isOk());
		ApiCaller.as(mvc, "provider.demo")
			.post("/api/v1/procurements/" + project + "/bids",
					"{\"price\":" + price + ",\"proposal\":\"" + proposal + "\"}")
			.andExpect(status().isCreated());
		return new Sealed(buyer, UUID.fromString(project), price, proposal);
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
