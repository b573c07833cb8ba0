package org.govbuy.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.contract.AwardedProcurements.Award;
import org.govbuy.shared.Money;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the contract module announces to the others: a signature publishes
 * {@link ContractSigned} with what delivery, evaluation and credit records need, a
 * supplementary agreement in force publishes {@link ContractAmended} with the new amount,
 * a termination publishes {@link ContractTerminated} with what went back to the line.
 */
@IntegrationTest
@EnableScenarios
class ContractModuleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void signingPublishesContractSignedWithTheAmountAndTheTerm(Scenario scenario) throws Exception {
		Award award = award();
		UUID contract = draft(award);
		scenario.stimulate(() -> sign(award, contract))
			.andWaitForEventOfType(ContractSigned.class)
			.matchingMappedValue(ContractSigned::contractId, contract)
			.toArriveAndVerify(signed -> {
				assertThat(signed.amount()).isEqualTo(Money.ofYuan(500_000));
				assertThat(signed.region().value()).isEqualTo("370300");
				assertThat(signed.signedOn()).isEqualTo(today());
				assertThat(signed.startsOn()).isEqualTo(today().plusDays(1));
				assertThat(signed.number()).startsWith("HT370300");
			});
	}

	@Test
	void aSupplementInForcePublishesContractAmendedWithTheNewAmount(Scenario scenario) throws Exception {
		Award award = award();
		UUID contract = draft(award);
		sign(award, contract);
		String supplement = JsonPath.read(ContractIntegrationTests.body(award.buyer()
			.post("/api/v1/contracts/" + contract + "/amendments",
					"{\"kind\":\"SUPPLEMENT\",\"content\":\"增加服务对象50人\",\"amount\":50000}")
			.andExpect(status().isCreated())), "$.id");
		scenario
			.stimulate(() -> unchecked(() -> ApiCaller.as(mvc, "provider.demo")
				.post("/api/v1/amendments/" + supplement + "/confirm", "")
				.andExpect(status().isOk())))
			.andWaitForEventOfType(ContractAmended.class)
			.matchingMappedValue(ContractAmended::contractId, contract)
			.toArriveAndVerify(amended -> {
				assertThat(amended.amount()).isEqualTo(Money.ofYuan(550_000));
				assertThat(amended.kind()).isEqualTo(AmendmentKind.SUPPLEMENT);
				assertThat(amended.effectiveOn()).isEqualTo(today());
			});
	}

	@Test
	void terminationPublishesContractTerminatedWithWhatWentBackToTheLine(Scenario scenario) throws Exception {
		Award award = award();
		UUID contract = draft(award);
		sign(award, contract);
		scenario
			.stimulate(() -> unchecked(() -> award.buyer()
				.post("/api/v1/contracts/" + contract + "/terminate",
						"{\"ground\":\"PUBLIC_INTEREST\",\"reason\":\"服务对象整体迁移，继续履行将损害公共利益\"}")
				.andExpect(status().isOk())))
			.andWaitForEventOfType(ContractTerminated.class)
			.matchingMappedValue(ContractTerminated::contractId, contract)
			.toArriveAndVerify(ended -> assertThat(ended.released()).isEqualTo(Money.ofYuan(500_000)));
	}

	private Award award() throws Exception {
		return AwardedProcurements.award(mvc, clock, "居家养老（合同事件）", "600000", "500000", "COMPETITIVE_CONSULTATION", "",
				List.of("provider.demo", "provider.wenhua", "provider.juwei"));
	}

	private UUID draft(Award award) throws Exception {
		LocalDate start = today().plusDays(1);
		return UUID.fromString(JsonPath.read(ContractIntegrationTests.body(award.buyer()
			.post("/api/v1/contracts",
					ContractIntegrationTests.draft(award.project(), start, start.plusYears(1).minusDays(1),
							ContractIntegrationTests.CLAUSES))
			.andExpect(status().isCreated())), "$.id"));
	}

	private Object sign(Award award, UUID contract) {
		return unchecked(
				() -> award.buyer().post("/api/v1/contracts/" + contract + "/sign", "{}").andExpect(status().isOk()));
	}

	private static <T> T unchecked(Callable<T> request) {
		try {
			return request.call();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(AwardedProcurements.CHINA));
	}

}
