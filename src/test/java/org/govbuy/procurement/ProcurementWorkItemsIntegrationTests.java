package org.govbuy.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.platform.LegalCalendar;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;
import org.govbuy.support.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Procurement's to-dos on the 工作台, one procurement from draft to answered challenge: the
 * notice to publish, the open procurement for providers until the response deadline, the
 * bids to open (预警 once the deadline has passed), the panel's declarations and scores,
 * the winner to confirm within 5 working days (GPLR-43) and the challenge to answer
 * within 7 working days (GPL-53); each on the right home pages only, gone once done.
 */
@IntegrationTest
class ProcurementWorkItemsIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final List<String> PANEL = List.of("expert.demo", "expert.li", "expert.sun");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	LegalCalendar calendar;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void eachStepOfAProcurementIsATodoOfWhoeverTakesItRulesGPLR_43AndGPL_53() throws Exception {
		String clerk = TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300");
		ApiCaller buyer = ApiCaller.as(mvc, clerk);
		String project = draftProject(buyer, "助残服务（工作台测试）");
		String page = "/procurement/projects/" + project;
		String providerPage = "/provider/procurements/" + project;

		assertThat(Workbenches.linkingTo(mvc, clerk, page)).extracting(Workbenches.Todo::title)
			.containsExactly("发布采购公告");
		assertThat(Workbenches.linkingTo(mvc, "buyer.mzj", page)).as("另一单位").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, "provider.demo", providerPage)).as("公告前").isEmpty();

		LocalDate today = today();
		LocalDate deadline = today.plusDays(25);
		buyer
			.post("/api/v1/procurements/" + project + "/announce",
					"{\"documentsIssued\":\"" + today + "\",\"responseDeadline\":\"" + deadline.atTime(9, 30) + "\"}")
			.andExpect(status().isOk());
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).as("公告已发布，截止前无待办").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, "provider.demo", providerPage)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("可参与投标（响应）"))
			.satisfies(todo -> assertThat(todo.deadline()).isEqualTo("期限：" + chinese(deadline)));
		assertThat(Workbenches.linkingTo(mvc, "buyer.mzj", providerPage)).isEmpty();

		for (String bidder : List.of("provider.demo", "provider.wenhua", "provider.juwei")) {
			ApiCaller.as(mvc, bidder)
				.post("/api/v1/procurements/" + project + "/bids",
						"{\"price\":" + (bidder.equals("provider.demo") ? "500000" : "590000")
								+ ",\"proposal\":\"方案\"}")
				.andExpect(status().isCreated());
		}
		assertThat(Workbenches.linkingTo(mvc, "provider.demo", providerPage)).as("已投标").isEmpty();

		clock.set(clock.instant().plus(Duration.ofDays(26)));
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("开标并组建评审小组"))
			.satisfies(todo -> assertThat(todo.severity()).isEqualTo("预警"));
		assertThat(Workbenches.of(mvc, clerk).get(0).href()).as("预警排在最前").isEqualTo(page);

		buyer
			.post("/api/v1/procurements/" + project + "/panel",
					"{\"members\":[\"expert.demo\",\"expert.li\",\"expert.sun\"]}")
			.andExpect(status().isOk());
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).isEmpty();
		String expertPage = "/expert/procurements/" + project;
		assertThat(Workbenches.linkingTo(mvc, "expert.demo", expertPage)).extracting(Workbenches.Todo::title)
			.containsExactly("签署回避声明");
		String contents = body(buyer.get("/api/v1/procurements/" + project + "/bids/contents"));
		for (String expert : PANEL) {
			ApiCaller member = ApiCaller.as(mvc, expert);
			member.post("/api/v1/procurements/" + project + "/declaration", "").andExpect(status().isOk());
			if (expert.equals("expert.demo")) {
				assertThat(Workbenches.linkingTo(mvc, expert, expertPage)).extracting(Workbenches.Todo::title)
					.containsExactly("评审打分");
			}
			for (String bid : JsonPath.<List<String>>read(contents, "$[*].id")) {
				member.post("/api/v1/procurements/" + project + "/bids/" + bid + "/score", "{\"technical\":60}")
					.andExpect(status().isOk());
			}
		}
		assertThat(Workbenches.linkingTo(mvc, "expert.demo", expertPage)).as("打分完成").isEmpty();

		buyer.post("/api/v1/procurements/" + project + "/report", "").andExpect(status().isOk());
		LocalDate confirmBy = calendar.calendar().addWorkingDays(today(), 5);
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("确定成交供应商并公告结果"))
			.satisfies(todo -> assertThat(todo.deadline()).isEqualTo("期限：" + chinese(confirmBy)))
			.satisfies(todo -> assertThat(todo.basis()).contains("GPLR-43"));

		String first = JsonPath.read(body(buyer.get("/api/v1/procurements/" + project + "/bids")), "$[0].id");
		buyer.post("/api/v1/procurements/" + project + "/award", "{\"bidId\":\"" + first + "\"}")
			.andExpect(jsonPath("$.status").value("AWARDED"));
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).as("已确定成交").isEmpty();

		String challenge = JsonPath.read(body(ApiCaller.as(mvc, "provider.wenhua")
			.post("/api/v1/procurements/" + project + "/challenges", "{\"subject\":\"RESULT\",\"content\":\"请求复核\"}")
			.andExpect(status().isCreated())), "$.id");
		LocalDate answerBy = calendar.calendar().addWorkingDays(today(), 7);
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("答复质疑"))
			.satisfies(todo -> assertThat(todo.deadline()).isEqualTo("期限：" + chinese(answerBy)))
			.satisfies(todo -> assertThat(todo.basis()).contains("GPL-53"));
		assertThat(Workbenches.linkingTo(mvc, "buyer.mzj", page)).isEmpty();

		buyer.post("/api/v1/procurements/challenges/" + challenge + "/answer", "{\"answer\":\"经复核，质疑不成立\"}")
			.andExpect(jsonPath("$.status").value("ANSWERED"));
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).as("已答复").isEmpty();
	}

	/** An approved line with an urgent intention, and a 竞争性磋商 project drafted on it. */
	private String draftProject(ApiCaller buyer, String name) throws Exception {
		String plan = JsonPath.read(body(buyer.post("/api/v1/plans", "{\"fiscalYear\":2026}")), "$.id");
		String line = JsonPath.read(body(buyer.post("/api/v1/plans/" + plan + "/lines",
				"""
						{"projectName":"%s","catalogCode":"A040101","serviceContent":"上门服务","amount":600000,
						 "fundingSource":"DEPARTMENT_BUDGET","targets":[{"category":"OUTPUT","indicator":"服务人数","target":"≥500人"}]}"""
					.formatted(name))),
				"$.id");
		buyer.post("/api/v1/plans/" + plan + "/submit", "").andExpect(status().isOk());
		ApiCaller.as(mvc, "reviewer.zibo").post("/api/v1/plans/" + plan + "/lines/" + line + "/approve", "{}");
		buyer.post("/api/v1/plans/lines/" + line + "/intention",
				"""
						{"projectName":"助残服务","demandSummary":"上门服务","expectedMonth":"2027-01","urgent":true,"urgentReason":"寒潮"}""")
			.andExpect(status().isCreated());
		return JsonPath.read(body(buyer.post("/api/v1/procurements", """
				{"planLineId":"%s","name":"%s","demand":"上门服务","method":"COMPETITIVE_CONSULTATION",
				 "budget":600000,"priceWeight":0.30}""".formatted(line, name)).andExpect(status().isCreated())),
				"$.id");
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	static String body(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
