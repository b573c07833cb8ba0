package org.govbuy.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govbuy.budget.BudgetLines;
import org.govbuy.budget.FundsLedger;
import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.contract.ContractPerformance;
import org.govbuy.contract.ContractSigned;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.contract.document.ContractPdf;
import org.govbuy.contract.domain.ContractDeadlines;
import org.govbuy.contract.domain.ContractMoneyPolicy;
import org.govbuy.contract.domain.ContractMoneyPolicy.DepositForm;
import org.govbuy.contract.domain.ContractTemplates;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.contract.domain.SmePaymentTerms;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.contract.domain.TerminationPolicy;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementAwards;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts from awards: drafted from a model contract with the mandatory clauses and a
 * lawful term, signed (the funds ledger moves the money from reserved to contracted and
 * gives back what the award left), published and filed on the working-day calendar,
 * renewed once after an excellent year, and terminated (the unpaid part goes back to the
 * budget line).
 */
@Service
public class Contracts {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final ProcurementAwards awards;

	private final BudgetLines lines;

	private final FundsLedger ledger;

	private final ContractAccess access;

	private final NegativeListCheck negativeList;

	private final RegionalParameters parameters;

	private final LegalCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ContractPerformance performance;

	Contracts(JdbcClient jdbc, ProcurementAwards awards, BudgetLines lines, FundsLedger ledger, ContractAccess access,
			NegativeListCheck negativeList, RegionalParameters parameters, LegalCalendar calendar, AuditTrail audit,
			Clock clock, ApplicationEventPublisher events, ContractPerformance performance) {
		this.events = events;
		this.performance = performance;
		this.jdbc = jdbc;
		this.awards = awards;
		this.lines = lines;
		this.ledger = ledger;
		this.access = access;
		this.negativeList = negativeList;
		this.parameters = parameters;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the purchasing unit drafts.
	 *
	 * @param projectId the awarded procurement
	 * @param title the contract's title
	 * @param template the model contract it starts from (clauses left empty are taken
	 * from it)
	 * @param startsOn first day of performance
	 * @param endsOn last day of performance
	 * @param conditions the multi-year conditions recorded (102 §24)
	 * @param clauses the mandatory clauses' texts
	 * @param publicService whether the service is delivered to the public (recipients
	 * take part in acceptance)
	 * @param providerSme whether the provider declared itself a small or medium
	 * enterprise
	 * @param paymentDays days from acceptance to payment
	 * @param depositAmount the performance deposit, or null
	 * @param depositForm its form
	 * @param secretClauses clauses withheld from the published version
	 */
	public record Draft(UUID projectId, String title, Template template, LocalDate startsOn, LocalDate endsOn,
			Set<TermPolicy.MultiYearCondition> conditions, Map<Clause, String> clauses, Boolean publicService,
			Boolean providerSme, Integer paymentDays, Money depositAmount, DepositForm depositForm,
			Set<Clause> secretClauses) {
	}

	/**
	 * A renewal with the original provider (seed 004).
	 *
	 * @param planLineId the approved budget line that pays for it
	 * @param amount its amount
	 * @param startsOn first day (the day after the original ends)
	 * @param endsOn last day
	 * @param grade the performance evaluation grade of the original contract
	 * @param evaluationReference the evaluation report it comes from
	 */
	public record Renewal(UUID planLineId, Money amount, LocalDate startsOn, LocalDate endsOn, TermPolicy.Grade grade,
			String evaluationReference) {
	}

	/**
	 * A contract as the pages and the API show it: {@code amount} is the signed amount,
	 * {@code supplements} the supplementary agreements in force, {@code committed} what
	 * open and paid payment requests hold.
	 */
	public record Contract(UUID id, String number, UUID projectId, UUID renewalOf, UUID planLineId, UUID unitId,
			String unitName, RegionCode region, UUID providerId, String providerName, boolean providerSme, String title,
			Template template, Money amount, Money supplements, LocalDate startsOn, LocalDate endsOn, String conditions,
			Map<Clause, String> clauses, Set<Clause> secretClauses, boolean publicService, Money depositAmount,
			DepositForm depositForm, int paymentDays, String status, LocalDate awardedOn, LocalDate signedOn,
			LocalDate publishedOn, LocalDate filedOn, String lateSteps, LocalDate terminatedOn,
			String terminationReason, String terminationGround, String screeningWarnings, Money released,
			Money committed, Money paid) {

		/** The signed amount with the supplementary agreements in force. */
		public Money total() {
			return amount.plus(supplements);
		}

		/** What payment requests may still ask for. */
		public Money uncommitted() {
			return total().minus(committed);
		}

		public String statusLabel() {
			return switch (status) {
				case "DRAFT" -> "待签订";
				case "SIGNED" -> "履行中";
				case "TERMINATED" -> "已终止";
				default -> status;
			};
		}

		public boolean renewal() {
			return renewalOf != null;
		}

	}

	/** Prefilled clauses of a model contract for an award, for the drafting form. */
	public Map<Clause, String> templateClauses(UUID projectId, Template template, int paymentDays) {
		CurrentUser user = requirePurchaser();
		ProcurementAwards.Award award = ownAward(projectId, user);
		Template chosen = template == null ? new ContractTemplates().suggest(whatIsBought(award)) : template;
		return new ContractTemplates().fill(chosen, placeholders(award, user, paymentDays));
	}

	/** The model contract suggested for an award. */
	public Template suggestedTemplate(UUID projectId) {
		return new ContractTemplates().suggest(whatIsBought(ownAward(projectId, requirePurchaser())));
	}

	/** The unit's awards that have no contract yet, for the drafting form. */
	public ProcurementAwards.Award award(UUID projectId) {
		return ownAward(projectId, requirePurchaser());
	}

	/**
	 * Drafts the contract of an award: its amount is the awarded price (no substantive
	 * change), the mandatory clauses are all there (MOF102-23), the term is lawful and
	 * within the medium-term fiscal plan (MOF102-24, FS87-3), the deposit is lawful
	 * (GPLR-48) and an SME's payment term is at most 60 days (SME-9); a challenge that
	 * waits for its answer holds the contract (条例 第五十四条).
	 */
	@Transactional
	public Contract draft(Draft draft) {
		CurrentUser user = requirePurchaser();
		ProcurementAwards.Award award = ownAward(draft.projectId(), user);
		if (award.challengePending()) {
			throw new InvalidInputException("projectId", "对成交结果的质疑尚未答复，可能影响采购结果，暂不签订合同（《政府采购法实施条例》第五十四条）");
		}
		if (jdbc.sql("select count(*) from contract.contract where project_id = :p and renewal_of is null")
			.param("p", award.projectId())
			.query(Long.class)
			.single() > 0) {
			throw new InvalidInputException("projectId", "该采购项目已起草合同");
		}
		requireTerm(draft.title(), draft.startsOn(), draft.endsOn());
		int paymentDays = draft.paymentDays() == null ? defaultPaymentDays(award.region()) : draft.paymentDays();
		Template template = draft.template() == null ? Template.GENERAL : draft.template();
		Map<Clause, String> clauses = new EnumMap<>(Clause.class);
		if (draft.template() != null) {
			clauses.putAll(new ContractTemplates().fill(template, placeholders(award, user, paymentDays)));
		}
		if (draft.clauses() != null) {
			draft.clauses().forEach((clause, text) -> {
				if (text != null && !text.isBlank()) {
					clauses.put(clause, text.strip());
				}
			});
		}
		clauses.put(Clause.PRICE, award.price().format() + "（" + award.price().toChineseUppercase() + "）");
		clauses.put(Clause.TERM, term(draft.startsOn(), draft.endsOn()));
		// G1: what the contract buys passes the negative-list screening again (102 §10).
		NegativeListDecision screening = negativeList.check(PurchaseDescription.of(draft.title(),
				clauses.get(Clause.SCOPE) + " " + clauses.get(Clause.QUANTITY) + " " + clauses.get(Clause.QUALITY)));
		List<RuleViolation> violations = new ArrayList<>(screening.refused() ? screening.violations() : List.of());
		violations.addAll(new MandatoryClauses().check(clauses));
		violations.addAll(new TermPolicy().check(draft.startsOn(), draft.endsOn(),
				draft.conditions() == null ? EnumSet.noneOf(TermPolicy.MultiYearCondition.class) : draft.conditions(),
				planEnd(award.region(), award.awardedOn().getYear())));
		violations.addAll(moneyViolations(award.region(), award.price(), draft.depositAmount(), draft.depositForm(),
				Boolean.TRUE.equals(draft.providerSme()), paymentDays));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		UUID id = UUID.randomUUID();
		insert(id, null, award.projectId(), award.planLineId(), award.unitId(), user.organizationName(), award.region(),
				award.providerId(), award.providerName(), Boolean.TRUE.equals(draft.providerSme()), draft.title(),
				template, award.price(), draft.startsOn(), draft.endsOn(), draft.conditions(), clauses,
				draft.secretClauses(), !Boolean.FALSE.equals(draft.publicService()), draft.depositAmount(),
				draft.depositForm(), paymentDays, award.awardedOn(), user);
		String warnings = String.join("；",
				screening.warnings()
					.stream()
					.map(warning -> "「" + warning.keyword() + "」→ " + warning.entry() + "（" + warning.rule() + "）")
					.distinct()
					.toList());
		jdbc.sql("update contract.contract set technically_complex = :complex, screening_warnings = :warnings"
				+ " where id = :id")
			.param("complex", award.technicallyComplex())
			.param("warnings",
					warnings.isBlank() ? null : warnings.length() > 2000 ? warnings.substring(0, 2000) : warnings)
			.param("id", id)
			.update();
		audit.record("contract.draft", "Contract", id, null, Map.of("project", award.projectId().toString(), "amount",
				award.price().toString(), "template", template.name()));
		return get(id);
	}

	/**
	 * Signs the contract: the line's reservation for the procurement becomes contracted
	 * money and the rest of it is released (a renewal reserves and contracts on its own
	 * line). A signature dated before the award is refused and one later than 30 days
	 * after it is flagged (GPL-46).
	 */
	@Transactional
	public Contract sign(UUID contractId, LocalDate signedOn) {
		CurrentUser user = requirePurchaser();
		Contract contract = lockOwn(contractId, user);
		if (!"DRAFT".equals(contract.status())) {
			throw new org.govbuy.platform.StateConflictException("status", "合同已签订或已终止");
		}
		LocalDate date = signedOn == null ? today() : signedOn;
		if (date.isAfter(today())) {
			throw new InvalidInputException("signedOn", "签订日期不能晚于今天");
		}
		if (contract.awardedOn() != null && date.isBefore(contract.awardedOn())) {
			throw new RuleViolationException(List.of(org.govbuy.contract.ContractRule.SIGNING_DEADLINE
				.violation("签订日期" + date + "早于中标、成交结果确定日" + contract.awardedOn() + "：合同只能在中标、成交通知书发出之后签订")));
		}
		if (contract.renewal()) {
			ledger.reserve(contract.planLineId(), contract.amount(), "续签合同：" + contract.title(),
					"contract-reserve-" + contractId);
		}
		ledger.contract(contract.planLineId(), contract.amount(), "合同签订：" + contract.title(), "contract-" + contractId);
		Money left = contract.renewal() ? Money.ZERO : reservedFor(contract).minus(contract.amount());
		if (left.isPositive()) {
			ledger.release(contract.planLineId(), left, "合同签订后释放采购结余：" + contract.title(),
					"contract-release-" + contractId);
		}
		jdbc.sql("update contract.contract set status = 'SIGNED', signed_on = :date where id = :id")
			.param("date", date)
			.param("id", contractId)
			.update();
		audit.record("contract.sign", "Contract", contractId, Map.of("status", "DRAFT"),
				Map.of("status", "SIGNED", "signedOn", date.toString()));
		events.publishEvent(new ContractSigned(contractId, contract.number(), contract.unitId(), contract.region(),
				contract.providerId(), contract.amount(), contract.startsOn(), contract.endsOn(), date,
				contract.title(), contract.unitName(), contract.providerName(), contract.providerSme(),
				contract.paymentDays()));
		return flagLateSteps(contractId);
	}

	/**
	 * Records publication (条例50: within 2 working days) of the redacted version on the
	 * portal; late publication is flagged.
	 */
	@Transactional
	public Contract publish(UUID contractId, LocalDate publishedOn) {
		return step(contractId, "published_on", publishedOn, "contract.publish");
	}

	/**
	 * Records filing with finance (法47: within 7 working days); late filing is flagged.
	 */
	@Transactional
	public Contract file(UUID contractId, LocalDate filedOn) {
		return step(contractId, "filed_on", filedOn, "contract.file");
	}

	/**
	 * Renews a contract with its provider (LCC2022-14-34): once, for at most 2 years,
	 * after an initial term of at most a year graded 优秀, with an approved budget line
	 * that can pay for it. The renewal is a new draft signed like any contract.
	 */
	@Transactional
	public Contract renew(UUID contractId, Renewal renewal) {
		CurrentUser user = requirePurchaser();
		Contract original = lockOwn(contractId, user);
		if (original.renewal()) {
			throw new InvalidInputException("contractId", "续签合同不能再次续签");
		}
		if (!"SIGNED".equals(original.status())) {
			throw new InvalidInputException("status", "只有已签订的合同可以续签");
		}
		if (renewal.grade() == null || renewal.startsOn() == null || renewal.endsOn() == null
				|| renewal.amount() == null || !renewal.amount().isPositive()) {
			throw new InvalidInputException("renewal", "请填写履约评价结果、续签期限和金额");
		}
		if (renewal.endsOn().isBefore(renewal.startsOn())) {
			throw new InvalidInputException("endsOn", "终止日期不能早于起始日期");
		}
		if (!renewal.startsOn().isAfter(original.endsOn())) {
			throw new InvalidInputException("startsOn", "续签期限应从原合同期满后开始");
		}
		boolean renewedBefore = jdbc.sql("select count(*) from contract.contract where renewal_of = :id")
			.param("id", contractId)
			.query(Long.class)
			.single() > 0;
		BudgetLines.ApprovedLine line = renewal.planLineId() == null ? null
				: lines.approved(renewal.planLineId())
					.filter(found -> found.unitId().equals(user.organizationId()))
					.orElse(null);
		boolean budgetSecured = line != null && line.funds().available().isAtLeast(renewal.amount());
		List<RuleViolation> violations = new ArrayList<>(new TermPolicy().checkRenewal(original.startsOn(),
				original.endsOn(), renewal.grade(), renewedBefore, budgetSecured, renewal.endsOn()));
		violations.addAll(new TermPolicy().check(renewal.startsOn(), renewal.endsOn(),
				EnumSet.allOf(TermPolicy.MultiYearCondition.class), planEnd(original.region(), today().getYear())));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Map<Clause, String> clauses = new EnumMap<>(original.clauses());
		clauses.put(Clause.PRICE, renewal.amount().format() + "（" + renewal.amount().toChineseUppercase() + "）");
		clauses.put(Clause.TERM, term(renewal.startsOn(), renewal.endsOn()));
		UUID id = UUID.randomUUID();
		insert(id, contractId, original.projectId(), line.lineId(), original.unitId(), original.unitName(),
				original.region(), original.providerId(), original.providerName(), original.providerSme(),
				original.title() + "（续签）", original.template(), renewal.amount(), renewal.startsOn(), renewal.endsOn(),
				EnumSet.allOf(TermPolicy.MultiYearCondition.class), clauses, original.secretClauses(),
				original.publicService(), original.depositAmount(), original.depositForm(), original.paymentDays(),
				today(), user);
		jdbc.sql("update contract.contract set technically_complex = (select technically_complex from contract.contract"
				+ " where id = :original) where id = :id")
			.param("original", contractId)
			.param("id", id)
			.update();
		audit.record("contract.renew", "Contract", id, null, Map.of("original", contractId.toString(), "grade",
				renewal.grade().name(), "evaluation", String.valueOf(renewal.evaluationReference())));
		return get(id);
	}

	/**
	 * The purchaser ends a contract on its own motion: a draft at any time; a signed
	 * contract only because going on would harm the public interest or for the provider's
	 * breach on record (GPL-50) — an agreed end is a termination record the provider
	 * confirms ({@link Amendments}). What the contract has not paid goes back to the
	 * budget line; payment requests still in process must be settled first.
	 */
	@Transactional
	public Contract terminate(UUID contractId, TerminationPolicy.Ground ground, String reason, LocalDate on) {
		CurrentUser user = requirePurchaser();
		Contract contract = lockOwn(contractId, user);
		if ("TERMINATED".equals(contract.status())) {
			throw new InvalidInputException("status", "合同已终止");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "请填写终止原因");
		}
		if ("SIGNED".equals(contract.status())) {
			int failed = performance.failedAcceptances(contractId);
			List<RuleViolation> violations = new TerminationPolicy().checkUnilateral(ground, failed);
			if (!violations.isEmpty()) {
				throw new RuleViolationException(violations);
			}
		}
		return end(contract, "SIGNED".equals(contract.status()) ? ground.name() : "UNSIGNED", reason, on);
	}

	/**
	 * Ends a locked contract on a lawful ground: the unpaid part goes back to the budget
	 * line (a draft holds no contracted money: the procurement's reservation stays with
	 * the procurement).
	 */
	Contract end(Contract contract, String ground, String reason, LocalDate on) {
		ContractPerformance.Settlement settled = performance.settle(contract.id());
		if (settled.committed().isGreaterThan(settled.paid())) {
			throw new InvalidInputException("status", "尚有未办结的支付申请，请先审核或退回");
		}
		Money released = Money.ZERO;
		if ("SIGNED".equals(contract.status())) {
			released = contract.total().minus(settled.paid());
			if (released.isPositive()) {
				ledger.uncontract(contract.planLineId(), released, "合同终止释放未支付金额：" + contract.title(),
						"contract-terminate-" + contract.id());
			}
		}
		LocalDate date = on == null ? today() : on;
		jdbc.sql("""
				update contract.contract set status = 'TERMINATED', terminated_on = :date, termination_reason = :reason,
				  termination_ground = :ground, released = :released where id = :id""")
			.param("date", date)
			.param("reason", reason.strip())
			.param("ground", ground)
			.param("released", released.amount())
			.param("id", contract.id())
			.update();
		audit.record("contract.terminate", "Contract", contract.id(), Map.of("status", contract.status()), Map
			.of("status", "TERMINATED", "ground", ground, "released", released.toString(), "reason", reason.strip()));
		events
			.publishEvent(new ContractTerminated(contract.id(), contract.providerId(), date, reason.strip(), released));
		return get(contract.id());
	}

	/** Whether the user signs for the contract's provider (承接主体). */
	public boolean isProvider(CurrentUser user, Contract contract) {
		return access.isProvider(contract.providerId(), user);
	}

	/** Whether the user is a purchaser of the contract's unit. */
	public static boolean isPurchaser(CurrentUser user, Contract contract) {
		return ContractAccess.isPurchaser(contract.unitId(), user);
	}

	/**
	 * A contract the current user may see: its unit, its provider, or its region's
	 * finance and supervision.
	 */
	public Contract visible(UUID contractId) {
		Contract contract = get(contractId);
		if (!access.readableBy(contract.unitId(), contract.region(), contract.providerId(), CurrentUser.require())) {
			throw new NotFoundException("合同不存在");
		}
		return contract;
	}

	/** The contracts the current user may see, newest first. */
	public List<Contract> list() {
		CurrentUser user = CurrentUser.require();
		String where;
		Map<String, Object> params = new HashMap<>();
		if (user.hasRole(Role.PROVIDER)) {
			where = "provider_id = :provider";
			params.put("provider", access.providerOf(user).orElse(null));
		}
		else {
			where = "region_code like :pattern and (cast(:org as uuid) is null or unit_id = :org)";
			params.put("pattern", user.scope().regionPattern());
			params.put("org", user.scope().organizationFilter());
		}
		return jdbc.sql("select id from contract.contract where " + where + " order by created_at desc limit 500")
			.params(params)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/** Signed contracts whose publication is recorded, for the public portal. */
	public List<Contract> published() {
		return jdbc
			.sql("select id from contract.contract where published_on is not null order by published_on desc limit 500")
			.query(UUID.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/**
	 * A published contract, for the portal; unknown or unpublished ones are not found.
	 */
	public Contract publishedContract(UUID contractId) {
		Contract contract = get(contractId);
		if (contract.publishedOn() == null) {
			throw new NotFoundException("合同不存在或尚未公告");
		}
		return contract;
	}

	private Contract step(UUID contractId, String column, LocalDate date, String action) {
		CurrentUser user = requirePurchaser();
		Contract contract = lockOwn(contractId, user);
		if (contract.signedOn() == null) {
			throw new InvalidInputException("status", "合同签订后才能公告和备案");
		}
		LocalDate on = date == null ? today() : date;
		if (on.isBefore(contract.signedOn()) || on.isAfter(today())) {
			throw new InvalidInputException(column, "日期应在签订日期与今天之间");
		}
		jdbc.sql("update contract.contract set " + column + " = :date where id = :id")
			.param("date", on)
			.param("id", contractId)
			.update();
		audit.record(action, "Contract", contractId, null, Map.of(column, on.toString()));
		return flagLateSteps(contractId);
	}

	/** Writes the late steps (GPL-46, GPLR-50, GPL-47) finance sees on the contract. */
	private Contract flagLateSteps(UUID contractId) {
		Contract contract = get(contractId);
		List<RuleViolation> late = new ContractDeadlines(calendar.calendar()).lateSteps(contract.awardedOn(),
				contract.signedOn(), contract.publishedOn(), contract.filedOn(), today());
		String text = late.isEmpty() ? null
				: String.join("；", late.stream().map(v -> v.rule() + " " + v.message()).toList());
		jdbc.sql("update contract.contract set late_steps = :late where id = :id")
			.param("late", text == null || text.length() <= 1000 ? text : text.substring(0, 999))
			.param("id", contractId)
			.update();
		return get(contractId);
	}

	private List<RuleViolation> moneyViolations(RegionCode region, Money amount, Money deposit, DepositForm form,
			boolean sme, int paymentDays) {
		List<RuleViolation> violations = new ArrayList<>();
		if (deposit != null && deposit.isPositive()) {
			if (form == null) {
				throw new InvalidInputException("depositForm", "请选择履约保证金的提交形式");
			}
			violations.addAll(new ContractMoneyPolicy().checkPerformanceDeposit(deposit, amount,
					parameters.rate(region, PolicyParameter.PERFORMANCE_DEPOSIT_MAX_RATE, today()), form.cash()));
		}
		if (paymentDays < 1) {
			throw new InvalidInputException("paymentDays", "付款期限应为正整数天数");
		}
		if (sme) {
			new SmePaymentTerms().checkAgreedTerm(paymentDays).ifPresent(violations::add);
		}
		return violations;
	}

	private void insert(UUID id, UUID renewalOf, UUID projectId, UUID lineId, UUID unitId, String unitName,
			RegionCode region, UUID providerId, String providerName, boolean sme, String title, Template template,
			Money amount, LocalDate starts, LocalDate ends, Set<TermPolicy.MultiYearCondition> conditions,
			Map<Clause, String> clauses, Set<Clause> secret, boolean publicService, Money deposit, DepositForm form,
			int paymentDays, LocalDate awardedOn, CurrentUser user) {
		long sequence = jdbc.sql("select nextval('contract.contract_number')").query(Long.class).single();
		String number = "HT" + region.value() + starts.getYear() + String.format("%05d", sequence);
		jdbc.sql(
				"""
						insert into contract.contract (id, number, project_id, renewal_of, plan_line_id, unit_id, unit_name,
						  region_code, provider_id, provider_name, provider_sme, title, template, public_service, amount,
						  starts_on, ends_on, conditions, scope, quantity, quality, payment_terms, rights, liability, disputes,
						  secret_clauses, deposit_amount, deposit_form, payment_days, awarded_on, status, created_by, created_at)
						values (:id, :number, :project, :renewalOf, :line, :unit, :unitName, :region, :provider, :providerName,
						  :sme, :title, :template, :publicService, :amount, :starts, :ends, :conditions, :scope, :quantity,
						  :quality, :payment, :rights, :liability, :disputes, :secret, :deposit, :depositForm, :paymentDays,
						  :awarded, 'DRAFT', :by, :now)""")
			.param("id", id)
			.param("number", number)
			.param("project", projectId)
			.param("renewalOf", renewalOf)
			.param("line", lineId)
			.param("unit", unitId)
			.param("unitName", unitName)
			.param("region", region.value())
			.param("provider", providerId)
			.param("providerName", providerName)
			.param("sme", sme)
			.param("title", title.strip())
			.param("template", template == null ? null : template.name())
			.param("publicService", publicService)
			.param("amount", amount.amount())
			.param("starts", starts)
			.param("ends", ends)
			.param("conditions",
					conditions == null || conditions.isEmpty() ? null
							: String.join(",", conditions.stream().map(Enum::name).toList()))
			.param("scope", clauses.get(Clause.SCOPE))
			.param("quantity", clauses.get(Clause.QUANTITY))
			.param("quality", clauses.get(Clause.QUALITY))
			.param("payment", clauses.get(Clause.PAYMENT))
			.param("rights", clauses.get(Clause.RIGHTS_AND_OBLIGATIONS))
			.param("liability", clauses.get(Clause.LIABILITY))
			.param("disputes", clauses.get(Clause.DISPUTES))
			.param("secret",
					secret == null || secret.isEmpty() ? null
							: String.join(",", secret.stream().map(Enum::name).toList()))
			.param("deposit", deposit == null ? null : deposit.amount())
			.param("depositForm", deposit == null || form == null ? null : form.name())
			.param("paymentDays", paymentDays)
			.param("awarded", awardedOn)
			.param("by", user.username())
			.param("now", OffsetDateTime.now(clock))
			.update();
	}

	private static void requireTerm(String title, LocalDate starts, LocalDate ends) {
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("title", "请填写合同名称");
		}
		if (title.strip().length() > 200) {
			throw new InvalidInputException("title", "合同名称不超过200个字");
		}
		if (starts == null || ends == null) {
			throw new InvalidInputException("term", "请填写服务期限的起止日期");
		}
		if (ends.isBefore(starts)) {
			throw new InvalidInputException("endsOn", "终止日期不能早于起始日期");
		}
	}

	/** The term as the contract writes it: 2026年4月1日至2027年3月31日. */
	static String term(LocalDate start, LocalDate end) {
		return ContractPdf.chineseDate(start) + "至" + ContractPdf.chineseDate(end);
	}

	private Map<String, String> placeholders(ProcurementAwards.Award award, CurrentUser user, int paymentDays) {
		Map<String, String> values = new HashMap<>();
		values.put("甲方", user.organizationName());
		values.put("乙方", award.providerName());
		values.put("项目名称", award.projectName());
		values.put("合同金额", award.price().format() + "（" + award.price().toChineseUppercase() + "）");
		values.put("付款期限", String.valueOf(paymentDays));
		values.put("服务内容", award.projectName());
		values.put("服务标准", "本合同附件《服务标准》");
		lines.approved(award.planLineId()).ifPresent(line -> {
			if (line.serviceContent() != null && !line.serviceContent().isBlank()) {
				values.put("服务内容", line.serviceContent());
			}
			if (line.serviceStandard() != null && !line.serviceStandard().isBlank()) {
				values.put("服务标准", line.serviceStandard());
			}
		});
		return values;
	}

	private String whatIsBought(ProcurementAwards.Award award) {
		return award.projectName() + " "
				+ lines.approved(award.planLineId()).map(BudgetLines.ApprovedLine::serviceContent).orElse("");
	}

	private int defaultPaymentDays(RegionCode region) {
		return parameters.days(region, PolicyParameter.PAYMENT_TERM_DAYS, today());
	}

	private LocalDate planEnd(RegionCode region, int fromYear) {
		int planYears = parameters.days(region, PolicyParameter.MEDIUM_TERM_PLAN_YEARS, today());
		return LocalDate.of(fromYear + planYears - 1, 12, 31);
	}

	private ProcurementAwards.Award ownAward(UUID projectId, CurrentUser user) {
		if (projectId == null) {
			throw new InvalidInputException("projectId", "请选择已成交的采购项目");
		}
		return awards.award(projectId)
			.filter(found -> found.unitId().equals(user.organizationId()))
			.orElseThrow(() -> new InvalidInputException("projectId", "该采购项目不存在、尚未成交或不属于本单位"));
	}

	private Money reservedFor(Contract contract) {
		return awards.award(contract.projectId()).map(ProcurementAwards.Award::reserved).orElse(contract.amount());
	}

	Contract get(UUID contractId) {
		return jdbc.sql("""
				select c.*,
				  coalesce((select sum(amount) from contract.amendment a where a.contract_id = c.id
				    and a.kind = 'SUPPLEMENT' and a.status = 'IN_FORCE'), 0) as supplements
				from contract.contract c where c.id = :id""").param("id", contractId).query((rs, n) -> {
			Map<Clause, String> clauses = new LinkedHashMap<>();
			clauses.put(Clause.SCOPE, rs.getString("scope"));
			clauses.put(Clause.TERM,
					term(rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)));
			clauses.put(Clause.QUANTITY, rs.getString("quantity"));
			clauses.put(Clause.QUALITY, rs.getString("quality"));
			Money amount = Money.of(rs.getBigDecimal("amount"));
			clauses.put(Clause.PRICE, amount.format() + "（" + amount.toChineseUppercase() + "）");
			clauses.put(Clause.PAYMENT, rs.getString("payment_terms"));
			clauses.put(Clause.RIGHTS_AND_OBLIGATIONS, rs.getString("rights"));
			clauses.put(Clause.LIABILITY, rs.getString("liability"));
			clauses.put(Clause.DISPUTES, rs.getString("disputes"));
			String secret = rs.getString("secret_clauses");
			Set<Clause> secretClauses = EnumSet.noneOf(Clause.class);
			if (secret != null && !secret.isBlank()) {
				Arrays.stream(secret.split(",")).map(Clause::valueOf).forEach(secretClauses::add);
			}
			String template = rs.getString("template");
			String form = rs.getString("deposit_form");
			ContractPerformance.Settlement settled = performance.settlement(rs.getObject("id", UUID.class));
			return new Contract(rs.getObject("id", UUID.class), rs.getString("number"),
					rs.getObject("project_id", UUID.class), rs.getObject("renewal_of", UUID.class),
					rs.getObject("plan_line_id", UUID.class), rs.getObject("unit_id", UUID.class),
					rs.getString("unit_name"), new RegionCode(rs.getString("region_code")),
					rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
					rs.getBoolean("provider_sme"), rs.getString("title"),
					template == null ? null : Template.valueOf(template), amount,
					Money.of(rs.getBigDecimal("supplements")), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getString("conditions"), clauses, secretClauses,
					rs.getBoolean("public_service"),
					rs.getBigDecimal("deposit_amount") == null ? null : Money.of(rs.getBigDecimal("deposit_amount")),
					form == null ? null : DepositForm.valueOf(form), rs.getInt("payment_days"), rs.getString("status"),
					rs.getObject("awarded_on", LocalDate.class), rs.getObject("signed_on", LocalDate.class),
					rs.getObject("published_on", LocalDate.class), rs.getObject("filed_on", LocalDate.class),
					rs.getString("late_steps"), rs.getObject("terminated_on", LocalDate.class),
					rs.getString("termination_reason"), rs.getString("termination_ground"),
					rs.getString("screening_warnings"),
					rs.getBigDecimal("released") == null ? null : Money.of(rs.getBigDecimal("released")),
					settled.committed(), settled.paid());
		}).optional().orElseThrow(() -> new NotFoundException("合同不存在"));
	}

	/** Locks the contract row (commands on one contract run one after another). */
	Contract lock(UUID contractId) {
		jdbc.sql("select id from contract.contract where id = :id for update")
			.param("id", contractId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("合同不存在"));
		return get(contractId);
	}

	private Contract lockOwn(UUID contractId, CurrentUser user) {
		Contract contract = lock(contractId);
		if (!contract.unitId().equals(user.organizationId())) {
			throw new NotFoundException("合同不存在");
		}
		return contract;
	}

	static CurrentUser requirePurchaser() {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			throw new AccessDeniedException("只有购买主体可以办理合同");
		}
		return user;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

}
