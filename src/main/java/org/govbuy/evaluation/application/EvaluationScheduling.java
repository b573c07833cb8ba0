package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.budget.BudgetLines;
import org.govbuy.contract.ContractParties;
import org.govbuy.contract.ContractSigned;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.delivery.AcceptanceRecorded;
import org.govbuy.delivery.PaymentPaid;
import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.EvaluationRule;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationSchedule;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Party;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.DailyJobs;
import org.govbuy.platform.Organization;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.stereotype.Service;

/**
 * Evaluations created and moved by events, not by hand: a contract's signing schedules
 * them ({@link EvaluationSchedule}), a termination brings the completion forward and
 * cancels the annual ones not yet open; acceptances, payments and terminations are kept
 * as delivery facts the measured actuals come from; each day opens the evaluations due
 * (with the template then in force and the parties taking part) and makes final the
 * scored ones whose objection window closed. Every listener is idempotent.
 */
@Service
public class EvaluationScheduling {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String DAILY_JOB = "evaluation.daily";

	private static final Logger log = LoggerFactory.getLogger(EvaluationScheduling.class);

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final EvaluationRepository evaluations;

	private final ObjectProvider<ContractParties> contracts;

	private final ObjectProvider<BudgetLines> budget;

	private final TemplateRepository templates;

	private final RegionalParameters parameters;

	private final Organizations organizations;

	private final DailyJobs jobs;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	EvaluationScheduling(EvaluationRepository evaluations, ObjectProvider<ContractParties> contracts,
			ObjectProvider<BudgetLines> budget, TemplateRepository templates, RegionalParameters parameters,
			Organizations organizations, DailyJobs jobs, AuditTrail audit, ApplicationEventPublisher events,
			JdbcClient jdbc, Clock clock) {
		this.evaluations = evaluations;
		this.contracts = contracts;
		this.budget = budget;
		this.templates = templates;
		this.parameters = parameters;
		this.organizations = organizations;
		this.jobs = jobs;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ---- contract events
	// -----------------------------------------------------------------

	/** Schedules the contract's evaluations (once, however often the event comes). */
	@ApplicationModuleListener
	void on(ContractSigned signed) {
		Optional<ContractParties.ContractSummary> summary = Optional.ofNullable(contracts.getIfAvailable())
			.flatMap(parties -> parties.find(signed.contractId()));
		UUID planLineId = summary.map(ContractParties.ContractSummary::planLineId).orElse(null);
		String catalogCode = planLineId == null ? null
				: Optional.ofNullable(budget.getIfAvailable())
					.flatMap(lines -> lines.approved(planLineId))
					.map(BudgetLines.ApprovedLine::catalogCode)
					.orElse(null);
		Evaluation.Subject subject = new Evaluation.Subject(signed.contractId(), signed.number(), signed.title(),
				signed.unitId(), signed.unitName(), signed.region(), signed.providerId(), signed.providerName(),
				planLineId, catalogCode, signed.amount().amount());
		for (EvaluationSchedule.Slot slot : EvaluationSchedule.of(signed.startsOn(), signed.endsOn())) {
			Evaluation evaluation = Evaluation.schedule(subject, slot);
			if (evaluations.insert(evaluation, now())) {
				audit.record("evaluation.schedule", "Evaluation", evaluation.id(), null, Map.of("contract",
						signed.number(), "kind", slot.kind().name(), "dueOn", slot.dueOn().toString()));
			}
		}
	}

	/**
	 * Brings the completion evaluation forward to the termination day and cancels the
	 * annual ones not yet open; keeps the termination as a delivery fact.
	 */
	@ApplicationModuleListener
	void on(ContractTerminated terminated) {
		fact("termination:" + terminated.contractId(), terminated.contractId(), "TERMINATION",
				terminated.terminatedOn(), terminated.released().amount(), terminated.reason());
		List<Evaluation> all = evaluations.ofContract(terminated.contractId());
		List<EvaluationSchedule.Slot> cancelled = new ArrayList<>();
		for (Evaluation evaluation : all) {
			if (evaluation.kind() == EvaluationKind.ANNUAL && evaluation.status() == EvaluationStatus.SCHEDULED) {
				cancelled.add(evaluation.slot());
				evaluation.cancel();
				evaluations.save(evaluation);
				audit.record("evaluation.cancel", "Evaluation", evaluation.id(), Map.of("status", "SCHEDULED"),
						Map.of("status", "CANCELLED", "reason", "合同提前终止"));
			}
		}
		for (Evaluation evaluation : all) {
			boolean movable = evaluation.status() == EvaluationStatus.SCHEDULED
					|| evaluation.status() == EvaluationStatus.OPEN;
			if (evaluation.kind() == EvaluationKind.COMPLETION && movable
					&& evaluation.periodEndsOn().isAfter(terminated.terminatedOn())) {
				EvaluationSchedule.Slot before = evaluation.slot();
				evaluation.reschedule(EvaluationSchedule.terminated(before, cancelled, terminated.terminatedOn()));
				evaluations.save(evaluation);
				audit.record("evaluation.bringForward", "Evaluation", evaluation.id(), before, evaluation.slot());
			}
		}
	}

	@ApplicationModuleListener
	void on(AcceptanceRecorded acceptance) {
		String key = "acceptance:" + acceptance.contractId() + ":" + acceptance.milestoneId() + ":"
				+ acceptance.acceptedOn() + ":" + acceptance.passed();
		fact(key, acceptance.contractId(), acceptance.passed() ? "ACCEPTANCE_PASSED" : "ACCEPTANCE_FAILED",
				acceptance.acceptedOn(), null, acceptance.milestoneId() == null ? "终验" : "节点验收");
	}

	@ApplicationModuleListener
	void on(PaymentPaid paid) {
		fact("payment:" + paid.paymentId(), paid.contractId(), "PAYMENT", paid.paidOn(), paid.amount().amount(),
				paid.dueOn() == null ? null : "应付日期 " + paid.dueOn());
	}

	// ---- time-driven
	// ---------------------------------------------------------------------

	/**
	 * A day has passed (in China's time zone): as of the new day, opens the evaluations
	 * due and makes final those whose objection window closed, once across nodes.
	 */
	@ApplicationModuleListener
	void on(DayHasPassed day) {
		runDaily(day.getDate().plusDays(1));
	}

	/** The day's work as of {@code today}, once per day across nodes. */
	boolean runDaily(LocalDate today) {
		return jobs.runOnce(DAILY_JOB, today, () -> {
			for (UUID id : evaluations.due(today)) {
				evaluations.lock(id).ifPresent(evaluation -> open(evaluation, today, "system"));
			}
			for (UUID id : evaluations.windowClosed(today)) {
				evaluations.lock(id).ifPresent(evaluation -> {
					if (evaluation.closeObjectionWindow(today)) {
						evaluations.save(evaluation);
						audit.record("evaluation.final", "Evaluation", evaluation.id(), Map.of("status", "SCORED"),
								Map.of("status", "FINAL", "reason", "异议期届满未提出异议", "rule",
										EvaluationRule.OBJECTION_WINDOW.id()));
						evaluation.events().forEach(events::publishEvent);
					}
				});
			}
		});
	}

	/**
	 * Opens an evaluation (on its due day, or early): fixes the template version in force
	 * and creates the parties — the purchaser always, finance when the amount reaches the
	 * regional threshold of focused evaluation (EVAL-3).
	 */
	void open(Evaluation evaluation, LocalDate today, String by) {
		Evaluation.Subject subject = evaluation.subject();
		IndicatorTemplate template = templates.applicable(subject.region(), subject.catalogCode())
			.orElseThrow(() -> new IllegalStateException("没有可用的绩效评价指标体系"));
		OffsetDateTime now = now();
		List<Evaluation.PartyEntry> parties = new ArrayList<>();
		parties.add(Evaluation.PartyEntry.pending(Party.PURCHASER, subject.unitId(), subject.unitName(),
				weight(subject, PolicyParameter.EVALUATION_WEIGHT_PURCHASER, today), by, now));
		Money threshold = parameters.money(subject.region(), PolicyParameter.FOCUSED_EVALUATION_THRESHOLD, today);
		if (Money.of(subject.amount()).isAtLeast(threshold)) {
			Optional<Organization> finance = organizations.financeBureauOf(subject.region());
			parties.add(Evaluation.PartyEntry.pending(Party.FINANCE, finance.map(Organization::id).orElse(null),
					finance.map(Organization::name).orElse("财政部门"),
					weight(subject, PolicyParameter.EVALUATION_WEIGHT_FINANCE, today), by, now));
		}
		evaluation.open(template.id(), parties);
		evaluations.save(evaluation);
		audit.record("evaluation.open", "Evaluation", evaluation.id(), Map.of("status", "SCHEDULED"),
				Map.of("status", "OPEN", "template", template.name() + " 第" + template.version() + "版", "parties",
						parties.stream().map(p -> p.party().name()).toList()));
		log.debug("Opened evaluation {} of contract {}", evaluation.id(), subject.contractNumber());
	}

	/** A party's weight in points (the regional rate × 100). */
	BigDecimal weight(Evaluation.Subject subject, PolicyParameter parameter, LocalDate today) {
		return parameters.rate(subject.region(), parameter, today).multiply(HUNDRED).setScale(2);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock.withZone(CHINA));
	}

	private void fact(String key, UUID contractId, String kind, LocalDate on, BigDecimal amount, String detail) {
		jdbc.sql("""
				insert into evaluation.delivery_fact (source_key, contract_id, kind, occurred_on, amount, detail,
				  recorded_at)
				values (:key, :contract, :kind, :on, :amount, :detail, :now)
				on conflict (source_key) do nothing""")
			.param("key", key)
			.param("contract", contractId)
			.param("kind", kind)
			.param("on", on)
			.param("amount", amount)
			.param("detail", detail)
			.param("now", now())
			.update();
	}

}
