package org.govbuy.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.platform.LegalCalendar;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The contract's to-dos on the purchasing unit's 工作台: after the award a contract to draft
 * and sign within 30 days (GPL-46), after signing one to publish within 2 working days
 * (GPLR-50) and to file within 7 (GPL-47); another unit sees none of them, and each goes
 * once done.
 */
@IntegrationTest
class ContractWorkItemsIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

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
	void anAwardAsksForTheContractAndASignedContractForItsPublicationAndFilingRulesGPL_46GPLR_50GPL_47()
			throws Exception {
		AwardedProcurements.Award award = AwardedProcurements.award(mvc, clock, "居家养老（工作台合同测试）", "600000", "500000",
				"COMPETITIVE_CONSULTATION", "", List.of("provider.demo", "provider.wenhua", "provider.juwei"));
		String clerk = award.buyerName();
		LocalDate awarded = today();
		String draftPage = "/contracts/new?project=" + award.project();

		assertThat(Workbenches.linkingTo(mvc, clerk, draftPage)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("起草并签订合同"))
			.satisfies(todo -> assertThat(todo.deadline())
				.isEqualTo("期限：" + chinese(calendar.calendar().calendarDayDeadline(awarded, 30))))
			.satisfies(todo -> assertThat(todo.basis()).contains("GPL-46"));
		assertThat(Workbenches.linkingTo(mvc, "buyer.mzj", draftPage)).as("另一单位").isEmpty();

		LocalDate start = awarded.plusDays(1);
		String contract = JsonPath.read(body(award.buyer()
			.post("/api/v1/contracts",
					"{\"projectId\":\"" + award.project() + "\",\"title\":\"居家养老上门服务合同\",\"startsOn\":\"" + start
							+ "\",\"endsOn\":\"" + start.plusYears(1).minusDays(1) + "\","
							+ ContractIntegrationTests.CLAUSES + "}")
			.andExpect(status().isCreated())), "$.id");
		String page = "/contracts/" + contract;
		assertThat(Workbenches.linkingTo(mvc, clerk, draftPage)).as("已起草").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).extracting(Workbenches.Todo::title).containsExactly("签订合同");

		award.buyer()
			.post(page.replace("/contracts", "/api/v1/contracts") + "/sign", "{}")
			.andExpect(jsonPath("$.status").value("SIGNED"));
		LocalDate signed = today();
		assertThat(Workbenches.linkingTo(mvc, clerk, page))
			.extracting(Workbenches.Todo::title, Workbenches.Todo::deadline, Workbenches.Todo::basis)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("公告合同",
							"期限：" + chinese(calendar.calendar().addWorkingDays(signed, 2)), "· 依据：GPLR-50"),
					org.assertj.core.groups.Tuple.tuple("合同备案",
							"期限：" + chinese(calendar.calendar().addWorkingDays(signed, 7)), "· 依据：GPL-47"));
		assertThat(Workbenches.linkingTo(mvc, "buyer.mzj", page)).isEmpty();
		assertThat(Workbenches.linkingTo(mvc, "provider.demo", page)).as("合同公告和备案是采购人的事").isEmpty();

		award.buyer().post("/api/v1/contracts/" + contract + "/publish", "{}").andExpect(status().isOk());
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).extracting(Workbenches.Todo::title).containsExactly("合同备案");
		award.buyer().post("/api/v1/contracts/" + contract + "/file", "{}").andExpect(status().isOk());
		assertThat(Workbenches.linkingTo(mvc, clerk, page)).isEmpty();
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
