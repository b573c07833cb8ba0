package org.govbuy.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.contract.ContractSigned;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * How delivery reacts to the other modules' events: a signed contract opens its delivery
 * schedule, a termination ends it, and a day that passed flags the milestones past their
 * due date. The events are published as the contract module and Spring Modulith's moments
 * publish them; the outcome is read through delivery's API.
 */
@IntegrationTest
@EnableScenarios
class DeliveryModuleTests {

	/** Outside 淄博 (3703), so the demo users' monitoring does not list these contracts. */
	static final RegionCode REGION = new RegionCode("370200");

	@Autowired
	DeliverySchedules schedules;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedContractOpensItsDeliverySchedule(Scenario scenario) {
		ContractSigned signed = signed(today().minusDays(1));

		scenario.publish(signed)
			.andWaitForStateChange(() -> schedules.schedule(signed.contractId()), Optional::isPresent)
			.andVerify(schedule -> assertThat(schedule).hasValueSatisfying(opened -> {
				assertThat(opened.number()).isEqualTo(signed.number());
				assertThat(opened.amount()).isEqualTo(signed.amount());
				assertThat(opened.inPerformance()).isTrue();
				assertThat(opened.milestones()).isZero();
			}));
	}

	@Test
	void theSameSigningDeliveredTwiceOpensOneSchedule(Scenario scenario) {
		ContractSigned signed = signed(today().minusDays(1));
		open(scenario, signed);

		scenario.publish(signed)
			.andWaitForStateChange(() -> schedules.schedule(signed.contractId()), Optional::isPresent)
			.andVerify(schedule -> assertThat(
					jdbc.sql("select count(*) from delivery.contract_account where contract_id = :id")
						.param("id", signed.contractId())
						.query(Integer.class)
						.single())
				.isEqualTo(1));
	}

	@Test
	void aTerminationEndsTheSchedule(Scenario scenario) {
		ContractSigned signed = signed(today().minusDays(1));
		open(scenario, signed);
		LocalDate terminatedOn = today();

		scenario
			.publish(new ContractTerminated(signed.contractId(), signed.providerId(), terminatedOn, "社会公共利益需要",
					signed.amount()))
			.andWaitForStateChange(
					() -> schedules.schedule(signed.contractId()).filter(schedule -> !schedule.inPerformance()),
					Optional::isPresent)
			.andVerify(schedule -> assertThat(schedule.get().terminatedOn()).isEqualTo(terminatedOn));
	}

	@Test
	void aDayThatPassedFlagsAMilestonePastItsDueDateRuleMOF102_25(Scenario scenario) {
		// A day long gone, so no other test (nor the training clock's days) has run its
		// daily job yet.
		ContractSigned signed = signed(today().minusDays(430));
		open(scenario, signed);
		LocalDate due = today().minusDays(400);
		insertMilestone(signed.contractId(), due);

		scenario.publish(DayHasPassed.of(due))
			.andWaitForStateChange(
					() -> schedules.schedule(signed.contractId()).map(DeliverySchedule::overdueMilestones).orElse(0),
					overdue -> overdue > 0)
			.andVerify(overdue -> assertThat(overdue).isEqualTo(1));
	}

	private void open(Scenario scenario, ContractSigned signed) {
		scenario.publish(signed)
			.andWaitForStateChange(() -> schedules.schedule(signed.contractId()), Optional::isPresent)
			.andVerify(schedule -> assertThat(schedule).isPresent());
	}

	private ContractSigned signed(LocalDate startsOn) {
		UUID id = UUID.randomUUID();
		return new ContractSigned(id, "MT-" + id.toString().substring(0, 8), UUID.randomUUID(), REGION,
				UUID.randomUUID(), Money.ofYuan(120_000), startsOn, startsOn.plusYears(1), startsOn, "社区助餐服务合同（模块测试）",
				"青岛市民政局（模块测试）", "青岛市助餐服务中心（模块测试）", true, 30);
	}

	/**
	 * The purchaser's milestone, as delivery stores it (set through delivery's pages).
	 */
	private void insertMilestone(UUID contractId, LocalDate due) {
		jdbc.sql("""
				insert into delivery.milestone (id, contract_id, seq, title, standard, due_on, status, created_by,
				  created_at)
				values (:id, :contract, 1, '第一季度助餐服务', '送餐准时率不低于98%', :due, 'PLANNED', 'module-test', :now)""")
			.param("id", UUID.randomUUID())
			.param("contract", contractId)
			.param("due", due)
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
	}

}
