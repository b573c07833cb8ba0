package org.govbuy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.contract.ContractSigned;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * How evaluation reacts to the other modules' events: a signed contract schedules its
 * evaluations, a day that passes opens those due with the purchaser's task, a termination
 * brings the completion forward. Events are published as the contract module and Spring
 * Modulith's moments publish them.
 */
@IntegrationTest
@EnableScenarios
class EvaluationModuleTests {

	/** Outside 淄博 (3703), so the demo users' lists do not show these evaluations. */
	static final RegionCode REGION = new RegionCode("370200");

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedContractSchedulesAnAnnualAndACompletionEvaluation(Scenario scenario) {
		ContractSigned signed = signed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 1_760_000);

		scenario.publish(signed)
			.andWaitForStateChange(() -> slots(signed.contractId()), slots -> slots.size() == 2)
			.andVerify(
					slots -> assertThat(slots).containsExactly("ANNUAL 2026-04-01..2026-12-31 due 2026-12-31 SCHEDULED",
							"COMPLETION 2027-01-01..2027-03-31 due 2027-03-31 SCHEDULED"));
	}

	@Test
	void theSameSigningDeliveredTwiceSchedulesOnce(Scenario scenario) {
		ContractSigned signed = signed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 1_760_000);
		schedule(scenario, signed, 2);

		scenario.publish(signed)
			.andWaitForStateChange(() -> slots(signed.contractId()), slots -> slots.size() == 2)
			.andVerify(slots -> assertThat(slots).hasSize(2));
	}

	@Test
	void aDayThatPassedOpensTheEvaluationDueWithThePurchasersTask(Scenario scenario) {
		// A term long gone, so no other test has run the daily job of its due day.
		LocalDate endsOn = LocalDate.of(2019, 6, 30);
		ContractSigned signed = signed(LocalDate.of(2019, 1, 1), endsOn, 1_200_000);
		schedule(scenario, signed, 1);

		scenario.publish(DayHasPassed.of(endsOn.minusDays(1)))
			.andWaitForStateChange(() -> status(signed.contractId()), "OPEN"::equals)
			.andVerify(status -> assertThat(parties(signed.contractId())).containsExactly("PURCHASER PENDING 40.00"));
	}

	@Test
	void aLargeContractOpensWithFinancesFocusedEvaluationRuleEVAL_3(Scenario scenario) {
		LocalDate endsOn = LocalDate.of(2019, 9, 30);
		ContractSigned signed = signed(LocalDate.of(2019, 1, 1), endsOn, 6_000_000);
		schedule(scenario, signed, 1);

		scenario.publish(DayHasPassed.of(endsOn.minusDays(1)))
			.andWaitForStateChange(() -> status(signed.contractId()), "OPEN"::equals)
			.andVerify(status -> assertThat(parties(signed.contractId())).containsExactly("FINANCE PENDING 20.00",
					"PURCHASER PENDING 40.00"));
	}

	@Test
	void aTerminationBringsTheCompletionForwardAndCancelsTheAnnualNotYetOpen(Scenario scenario) {
		ContractSigned signed = signed(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31), 1_760_000);
		schedule(scenario, signed, 2);
		LocalDate terminatedOn = LocalDate.of(2026, 9, 15);

		scenario
			.publish(new ContractTerminated(signed.contractId(), signed.providerId(), terminatedOn, "承接主体违约",
					Money.ofYuan(880_000)))
			.andWaitForStateChange(() -> slots(signed.contractId()), slots -> slots.get(0).endsWith("CANCELLED"))
			.andVerify(
					slots -> assertThat(slots).containsExactly("ANNUAL 2026-04-01..2026-12-31 due 2026-12-31 CANCELLED",
							"COMPLETION 2026-04-01..2026-09-15 due 2026-09-15 SCHEDULED"));
	}

	private void schedule(Scenario scenario, ContractSigned signed, int count) {
		scenario.publish(signed)
			.andWaitForStateChange(() -> slots(signed.contractId()), slots -> slots.size() == count)
			.andVerify(slots -> assertThat(slots).hasSize(count));
	}

	private List<String> slots(UUID contractId) {
		return jdbc.sql("""
				select kind || ' ' || period_starts_on || '..' || period_ends_on || ' due ' || due_on || ' ' || status
				from evaluation.evaluation where contract_id = :id order by kind""")
			.param("id", contractId)
			.query(String.class)
			.list();
	}

	private String status(UUID contractId) {
		return jdbc.sql("select status from evaluation.evaluation where contract_id = :id")
			.param("id", contractId)
			.query(String.class)
			.single();
	}

	private List<String> parties(UUID contractId) {
		return jdbc.sql("""
				select p.party || ' ' || p.status || ' ' || p.weight from evaluation.party p
				join evaluation.evaluation e on e.id = p.evaluation_id where e.contract_id = :id order by p.party""")
			.param("id", contractId)
			.query(String.class)
			.list();
	}

	private static ContractSigned signed(LocalDate startsOn, LocalDate endsOn, long amount) {
		UUID id = UUID.randomUUID();
		return new ContractSigned(id, "ET-" + id.toString().substring(0, 8), UUID.randomUUID(), REGION,
				UUID.randomUUID(), Money.ofYuan(amount), startsOn, endsOn, startsOn.minusDays(10), "社区助餐服务合同（模块测试）",
				"青岛市民政局（模块测试）", "青岛市助餐服务中心（模块测试）", true, 30);
	}

}
