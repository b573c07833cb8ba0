package org.govbuy.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.contract.AwardedProcurements;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Delivery's to-dos on the 工作台, one milestone to its payment: the provider's milestone
 * due on the agreed date, the purchaser's acceptance to record, the payment request to
 * approve (an SME's by its due date, SME-9), finance's payment at the treasury; each on
 * the right home pages only, gone once done.
 */
@IntegrationTest
class DeliveryWorkItemsIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String TITLE = "居家养老上门服务合同（工作台履约测试）";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aMilestoneGoesFromProviderToPurchaserToFinanceAsTodosRuleSME_9() throws Exception {
		AwardedProcurements.Award award = AwardedProcurements.award(mvc, clock, "居家养老（工作台履约测试）", "600000", "500000",
				"COMPETITIVE_CONSULTATION", "", List.of("provider.demo", "provider.wenhua", "provider.juwei"));
		ApiCaller buyer = award.buyer();
		String clerk = award.buyerName();
		LocalDate start = today().plusDays(1);
		String contract = JsonPath.read(body(buyer
			.post("/api/v1/contracts",
					"{\"projectId\":\"" + award.project() + "\",\"title\":\"" + TITLE + "\",\"startsOn\":\"" + start
							+ "\",\"endsOn\":\"" + start.plusYears(1).minusDays(1) + "\","
							+ DeliveryIntegrationTests.CLAUSES + ",\"providerSme\":true,\"paymentDays\":20}")
			.andExpect(status().isCreated())), "$.id");
		buyer.post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(jsonPath("$.status").value("SIGNED"));
		LocalDate due = start.plusDays(10);
		String milestone = JsonPath.read(body(buyer.post("/api/v1/contracts/" + contract + "/milestones", """
				{"title":"首批入户服务","standard":"完成首批入户服务","dueOn":"%s","amount":100000}""".formatted(due))
			.andExpect(status().isCreated())), "$.id");
		String delivery = "/contracts/" + contract + "/delivery";

		assertThat(Workbenches.linkingTo(mvc, "provider.demo", delivery)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("提交履约节点成果"))
			.satisfies(todo -> assertThat(todo.deadline()).isEqualTo("期限：" + chinese(due)))
			.satisfies(todo -> assertThat(todo.basis()).contains("合同约定"));
		assertThat(Workbenches.linkingTo(mvc, "provider.lele", delivery)).as("另一承接主体").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, clerk, delivery)).as("未到期的节点不是采购人的待办").isEmpty();

		ApiCaller provider = ApiCaller.as(mvc, "provider.demo");
		provider.post("/api/v1/contracts/" + contract + "/milestones/" + milestone + "/submit", """
				{"report":"已完成首批120户入户服务"}""").andExpect(jsonPath("$.status").value("SUBMITTED"));
		assertThat(Workbenches.linkingTo(mvc, "provider.demo", delivery)).as("已提交").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, clerk, delivery)).extracting(Workbenches.Todo::title)
			.containsExactly("组织验收并记录结果");
		assertThat(Workbenches.linkingTo(mvc, "buyer.mzj", delivery)).isEmpty();

		buyer.post("/api/v1/contracts/" + contract + "/acceptances", """
				{"milestoneId":"%s","result":"PASSED","findings":"入户服务按合同标准逐项检查",
				 "standards":[{"standard":"完成首批入户服务","performance":"完成120户"}],
				 "participants":[{"name":"张科长","role":"PURCHASER","opinion":"合格"},
				                 {"name":"李大爷","role":"RECIPIENT","opinion":"服务态度好"}]}""".formatted(milestone))
			.andExpect(status().isCreated());
		assertThat(Workbenches.linkingTo(mvc, clerk, delivery)).as("已验收").isEmpty();

		String requested = body(provider
			.post("/api/v1/payments", "workbench-" + milestone,
					"{\"contractId\":\"" + contract
							+ "\",\"amount\":100000,\"purpose\":\"首批服务费\",\"basis\":\"ACCEPTANCE\","
							+ "\"milestoneId\":\"" + milestone + "\"}")
			.andExpect(status().isCreated()));
		String payment = JsonPath.read(requested, "$.id");
		String dueOn = JsonPath.read(requested, "$.dueOn");
		assertThat(dueOn).as("中小企业付款期限").isNotNull();
		assertThat(approvals(clerk, contract)).singleElement()
			.satisfies(todo -> assertThat(todo.about()).contains(TITLE, "100000", "中小企业"))
			.satisfies(todo -> assertThat(todo.deadline()).isEqualTo("期限：" + chinese(LocalDate.parse(dueOn))))
			.satisfies(todo -> assertThat(todo.basis()).contains("SME-9"));
		assertThat(approvals("buyer.mzj", contract)).isEmpty();

		buyer.post("/api/v1/payments/" + payment + "/approve", "").andExpect(jsonPath("$.status").value("SENT"));
		assertThat(approvals(clerk, contract)).as("已审核").isEmpty();
		assertThat(treasuryTodos("finance.zibo")).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("国库集中支付"))
			.satisfies(todo -> assertThat(todo.deadline()).isEqualTo("期限：" + chinese(LocalDate.parse(dueOn))));
		assertThat(treasuryTodos("finance.boshan")).as("另一地区的财政").isEmpty();

		ApiCaller.as(mvc, "finance.zibo")
			.post("/api/v1/payments/" + payment + "/treasury", "{\"paid\":true}")
			.andExpect(jsonPath("$.status").value("PAID"));
		assertThat(treasuryTodos("finance.zibo")).as("已支付").isEmpty();
	}

	private List<Workbenches.Todo> approvals(String username, String contract) throws Exception {
		return Workbenches.linkingTo(mvc, username, "/contracts/" + contract)
			.stream()
			.filter(todo -> todo.title().equals("审核支付申请"))
			.toList();
	}

	private List<Workbenches.Todo> treasuryTodos(String username) throws Exception {
		return Workbenches.linkingTo(mvc, username, "/finance/payments")
			.stream()
			.filter(todo -> todo.about().contains(TITLE))
			.toList();
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
