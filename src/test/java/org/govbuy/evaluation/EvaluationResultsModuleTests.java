package org.govbuy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.contract.ContractEvaluations;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.delivery.MilestoneOverdue;
import org.govbuy.shared.Money;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.support.FinalEvaluationFixture;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * How the results of final evaluations are used, event by event:
 * {@link EvaluationCompleted} records the grade on the provider's credit and the renewal
 * reads it (优 allows, 良 refuses); a second 差 within two years is a proposal to finance; a
 * termination for breach and an overdue milestone go on the credit record; every event
 * delivered twice records once. The evaluation rows the lifecycle would leave come from
 * {@link FinalEvaluationFixture}.
 */
@IntegrationTest
@EnableScenarios
class EvaluationResultsModuleTests {

	static final RegionCode REGION = new RegionCode("370303");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ContractEvaluations evaluations;

	FinalEvaluationFixture fixture;

	UUID provider;

	@BeforeEach
	void aProviderOfItsOwn() {
		fixture = FinalEvaluationFixture.with(jdbc);
		provider = fixture.provider("淄博评价测试服务有限公司", REGION.value());
	}

	@Test
	void anExcellentResultGoesOnTheCreditRecordAndAllowsTheRenewalRuleLCC2022_14_34(Scenario scenario) {
		EvaluationCompleted completed = fixture.recorded(completed("91.999", today()));

		scenario.publish(completed)
			.andWaitForStateChange(() -> events(provider), events -> !events.isEmpty())
			.andVerify(events -> {
				assertThat(events).singleElement().satisfies(event -> {
					assertThat(event.get("kind")).isEqualTo("EVALUATION_GRADE");
					assertThat((String) event.get("description")).contains(completed.contractNumber(), "期末评价",
							"得分 91.99", "等级 优");
				});
				ContractEvaluations.FinalGrade grade = evaluations.latestFinal(completed.contractId()).orElseThrow();
				assertThat(grade.grade()).isEqualTo(PerformanceGrade.EXCELLENT);
				assertThat(grade.reference()).contains(completed.contractNumber(), "优");
				assertThat(renewal(grade.grade())).isEmpty();
			});
	}

	@Test
	void aGoodResultRefusesTheRenewalWithItsRuleLCC2022_14_34(Scenario scenario) {
		EvaluationCompleted completed = fixture.recorded(completed("89.995", today()));

		scenario.publish(completed)
			.andWaitForStateChange(() -> events(provider), events -> !events.isEmpty())
			.andVerify(events -> {
				assertThat((String) events.get(0).get("description")).contains("得分 89.99", "等级 良");
				PerformanceGrade grade = evaluations.latestFinal(completed.contractId()).orElseThrow().grade();
				assertThat(renewal(grade)).singleElement().satisfies(violation -> {
					assertThat(violation.rule()).isEqualTo("LCC2022-14-34");
					assertThat(violation.message()).contains("不是优秀");
				});
			});
		assertThat(evaluations.latestFinal(UUID.randomUUID())).isEmpty();
	}

	@Test
	void aSecondPoorResultWithinTwoYearsIsAProposalToFinanceRuleBJ2014_34_CREDIT_R(Scenario scenario) {
		EvaluationCompleted first = fixture.recorded(completed("58", today().minusDays(400)));
		EvaluationCompleted second = fixture.recorded(completed("59.999", today()));
		scenario.publish(first)
			.andWaitForStateChange(() -> events(provider), events -> events.size() >= 2)
			.andVerify(events -> assertThat(proposals(provider)).isEmpty());

		scenario.publish(second)
			.andWaitForStateChange(() -> proposals(provider), proposals -> !proposals.isEmpty())
			.andVerify(proposals -> {
				assertThat(proposals).singleElement().satisfies(proposal -> {
					assertThat(proposal.get("status")).isEqualTo("PROPOSED");
					assertThat(proposal.get("first_evaluation")).isEqualTo(first.evaluationId());
					assertThat(proposal.get("second_evaluation")).isEqualTo(second.evaluationId());
					assertThat((String) proposal.get("reason")).contains("BJ2014-34-CREDIT-R");
				});
				assertThat(events(provider)).extracting(event -> event.get("kind"))
					.containsExactlyInAnyOrder("EVALUATION_GRADE", "WARNING", "EVALUATION_GRADE", "WARNING");
			});
	}

	@Test
	void theSameResultDeliveredTwiceIsRecordedOnce(Scenario scenario) {
		EvaluationCompleted completed = fixture.recorded(completed("55", today()));
		scenario.publish(completed)
			.andWaitForStateChange(() -> events(provider), events -> events.size() >= 2)
			.andVerify(events -> assertThat(events).hasSize(2));

		scenario.publish(completed)
			.andWaitForStateChange(() -> handled(completed.evaluationId()), handled -> handled >= 2)
			.andVerify(pending -> {
				assertThat(events(provider)).hasSize(2);
				assertThat(proposals(provider)).isEmpty();
			});
	}

	@Test
	void aTerminationForTheProvidersBreachGoesOnItsCreditRecord(Scenario scenario) {
		UUID contract = UUID.randomUUID();
		UUID publicInterest = UUID.randomUUID();
		scenario.publish(new ContractTerminated(publicInterest, provider, today(), "社会公共利益需要", Money.ofYuan(1000)))
			.andWaitForStateChange(() -> handled(publicInterest), handled -> handled >= 1)
			.andVerify(pending -> assertThat(events(provider)).isEmpty());

		scenario.publish(new ContractTerminated(contract, provider, today(), "连续两次验收不合格", Money.ofYuan(1000), true))
			.andWaitForStateChange(() -> events(provider), events -> !events.isEmpty())
			.andVerify(events -> assertThat(events).singleElement().satisfies(event -> {
				assertThat(event.get("kind")).isEqualTo("TERMINATION_BREACH");
				assertThat((String) event.get("description")).contains("违约", "连续两次验收不合格");
			}));
	}

	@Test
	void anOverdueMilestoneGoesOnTheCreditRecordAndIsADeliveryFact(Scenario scenario) {
		UUID milestone = UUID.randomUUID();
		UUID contract = UUID.randomUUID();
		MilestoneOverdue overdue = new MilestoneOverdue(contract, "MO-" + milestone.toString().substring(0, 6),
				provider, milestone, "第一季度助餐服务", today().minusDays(3), today());

		scenario.publish(overdue)
			.andWaitForStateChange(() -> events(provider), events -> !events.isEmpty())
			.andVerify(events -> {
				assertThat(events).singleElement().satisfies(event -> {
					assertThat(event.get("kind")).isEqualTo("LATE_MILESTONE");
					assertThat((String) event.get("description")).contains("第一季度助餐服务");
				});
				assertThat(jdbc.sql("select kind from evaluation.delivery_fact where source_key = :key")
					.param("key", "milestone-late:" + milestone)
					.query(String.class)
					.list()).containsExactly("MILESTONE_LATE");
			});
	}

	private EvaluationCompleted completed(String score, LocalDate on) {
		return FinalEvaluationFixture.completed(UUID.randomUUID(), "淄博市民政局（评价测试）", REGION, provider, "淄博评价测试服务有限公司",
				"B0101", score, on);
	}

	private static List<RuleViolation> renewal(PerformanceGrade grade) {
		LocalDate start = LocalDate.of(2027, 1, 1);
		return new TermPolicy().checkRenewal(start, LocalDate.of(2027, 12, 31), grade, false, true,
				LocalDate.of(2028, 12, 31));
	}

	private List<Map<String, Object>> events(UUID providerId) {
		return jdbc
			.sql("select kind, description from provider.credit_event where provider_id = :id order by created_at")
			.param("id", providerId)
			.query()
			.listOfRows();
	}

	/** How many times the credit feed finished handling an event that names the id. */
	private long handled(UUID id) {
		return jdbc.sql("""
				select count(*) from platform.event_publication where listener_id like '%CreditFeedListeners%'
				  and completion_date is not null and serialized_event like :id""")
			.param("id", "%" + id + "%")
			.query(Long.class)
			.single();
	}

	private List<Map<String, Object>> proposals(UUID providerId) {
		return jdbc.sql("select * from provider.restriction_proposal where provider_id = :id")
			.param("id", providerId)
			.query()
			.listOfRows();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
	}

}
