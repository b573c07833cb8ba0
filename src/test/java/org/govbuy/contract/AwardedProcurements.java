package org.govbuy.contract;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.support.ApiCaller;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * An awarded procurement through the API, as contract tests start from one: a new unit of
 * 淄博 plans an approved line, publishes an urgent intention, buys, three experts score,
 * and the lowest price ({@code price}, the others bid 590,000) wins.
 */
public final class AwardedProcurements {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * @param buyer the purchasing unit's clerk
	 * @param buyerName the clerk's username
	 * @param line the approved budget line
	 * @param project the awarded procurement
	 */
	public record Award(ApiCaller buyer, String buyerName, String line, String project) {
	}

	private AwardedProcurements() {
	}

	public static Award award(MockMvc mvc, MutableClock clock, String projectName, String lineAmount, String price,
			String method, String extra, List<String> bidders) throws Exception {
		String buyerName = TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300");
		ApiCaller buyer = ApiCaller.as(mvc, buyerName);
		String plan = JsonPath.read(body(buyer.post("/api/v1/plans", "{\"fiscalYear\":2026}")), "$.id");
		String line = JsonPath.read(body(buyer.post("/api/v1/plans/" + plan + "/lines",
				"""
						{"projectName":"%s","catalogCode":"A040101","serviceContent":"上门服务","amount":%s,
						 "fundingSource":"DEPARTMENT_BUDGET","targets":[{"category":"OUTPUT","indicator":"服务人数","target":"≥500人"}]}"""
					.formatted(projectName, lineAmount))),
				"$.id");
		buyer.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		ApiCaller.as(mvc, "reviewer.zibo").post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}");
		buyer.post("/api/v1/plans/lines/" + line + "/intention",
				"""
						{"projectName":"居家养老","demandSummary":"上门服务","expectedMonth":"2027-01","urgent":true,"urgentReason":"寒潮"}""")
			.andExpect(status().isCreated());
		String project = JsonPath.read(
				body(buyer
					.post("/api/v1/procurements",
							"""
									{"planLineId":"%s","name":"%s","demand":"上门服务","method":"%s",
									 "budget":%s,"priceWeight":0.30%s}""".formatted(line, projectName, method,
									lineAmount, extra))
					.andExpect(status().isCreated())),
				"$.id");
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		buyer
			.post("/api/v1/procurements/" + project + "/announce",
					"{\"documentsIssued\":\"" + today + "\",\"responseDeadline\":\"" + today.plusDays(25).atTime(9, 30)
							+ "\"}")
			.andExpect(status().isOk());
		for (String bidder : bidders) {
			ApiCaller.as(mvc, bidder)
				.post("/api/v1/procurements/" + project + "/bids",
						"{\"price\":" + (bidder.equals("provider.demo") ? price : "590000") + ",\"proposal\":\"方案\"}")
				.andExpect(status().isCreated());
		}
		clock.set(clock.instant().plus(Duration.ofDays(26)));
		buyer
			.post("/api/v1/procurements/" + project + "/panel",
					"{\"members\":[\"expert.demo\",\"expert.li\",\"expert.sun\"]}")
			.andExpect(status().isOk());
		String contents = body(buyer.get("/api/v1/procurements/" + project + "/bids/contents"));
		for (String expert : List.of("expert.demo", "expert.li", "expert.sun")) {
			ApiCaller member = ApiCaller.as(mvc, expert);
			member.post("/api/v1/procurements/" + project + "/declaration", "").andExpect(status().isOk());
			for (String bid : JsonPath.<List<String>>read(contents, "$[*].id")) {
				member.post("/api/v1/procurements/" + project + "/bids/" + bid + "/score", "{\"technical\":60}")
					.andExpect(status().isOk());
			}
		}
		buyer.post("/api/v1/procurements/" + project + "/report", "").andExpect(status().isOk());
		String first = JsonPath.read(body(buyer.get("/api/v1/procurements/" + project + "/bids")), "$[0].id");
		buyer.post("/api/v1/procurements/" + project + "/award", "{\"bidId\":\"" + first + "\"}")
			.andExpect(jsonPath("$.status").value("AWARDED"));
		return new Award(buyer, buyerName, line, project);
	}

	private static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
