package org.govbuy.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.support.ApiCaller;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;
import org.govbuy.support.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The budget's to-dos on the 工作台: a submitted plan waits on the home page of the region's
 * finance reviewer, a returned one on its unit's, an approved line asks for its purchase
 * intention and the intention's 30th day is announced (CK2020-10); each for the right
 * users only, and gone once done.
 */
@IntegrationTest
class BudgetWorkItemsIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aSubmittedPlanWaitsForTheRegionsReviewerAndAReturnedOneForItsUnitOnly() throws Exception {
		String clerk = TestUnits.purchaserClerk(mvc, "淄博市文化和旅游局", "370300");
		ApiCaller buyer = ApiCaller.as(mvc, clerk);
		String plan = JsonPath.read(body(buyer.post("/api/v1/plans", "{\"fiscalYear\":2026}")), "$.id");
		String line = JsonPath.read(body(buyer.post("/api/v1/plans/" + plan + "/lines", LINE)), "$.id");
		buyer.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		String page = "/budget/plans/" + plan;

		assertThat(Workbenches.linkingTo(mvc, "reviewer.zibo", page)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("审核年度购买计划"))
			.satisfies(todo -> assertThat(todo.about()).contains("2026年度", "1条待审核"));
		assertThat(Workbenches.linkingTo(mvc, "finance.boshan", page)).as("另一地区的财政").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).as("提交后本单位无待办").isEmpty();

		ApiCaller.as(mvc, "reviewer.zibo")
			.post("/api/v1/plans/" + plan + "/lines/" + line + "/return", "{\"comment\":\"请补充绩效目标\"}")
			.andExpect(status().isOk());

		assertThat(Workbenches.linkingTo(mvc, "reviewer.zibo", page)).as("退回后审核人无待办").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("修改被退回的计划"));
		assertThat(Workbenches.linkingTo(mvc, "buyer.mzj", page)).as("另一单位").isEmpty();

		mvc.perform(put("/api/v1/plans/" + plan + "/lines/" + line).header("Authorization", buyer.token())
			.contentType(MediaType.APPLICATION_JSON)
			.content(LINE)).andExpect(status().isOk());
		buyer.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).isEmpty();

		ApiCaller.as(mvc, "reviewer.zibo").post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}");
		assertThat(Workbenches.linkingTo(mvc, "reviewer.zibo", page)).as("批复后审核人无待办").isEmpty();
	}

	@Test
	void anApprovedLineAsksForItsIntentionAndTheIntentionsThirtiethDayIsAnnouncedRuleCK2020_10() throws Exception {
		String clerk = TestUnits.purchaserClerk(mvc, "淄博市体育局", "370300");
		ApiCaller buyer = ApiCaller.as(mvc, clerk);
		String plan = JsonPath.read(body(buyer.post("/api/v1/plans", "{\"fiscalYear\":2026}")), "$.id");
		String line = JsonPath.read(body(buyer.post("/api/v1/plans/" + plan + "/lines", LINE)), "$.id");
		buyer.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		ApiCaller.as(mvc, "reviewer.zibo").post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}");

		assertThat(Workbenches.linkingTo(mvc, clerk, "/budget/intentions?line=" + line)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("公开采购意向"))
			.satisfies(todo -> assertThat(todo.basis()).contains("CK2020-10"));
		assertThat(Workbenches.linkingTo(mvc, "buyer.mzj", "/budget/intentions?line=" + line)).isEmpty();

		buyer.post("/api/v1/plans/lines/" + line + "/intention", """
				{"projectName":"全民健身指导（工作台测试）","demandSummary":"社区健身指导","expectedMonth":"2027-01","urgent":false}""")
			.andExpect(status().isCreated());

		assertThat(Workbenches.linkingTo(mvc, clerk, "/budget/intentions?line=" + line)).as("意向已公开").isEmpty();
		LocalDate thirtieth = LocalDate.parse(JsonPath
			.read(body(buyer.get("/api/v1/plans/lines/" + line + "/procurement-start")), "$.earliestStart"));
		assertThat(Workbenches.of(mvc, clerk)).filteredOn(todo -> todo.about().startsWith("全民健身指导（工作台测试）"))
			.singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("采购意向公开期满，可发起采购"))
			.satisfies(todo -> assertThat(todo.deadline()).isEqualTo("期限：" + chinese(thirtieth)))
			.satisfies(todo -> assertThat(todo.severity()).isEqualTo("正常"));
		assertThat(Workbenches.of(mvc, "buyer.mzj")).noneMatch(todo -> todo.about().contains("全民健身指导（工作台测试）"));

		clock.set(thirtieth.plusDays(1).atStartOfDay(CHINA).toInstant());
		assertThat(Workbenches.of(mvc, clerk)).as("第30日已过，可以采购")
			.noneMatch(todo -> todo.about().contains("全民健身指导（工作台测试）"));
	}

	static final String LINE = """
			{"projectName":"全民健身指导","catalogCode":"A040101","serviceContent":"社区健身指导","amount":300000,
			 "fundingSource":"DEPARTMENT_BUDGET","targets":[{"category":"OUTPUT","indicator":"服务人次","target":"≥5000人次"}]}""";

	static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
