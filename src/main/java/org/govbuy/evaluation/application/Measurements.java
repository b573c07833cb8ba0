package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govbuy.budget.BudgetLines;
import org.govbuy.contract.ContractPerformance;
import org.govbuy.delivery.DeliverySchedules;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Measure;
import org.govbuy.evaluation.domain.Targets;
import org.govbuy.shared.Money;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Targets and actuals of an evaluation's quantitative indicators: the target from the
 * plan line's 绩效目标 of the indicator's category (else the indicator's default), the actual
 * measured for the evaluation's period from what delivery reported
 * ({@code evaluation.delivery_fact}, the delivery schedule, the contract's instalments)
 * and from the recipients' survey. An actual the platform cannot measure yet (nothing
 * happened in the period) is left to the party to enter.
 */
@Component
class Measurements {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final JdbcClient jdbc;

	private final ObjectProvider<BudgetLines> budget;

	private final ObjectProvider<DeliverySchedules> deliveries;

	private final ObjectProvider<ContractPerformance> performance;

	private final SurveyResults survey;

	Measurements(JdbcClient jdbc, ObjectProvider<BudgetLines> budget, ObjectProvider<DeliverySchedules> deliveries,
			ObjectProvider<ContractPerformance> performance, SurveyResults survey) {
		this.jdbc = jdbc;
		this.budget = budget;
		this.deliveries = deliveries;
		this.performance = performance;
		this.survey = survey;
	}

	/**
	 * A quantitative leaf's target and actual.
	 *
	 * @param target the target
	 * @param targetSource where the target comes from, in Chinese
	 * @param actual the measured actual, or null when the party enters it
	 */
	record Measured(BigDecimal target, String targetSource, BigDecimal actual) {

		boolean measured() {
			return actual != null;
		}

	}

	/** The targets and actuals of the template's quantitative leaves, by code. */
	Map<String, Measured> of(Evaluation evaluation, IndicatorTemplate template, LocalDate asOf) {
		List<BudgetLines.LineTarget> targets = evaluation.subject().planLineId() == null ? List.of()
				: Optional.ofNullable(budget.getIfAvailable())
					.map(lines -> lines.targets(evaluation.subject().planLineId()))
					.orElse(List.of());
		LocalDate to = evaluation.periodEndsOn().isBefore(asOf) ? evaluation.periodEndsOn() : asOf;
		Map<String, Measured> measured = new LinkedHashMap<>();
		for (Indicator leaf : template.leaves()) {
			if (leaf.kind() != Indicator.Kind.QUANTITATIVE) {
				continue;
			}
			boolean percent = leaf.measure() == null || Targets.percent(leaf.measure());
			Optional<BudgetLines.LineTarget> line = targets.stream()
				.filter(target -> target.category().equals(leaf.targetCategory()))
				.filter(target -> Targets.parse(target.target(), percent).isPresent())
				.findFirst();
			BigDecimal target = line.flatMap(t -> Targets.parse(t.target(), percent)).orElse(leaf.defaultTarget());
			String source = line.map(t -> "预算绩效目标：" + t.indicator() + " " + t.target()).orElse("指标默认目标值");
			BigDecimal actual = leaf.measure() == null ? null
					: actual(leaf.measure(), evaluation, evaluation.periodStartsOn(), to);
			measured.put(leaf.code(), new Measured(target, source, actual));
		}
		return measured;
	}

	private BigDecimal actual(Measure measure, Evaluation evaluation, LocalDate from, LocalDate to) {
		return switch (measure) {
			case BUDGET_EXECUTION -> budgetExecution(evaluation, from, to);
			case MILESTONES_ON_TIME -> Optional.ofNullable(deliveries.getIfAvailable())
				.flatMap(schedules -> schedules.schedule(evaluation.subject().contractId()))
				.filter(schedule -> schedule.milestones() > 0)
				.map(schedule -> rate(schedule.milestones() - schedule.overdueMilestones(), schedule.milestones()))
				.orElse(null);
			case ACCEPTANCE_PASSED -> {
				int passed = facts(evaluation, "ACCEPTANCE_PASSED", from, to);
				int failed = facts(evaluation, "ACCEPTANCE_FAILED", from, to);
				yield passed + failed == 0 ? null : rate(passed, passed + failed);
			}
			case RECTIFICATIONS -> BigDecimal.valueOf(facts(evaluation, "ACCEPTANCE_FAILED", from, to));
			case SATISFACTION -> survey.satisfaction(evaluation.id()).rate();
		};
	}

	private BigDecimal budgetExecution(Evaluation evaluation, LocalDate from, LocalDate to) {
		Money due = Optional.ofNullable(performance.getIfAvailable())
			.map(contract -> contract.schedule(evaluation.subject().contractId()))
			.orElse(List.of())
			.stream()
			.filter(instalment -> !instalment.dueOn().isBefore(from) && !instalment.dueOn().isAfter(to))
			.map(ContractPerformance.Instalment::amount)
			.reduce(Money.ZERO, Money::plus);
		BigDecimal paid = jdbc.sql("""
				select coalesce(sum(amount), 0) from evaluation.delivery_fact
				where contract_id = :contract and kind = :kind and occurred_on between :from and :to""")
			.param("contract", evaluation.subject().contractId())
			.param("kind", "PAYMENT")
			.param("from", from)
			.param("to", to)
			.query(BigDecimal.class)
			.single();
		if (due.isZero()) {
			return paid.signum() > 0 ? HUNDRED : null;
		}
		return paid.multiply(HUNDRED).divide(due.amount(), 2, RoundingMode.HALF_UP);
	}

	private int facts(Evaluation evaluation, String kind, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from evaluation.delivery_fact
				where contract_id = :contract and kind = :kind and occurred_on between :from and :to""")
			.param("contract", evaluation.subject().contractId())
			.param("kind", kind)
			.param("from", from)
			.param("to", to)
			.query(Integer.class)
			.single();
	}

	private static BigDecimal rate(int part, int whole) {
		return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

}
