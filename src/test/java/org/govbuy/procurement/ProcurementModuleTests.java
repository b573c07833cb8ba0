package org.govbuy.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.procurement.ProcurementIntegrationTests.announce;
import static org.govbuy.procurement.ProcurementIntegrationTests.approvedLineWithIntention;
import static org.govbuy.procurement.ProcurementIntegrationTests.body;
import static org.govbuy.procurement.ProcurementIntegrationTests.project;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What procurement tells the other modules: each step of a project publishes its event
 * carrying what a listener needs (ids, unit, region, catalog item, method, money, dates),
 * so that no listener has to call back.
 */
@IntegrationTest
@EnableScenarios
class ProcurementModuleTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final List<String> PANEL = List.of("expert.demo", "expert.li", "expert.sun");

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void announcingPublishesProcurementAnnouncedWithTheNoticesData(Scenario scenario) throws Exception {
		ApiCaller buyer = buyer();
		String project = draft(buyer, "社区助浴服务（事件测试：公告）");
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		LocalDateTime deadline = today.plusDays(25).atTime(9, 30);

		scenario
			.stimulate(
					call(() -> buyer.post("/api/v1/procurements/" + project + "/announce", announce(today, deadline))))
			.andWaitForEventOfType(ProcurementAnnounced.class)
			.matching(event -> event.projectId().equals(UUID.fromString(project)))
			.toArriveAndVerify(event -> {
				assertThat(event.region()).isEqualTo(new RegionCode("370300"));
				assertThat(event.catalogCode()).isEqualTo("A040101");
				assertThat(event.method()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
				assertThat(event.budget()).isEqualTo(Money.ofYuan(500_000));
				assertThat(event.documentsIssued()).isEqualTo(today);
				assertThat(event.responseDeadline()).isEqualTo(deadline.atZone(CHINA).toInstant());
				assertThat(event.projectName()).isEqualTo("社区居家养老上门服务（采购测试）");
				assertThat(event.unitName()).startsWith("淄博市民政局");
			});
	}

	@Test
	void openingTheBidsPublishesBidsOpenedWithTheCount(Scenario scenario) throws Exception {
		ApiCaller buyer = buyer();
		String project = announcedWithBids(buyer, "社区助浴服务（事件测试：开标）");
		clock.set(clock.instant().plus(Duration.ofDays(26)));

		scenario
			.stimulate(call(() -> buyer.post("/api/v1/procurements/" + project + "/panel",
					"{\"members\":[\"expert.demo\",\"expert.li\",\"expert.sun\"]}")))
			.andWaitForEventOfType(BidsOpened.class)
			.matching(event -> event.projectId().equals(UUID.fromString(project)))
			.toArriveAndVerify(event -> {
				assertThat(event.bidCount()).isEqualTo(3);
				assertThat(event.panelSize()).isEqualTo(3);
				assertThat(event.catalogCode()).isEqualTo("A040101");
				assertThat(event.region()).isEqualTo(new RegionCode("370300"));
			});
	}

	@Test
	void anAwardPublishesProcurementAwardedWithTheWinnerAndTheAmount(Scenario scenario) throws Exception {
		ApiCaller buyer = buyer();
		String project = announcedWithBids(buyer, "社区助浴服务（事件测试：成交）");
		evaluate(buyer, project);
		String ranking = body(buyer.get("/api/v1/procurements/" + project + "/bids"));
		String winner = JsonPath.read(ranking, "$[0].id");
		UUID provider = UUID.fromString(JsonPath.read(ranking, "$[0].providerId"));
		Money price = Money.of(new BigDecimal(JsonPath.<Object>read(ranking, "$[0].price").toString()));

		scenario
			.stimulate(call(
					() -> buyer.post("/api/v1/procurements/" + project + "/award", "{\"bidId\":\"" + winner + "\"}")))
			.andWaitForEventOfType(ProcurementAwarded.class)
			.matching(event -> event.projectId().equals(UUID.fromString(project)))
			.toArriveAndVerify(event -> {
				assertThat(event.bidId()).isEqualTo(UUID.fromString(winner));
				assertThat(event.providerId()).isEqualTo(provider);
				assertThat(event.amount()).isEqualTo(price);
				assertThat(event.budget()).isEqualTo(Money.ofYuan(500_000));
				assertThat(event.region()).isEqualTo(new RegionCode("370300"));
				assertThat(event.catalogCode()).isEqualTo("A040101");
				assertThat(event.method()).isEqualTo(ProcurementMethod.COMPETITIVE_CONSULTATION);
				assertThat(event.awardedOn()).isEqualTo(LocalDate.now(clock.withZone(CHINA)));
			});
	}

	@Test
	void terminatingPublishesProcurementFailedWithTheReleasedMoney(Scenario scenario) throws Exception {
		ApiCaller buyer = buyer();
		String project = draft(buyer, "社区助浴服务（事件测试：终止）");

		scenario
			.stimulate(call(
					() -> buyer.post("/api/v1/procurements/" + project + "/terminate", "{\"reason\":\"服务需求发生重大变化\"}")))
			.andWaitForEventOfType(ProcurementFailed.class)
			.matching(event -> event.projectId().equals(UUID.fromString(project)))
			.toArriveAndVerify(event -> {
				assertThat(event.reason()).isEqualTo("服务需求发生重大变化");
				assertThat(event.released()).isEqualTo(Money.ofYuan(500_000));
				assertThat(event.catalogCode()).isEqualTo("A040101");
				assertThat(event.failedOn()).isEqualTo(LocalDate.now(clock.withZone(CHINA)));
			});
	}

	@Test
	void answeringAChallengePublishesChallengeAnswered(Scenario scenario) throws Exception {
		ApiCaller buyer = buyer();
		String project = announcedWithBids(buyer, "社区助浴服务（事件测试：质疑）");
		evaluate(buyer, project);
		String winner = JsonPath.read(body(buyer.get("/api/v1/procurements/" + project + "/bids")), "$[0].id");
		buyer.post("/api/v1/procurements/" + project + "/award", "{\"bidId\":\"" + winner + "\"}")
			.andExpect(status().isOk());
		String challenge = JsonPath.read(body(ApiCaller.as(mvc, "provider.wenhua")
			.post("/api/v1/procurements/" + project + "/challenges", "{\"subject\":\"RESULT\",\"content\":\"请求复核\"}")
			.andExpect(status().isCreated())), "$.id");

		scenario
			.stimulate(call(() -> buyer.post("/api/v1/procurements/challenges/" + challenge + "/answer",
					"{\"answer\":\"经复核，质疑不成立\",\"outcome\":\"NOT_UPHELD\"}")))
			.andWaitForEventOfType(ChallengeAnswered.class)
			.matching(event -> event.challengeId().equals(UUID.fromString(challenge)))
			.toArriveAndVerify(event -> {
				assertThat(event.projectId()).isEqualTo(UUID.fromString(project));
				assertThat(event.providerName()).isEqualTo("淄博市文化艺术服务中心");
				assertThat(event.subject()).isEqualTo("RESULT");
				assertThat(event.outcome()).isEqualTo("NOT_UPHELD");
				assertThat(event.consequence()).isNull();
			});
	}

	private ApiCaller buyer() throws Exception {
		return ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
	}

	/**
	 * A project started from a new approved line whose intention has been public 31 days.
	 */
	private String draft(ApiCaller buyer, String lineName) throws Exception {
		String line = approvedLineWithIntention(mvc, buyer, lineName, "600000");
		clock.set(clock.instant().plus(Duration.ofDays(31)));
		return JsonPath.read(body(buyer.post("/api/v1/procurements", project(line, "500000"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.catalogCode").value("A040101"))), "$.id");
	}

	private String announcedWithBids(ApiCaller buyer, String lineName) throws Exception {
		String project = draft(buyer, lineName);
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		buyer.post("/api/v1/procurements/" + project + "/announce", announce(today, today.plusDays(25).atTime(9, 30)))
			.andExpect(status().isOk());
		Map<String, String> prices = Map.of("provider.demo", "480000", "provider.wenhua", "470000", "provider.juwei",
				"450000");
		for (var bid : prices.entrySet()) {
			ApiCaller.as(mvc, bid.getKey())
				.post("/api/v1/procurements/" + project + "/bids",
						"{\"price\":" + bid.getValue() + ",\"proposal\":\"服务方案：助浴员10名\"}")
				.andExpect(status().isCreated());
		}
		return project;
	}

	private void evaluate(ApiCaller buyer, String project) throws Exception {
		clock.set(clock.instant().plus(Duration.ofDays(26)));
		buyer
			.post("/api/v1/procurements/" + project + "/panel",
					"{\"members\":[\"expert.demo\",\"expert.li\",\"expert.sun\"]}")
			.andExpect(status().isOk());
		String contents = body(buyer.get("/api/v1/procurements/" + project + "/bids/contents"));
		for (String expert : PANEL) {
			ApiCaller member = ApiCaller.as(mvc, expert);
			member.post("/api/v1/procurements/" + project + "/declaration", "").andExpect(status().isOk());
			for (String bid : JsonPath.<List<String>>read(contents, "$[*].id")) {
				member.post("/api/v1/procurements/" + project + "/bids/" + bid + "/score", "{\"technical\":60}")
					.andExpect(status().isOk());
			}
		}
		buyer.post("/api/v1/procurements/" + project + "/report", "")
			.andExpect(jsonPath("$.status").value("EVALUATED"));
	}

	/** A request to the API, as the scenario's stimulus. */
	interface Request {

		ResultActions send() throws Exception;

	}

	/** The stimulus that sends the request and requires it to succeed. */
	private static Runnable call(Request request) {
		return () -> {
			try {
				request.send().andExpect(status().is2xxSuccessful());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

}
