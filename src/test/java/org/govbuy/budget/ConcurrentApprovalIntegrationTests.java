package org.govbuy.budget;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.support.ApiCaller;
import org.govbuy.support.Concurrently;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two reviewers approving the same line at once is a conflict, not a bad request: the
 * first approval wins and every later one answers 409, as docs/api promises.
 */
@IntegrationTest
class ConcurrentApprovalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void tenConcurrentApprovalsOfOnePlanLineGiveOneSuccessAndNineConflicts() throws Exception {
		ApiCaller unit = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String plan = JsonPath.read(body(unit.post("/api/v1/plans", "{\"fiscalYear\":2026}")), "$.id");
		String line = JsonPath.read(body(unit.post("/api/v1/plans/" + plan + "/lines",
				"""
						{"projectName":"并发审核测试","catalogCode":"A040101","serviceContent":"上门服务","amount":300000,
						 "fundingSource":"DEPARTMENT_BUDGET","targets":[{"category":"OUTPUT","indicator":"服务人数","target":"≥100人"}]}""")
			.andExpect(status().isCreated())), "$.id");
		unit.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		ApiCaller reviewer = ApiCaller.as(mvc, "reviewer.zibo");

		Concurrently.assertOneSucceededAndTheRestConflicted(Concurrently.send(10,
				() -> reviewer.post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}")), "不在待审核状态");
		unit.get("/api/v1/plans/lines/" + line + "/funds").andExpect(jsonPath("$.approved").value(300000.00));
	}

	private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
