package org.govbuy.budget.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govbuy.budget.PlanLineApproved;
import org.govbuy.budget.domain.Actor;
import org.govbuy.budget.domain.AffordabilityPolicy;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.AdjustmentStatus;
import org.govbuy.budget.domain.LineStatus;
import org.govbuy.budget.domain.LineSubmissionPolicy;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanEvent;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.budget.domain.SplitDetectionPolicy;
import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Organization;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.platform.Role;
import org.govbuy.shared.FiscalYear;
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
 * The commands on annual plans, each in one transaction with the plan's row locked:
 * purchasing units draft and submit, finance approves or returns line by line (opening
 * each approved line's funds ledger), and approved lines are adjusted mid-year. Every
 * command is audited and written into the plan's history.
 */
@Service
public class AnnualPlans {

	/** Who drafts and submits plans. */
	public static final Set<Role> PURCHASERS = Set.of(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD);

	/** Who decides on plan lines and adjustments. */
	public static final Set<Role> DECIDERS = Set.of(Role.FINANCE_REVIEWER);

	private final PlanRepository plans;

	private final LineClassifier classifier;

	private final JdbcFundsLedger ledger;

	private final RegionalParameters parameters;

	private final Organizations organizations;

	private final NegativeListCheck negativeList;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	AnnualPlans(PlanRepository plans, LineClassifier classifier, JdbcFundsLedger ledger, RegionalParameters parameters,
			Organizations organizations, NegativeListCheck negativeList, AuditTrail audit,
			ApplicationEventPublisher events, JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.classifier = classifier;
		this.ledger = ledger;
		this.parameters = parameters;
		this.organizations = organizations;
		this.negativeList = negativeList;
		this.audit = audit;
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A plan as the pages and the API show it.
	 *
	 * @param id the plan
	 * @param unitId the purchasing unit
	 * @param unitName its name
	 * @param region its region
	 * @param fiscalYear the budget year
	 * @param status where it stands
	 * @param lines how many lines
	 * @param total the budget-year total of its lines
	 * @param approved what finance approved
	 * @param pendingLines lines waiting for finance
	 */
	public record PlanSummary(UUID id, UUID unitId, String unitName, RegionCode region, int fiscalYear,
			PlanStatus status, int lines, Money total, Money approved, int pendingLines) {
	}

	// ---- queries ---------------------------------------------------------------------

	/** Plans in the user's data scope, newest year first. */
	public List<PlanSummary> list(DataScope scope, Integer fiscalYear, PlanStatus status) {
		return jdbc.sql("""
				select p.*, count(l.id) as line_count, coalesce(sum(l.amount), 0) as total,
				  coalesce(sum(f.approved), 0) as approved_total,
				  count(l.id) filter (where l.status = :submitted) as pending
				from budget.plan p
				left join budget.plan_line l on l.plan_id = p.id
				left join budget.funds_line f on f.line_id = l.id
				where p.region_code like :pattern and (cast(:org as uuid) is null or p.unit_id = :org)
				  and (cast(:year as integer) is null or p.fiscal_year = :year)
				  and (cast(:status as varchar) is null or p.status = :status)
				group by p.id order by p.fiscal_year desc, p.region_code, p.unit_name""")
			.param("submitted", LineStatus.SUBMITTED.name())
			.param("pattern", scope.regionPattern())
			.param("org", scope.organizationFilter())
			.param("year", fiscalYear)
			.param("status", status == null ? null : status.name())
			.query((rs, n) -> new PlanSummary(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
					rs.getString("unit_name"), new RegionCode(rs.getString("region_code")), rs.getInt("fiscal_year"),
					PlanStatus.valueOf(rs.getString("status")), rs.getInt("line_count"),
					Money.of(rs.getBigDecimal("total")), Money.of(rs.getBigDecimal("approved_total")),
					rs.getInt("pending")))
			.list();
	}

	/** The plan if the current user may see it; 404 otherwise. */
	public Plan visible(UUID planId) {
		Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("计划不存在"));
		if (!CurrentUser.require().scope().permits(plan.unitId(), plan.region())) {
			throw new NotFoundException("计划不存在");
		}
		return plan;
	}

	public List<PlanEvent> history(UUID planId) {
		visible(planId);
		return plans.history(planId);
	}

	/** The plan a line belongs to, if visible. */
	public Plan visibleByLine(UUID lineId) {
		return visible(plans.planOfLine(lineId).orElseThrow(() -> new NotFoundException("计划行不存在")));
	}

	// ---- the purchasing unit ---------------------------------------------------------

	/** Starts the plan of the user's unit for a year (or returns the one that exists). */
	@Transactional
	public Plan start(FiscalYear year) {
		CurrentUser user = requirePurchaser();
		Organization unit = organizations.find(user.organizationId())
			.filter(org -> org.kind() == OrganizationKind.PURCHASER)
			.orElseThrow(() -> new AccessDeniedException("只有购买主体可以编制年度购买计划"));
		return plans.findId(unit.id(), year).map(plans::find).map(java.util.Optional::orElseThrow).orElseGet(() -> {
			Plan plan = Plan.start(unit.id(), unit.name(), unit.region(), year, actor(user));
			plans.insert(plan, user.username(), clock.instant());
			audit.record("plan.create", "Plan", plan.id(), null, Map.of("unit", unit.name(), "year", year.value()));
			return plan;
		});
	}

	@Transactional
	public PlanLine addLine(UUID planId, LineDraft draft) {
		CurrentUser user = requirePurchaser();
		Plan plan = lockOwn(planId, user);
		validate(draft);
		List<RuleViolation> horizon = submissionPolicy(plan).horizon(draft, plan.fiscalYear().value(), "该项目");
		if (!horizon.isEmpty()) {
			throw new RuleViolationException(horizon);
		}
		PlanLine line = plan.addLine(draft, classifier.classify(plan.region(), plan.fiscalYear(), draft), actor(user));
		plans.save(plan);
		audit.record("plan.line.add", "PlanLine", line.id(), null, summary(line));
		return line;
	}

	@Transactional
	public PlanLine reviseLine(UUID planId, UUID lineId, LineDraft draft) {
		CurrentUser user = requirePurchaser();
		Plan plan = lockOwn(planId, user);
		validate(draft);
		List<RuleViolation> horizon = submissionPolicy(plan).horizon(draft, plan.fiscalYear().value(), "该项目");
		if (!horizon.isEmpty()) {
			throw new RuleViolationException(horizon);
		}
		Map<String, Object> before = summary(plan.line(lineId));
		PlanLine line = plan.reviseLine(lineId, draft, classifier.classify(plan.region(), plan.fiscalYear(), draft),
				actor(user));
		plans.save(plan);
		audit.record("plan.line.revise", "PlanLine", lineId, before, summary(line));
		return line;
	}

	/**
	 * Checks again whether the catalog item of a line waiting for filing is now in the
	 * catalog in force (finance has filed it).
	 */
	@Transactional
	public PlanLine recheckCatalog(UUID planId, UUID lineId) {
		Plan plan = plans.lock(planId).orElseThrow(() -> new NotFoundException("计划不存在"));
		PlanLine line = plan.line(lineId);
		return reviseLine(planId, lineId, line.draft());
	}

	@Transactional
	public void removeLine(UUID planId, UUID lineId) {
		CurrentUser user = requirePurchaser();
		Plan plan = lockOwn(planId, user);
		Map<String, Object> before = summary(plan.line(lineId));
		plan.removeLine(lineId, actor(user));
		plans.save(plan);
		audit.record("plan.line.remove", "PlanLine", lineId, before, null);
	}

	/**
	 * Submits the plan's draft and returned lines: each must have targets, an ex-ante
	 * assessment if major and new, and years within the plan; lines that together split a
	 * purchase are flagged (GPLR-28) for the reviewer.
	 */
	@Transactional
	public Plan submit(UUID planId) {
		CurrentUser user = requirePurchaser();
		Plan plan = lockOwn(planId, user);
		LineSubmissionPolicy policy = submissionPolicy(plan);
		List<RuleViolation> violations = new ArrayList<>();
		for (PlanLine line : plan.lines()) {
			if (line.status() == LineStatus.DRAFT || line.status() == LineStatus.RETURNED) {
				violations.addAll(policy.check(line.draft(), plan.fiscalYear().value(), line.label()));
			}
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		PlanStatus before = plan.status();
		List<PlanLine> submitted = plan.submit(actor(user));
		flagSplits(plan);
		for (PlanLine line : submitted) {
			String affordability = affordability(plan, line);
			plan.flag(line.id(), new PlanLine.Flags(line.flags().split(), affordability, null));
		}
		plans.save(plan);
		audit.record("plan.submit", "Plan", plan.id(), Map.of("status", before.name()),
				Map.of("status", plan.status().name(), "lines", submitted.size()));
		return plan;
	}

	/** Requests a mid-year adjustment (年中调整) of an approved line. */
	@Transactional
	public UUID requestAdjustment(UUID planId, UUID lineId, Money newAmount, String reason) {
		CurrentUser user = requirePurchaser();
		Plan plan = lockOwn(planId, user);
		PlanLine line = plan.line(lineId);
		plan.requestAdjustment(lineId, newAmount, reason, actor(user));
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into budget.adjustment (id, line_id, old_amount, new_amount, reason, status, requested_by, requested_at)
						values (:id, :line, :old, :new, :reason, :status, :by, :now)""")
			.param("id", id)
			.param("status", AdjustmentStatus.REQUESTED.name())
			.param("line", lineId)
			.param("old", line.approvedAmount().amount())
			.param("new", newAmount.amount())
			.param("reason", reason)
			.param("by", user.username())
			.param("now", now())
			.update();
		plans.save(plan);
		audit.record("plan.adjustment.request", "Adjustment", id, Map.of("amount", line.approvedAmount().toString()),
				Map.of("amount", newAmount.toString(), "reason", reason));
		return id;
	}

	// ---- finance ---------------------------------------------------------------------

	/** Approves a submitted line and opens its funds ledger. */
	@Transactional
	public PlanLine approveLine(UUID planId, UUID lineId, String comment) {
		CurrentUser user = requireDecider();
		Plan plan = lockInScope(planId, user);
		PlanLine line = plan.line(lineId);
		if (line.status() == LineStatus.SUBMITTED) {
			// Commitments may have changed since submission: look again.
			plan.flag(lineId, new PlanLine.Flags(line.flags().split(), affordability(plan, line), null));
			String warnings = line.classification().keywordWarnings();
			if (warnings != null && (comment == null || comment.isBlank())) {
				throw new InvalidInputException("comment", line.label() + "含负面清单关键词提示（" + warnings + "），请在审核意见中说明核查结论");
			}
		}
		PlanLine approved = plan.approveLine(lineId, comment, actor(user));
		if (approved.classification().keywordWarnings() != null) {
			negativeList.clearWarnings(approved.label(), List.of(approved.classification().keywordWarnings()), comment,
					user);
		}
		ledger.open(lineId, plan.unitId(), plan.region(), plan.fiscalYear().value(), approved.draft().projectName(),
				approved.approvedAmount());
		plans.save(plan);
		audit.record("plan.line.approve", "PlanLine", lineId, Map.of("status", LineStatus.SUBMITTED.name()),
				Map.of("status", approved.status().name(), "amount", approved.approvedAmount().toString()));
		events.publishEvent(new PlanLineApproved(lineId, plan.id(), plan.unitId(), plan.region(), plan.fiscalYear(),
				approved.draft().projectName(), approved.draft().catalogCode(), approved.approvedAmount(),
				plan.unitName(), approved.classification().catalogItemId(), approved.classification().pinmuCode(),
				approved.classification().procurementLaw(), approved.draft().laterYears()));
		return approved;
	}

	@Transactional
	public PlanLine returnLine(UUID planId, UUID lineId, String comment) {
		CurrentUser user = requireDecider();
		Plan plan = lockInScope(planId, user);
		PlanLine line = plan.returnLine(lineId, comment, actor(user));
		plans.save(plan);
		audit.record("plan.line.return", "PlanLine", lineId, Map.of("status", LineStatus.SUBMITTED.name()),
				Map.of("status", line.status().name(), "comment", comment));
		return line;
	}

	/**
	 * Decides an adjustment request; an approval moves the line's approved amount in the
	 * funds ledger (refused below what is reserved and contracted).
	 */
	@Transactional
	public void decideAdjustment(UUID adjustmentId, boolean approve, String comment) {
		CurrentUser user = requireDecider();
		Map<String, Object> row = jdbc.sql("select * from budget.adjustment where id = :id")
			.param("id", adjustmentId)
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("调整申请不存在"));
		UUID lineId = (UUID) row.get("line_id");
		Plan plan = lockInScope(plans.planOfLine(lineId).orElseThrow(), user);
		// Read again under the plan's lock: a concurrent decision may have come first.
		AdjustmentStatus status = AdjustmentStatus
			.valueOf(jdbc.sql("select status from budget.adjustment where id = :id")
				.param("id", adjustmentId)
				.query(String.class)
				.single());
		AdjustmentStatus decided = status.decide(approve);
		Money newAmount = Money.of((BigDecimal) row.get("new_amount"));
		plan.decideAdjustment(lineId, newAmount, approve, comment, actor(user));
		if (approve) {
			ledger.adjustApproved(lineId, newAmount, "年中调整", "adjustment-" + adjustmentId);
		}
		jdbc.sql(
				"""
						update budget.adjustment set status = :status, decided_by = :by, decided_at = :now, decision_comment = :comment
						where id = :id""")
			.param("status", decided.name())
			.param("by", user.username())
			.param("now", now())
			.param("comment", comment)
			.param("id", adjustmentId)
			.update();
		plans.save(plan);
		audit.record("plan.adjustment.decide", "Adjustment", adjustmentId, Map.of("status", status.name()),
				Map.of("status", decided.name(), "amount", newAmount.toString()));
	}

	/**
	 * An adjustment request as the pages show it.
	 *
	 * @param id the request
	 * @param lineId the line
	 * @param oldAmount approved before
	 * @param newAmount asked for
	 * @param reason why
	 * @param status where the request stands
	 * @param requestedBy who asked
	 * @param decisionComment finance's comment
	 */
	public record Adjustment(UUID id, UUID lineId, Money oldAmount, Money newAmount, String reason,
			AdjustmentStatus status, String requestedBy, String decisionComment) {

		public String statusLabel() {
			return status.label();
		}

		/** Whether finance has still to decide it. */
		public boolean pending() {
			return status == AdjustmentStatus.REQUESTED;
		}

	}

	public List<Adjustment> adjustments(UUID planId) {
		visible(planId);
		return jdbc.sql("""
				select a.* from budget.adjustment a join budget.plan_line l on l.id = a.line_id
				where l.plan_id = :plan order by a.requested_at desc""")
			.param("plan", planId)
			.query((rs, n) -> new Adjustment(rs.getObject("id", UUID.class), rs.getObject("line_id", UUID.class),
					Money.of(rs.getBigDecimal("old_amount")), Money.of(rs.getBigDecimal("new_amount")),
					rs.getString("reason"), AdjustmentStatus.valueOf(rs.getString("status")),
					rs.getString("requested_by"), rs.getString("decision_comment")))
			.list();
	}

	// ---- helpers ---------------------------------------------------------------------

	private LineSubmissionPolicy submissionPolicy(Plan plan) {
		var on = classifier.parameterDate(plan.fiscalYear());
		return new LineSubmissionPolicy(
				parameters.money(plan.region(), PolicyParameter.MAJOR_SERVICE_PROJECT_THRESHOLD, on),
				parameters.days(plan.region(), PolicyParameter.MEDIUM_TERM_PLAN_YEARS, on));
	}

	/** Flags submitted lines of the unit's year that together split a purchase. */
	private void flagSplits(Plan plan) {
		Money threshold = parameters.money(plan.region(), PolicyParameter.OPEN_TENDER_THRESHOLD,
				classifier.parameterDate(plan.fiscalYear()));
		List<SplitDetectionPolicy.Line> candidates = plan.lines()
			.stream()
			.filter(line -> line.status() != LineStatus.AWAITING_FILING)
			.map(line -> new SplitDetectionPolicy.Line(line.id().toString(), plan.unitId().toString(),
					plan.fiscalYear().value(), line.draft().budgetProject(), line.draft().catalogCode(),
					line.draft().amount(), false))
			.toList();
		Map<UUID, String> texts = new HashMap<>();
		for (SplitDetectionPolicy.Flag flag : new SplitDetectionPolicy().detect(candidates, threshold)) {
			for (SplitDetectionPolicy.Line line : flag.lines()) {
				texts.merge(UUID.fromString(line.reference()), flag.warning().message(), (a, b) -> a + "；" + b);
			}
		}
		for (PlanLine line : plan.lines()) {
			if (line.status() == LineStatus.SUBMITTED) {
				plan.flag(line.id(), new PlanLine.Flags(texts.get(line.id()), line.flags().affordability(), null));
			}
		}
	}

	/** The affordability flag of a line against the region's approved commitments. */
	private String affordability(Plan plan, PlanLine line) {
		Money capacity = parameters.money(plan.region(), PolicyParameter.PURCHASE_SERVICE_CAPACITY,
				classifier.parameterDate(plan.fiscalYear()));
		return new AffordabilityPolicy(capacity)
			.flag(commitments(plan.region(), line.id()), line.draft(), plan.fiscalYear().value())
			.orElse(null);
	}

	/**
	 * Approved purchase-of-services commitments of a region per year: budget-year amounts
	 * of approved lines plus their later years, without one line.
	 */
	public Map<Integer, Money> commitments(RegionCode region, UUID except) {
		Map<Integer, Money> years = new HashMap<>();
		jdbc.sql("""
				select p.fiscal_year as year, sum(f.approved) as amount from budget.funds_line f
				join budget.plan_line l on l.id = f.line_id join budget.plan p on p.id = l.plan_id
				where p.region_code = :region and l.id <> :except group by p.fiscal_year
				union all
				select y.fiscal_year, sum(y.amount) from budget.line_year_amount y
				join budget.plan_line l on l.id = y.line_id join budget.plan p on p.id = l.plan_id
				where p.region_code = :region and l.status = :approved and l.id <> :except group by y.fiscal_year""")
			.param("approved", LineStatus.APPROVED.name())
			.param("region", region.value())
			.param("except", except)
			.query((rs, n) -> years.merge(rs.getInt("year"), Money.of(rs.getBigDecimal("amount")), Money::plus))
			.list();
		return years;
	}

	private static void validate(LineDraft draft) {
		if (draft.projectName() == null || draft.projectName().isBlank()) {
			throw new InvalidInputException("projectName", "请填写项目名称");
		}
		if (draft.projectName().length() > 200) {
			throw new InvalidInputException("projectName", "项目名称不超过200字");
		}
		if (draft.catalogCode() == null || draft.catalogCode().isBlank()) {
			throw new InvalidInputException("catalogCode", "请选择或填写指导性目录条目代码");
		}
		if (draft.serviceContent() == null || draft.serviceContent().isBlank()) {
			throw new InvalidInputException("serviceContent", "请填写服务内容");
		}
		if (draft.amount() == null || !draft.amount().isPositive()) {
			throw new InvalidInputException("amount", "预算金额须大于0");
		}
		if (draft.amount().amount().compareTo(new BigDecimal("99999999999999")) > 0) {
			throw new InvalidInputException("amount", "预算金额过大，请核对");
		}
		if (draft.fundingSource() == null) {
			throw new InvalidInputException("fundingSource", "请选择资金来源");
		}
		if (draft.laterYears().values().stream().anyMatch(amount -> !amount.isPositive())) {
			throw new InvalidInputException("laterYears", "以后年度金额须大于0");
		}
		if (draft.replacedExpenditure() != null && draft.replacedExpenditure().isNegative()) {
			throw new InvalidInputException("replacedExpenditure", "费随事转金额不能为负数");
		}
		if (draft.convertsOwnService()
				&& (draft.replacedDescription() == null || draft.replacedDescription().isBlank())) {
			throw new InvalidInputException("replacedDescription", "请说明费随事转所对应的原有支出（如原自行提供该服务的人员经费、公用经费）");
		}
		Set<String> known = new HashSet<>(Arrays.asList("goods", "works", "infrastructure", "worksServiceBundle",
				"financing", "staffHiring", "directGovernmentDuty", "notGovernmentDuty", "excludedByLaw",
				"privatePremisesRepair", "classifiedPrinting"));
		if (!known.containsAll(draft.declared())) {
			throw new InvalidInputException("declared", "未知的申报属性");
		}
		for (var target : draft.targets()) {
			if (target.category() == null || target.indicator() == null || target.indicator().isBlank()
					|| target.target() == null || target.target().isBlank()) {
				throw new InvalidInputException("targets", "每项绩效指标须填写类别、指标名称和目标值");
			}
		}
		var assessment = draft.assessment();
		if (assessment != null && (assessment.conclusion() == null || assessment.assessedOn() == null
				|| assessment.assessedBy() == null || assessment.assessedBy().isBlank())) {
			throw new InvalidInputException("assessment", "事前绩效评估须填写结论、日期和评估主体");
		}
	}

	private Plan lockOwn(UUID planId, CurrentUser user) {
		Plan plan = plans.lock(planId).orElseThrow(() -> new NotFoundException("计划不存在"));
		if (!plan.unitId().equals(user.organizationId())) {
			throw new NotFoundException("计划不存在");
		}
		return plan;
	}

	private Plan lockInScope(UUID planId, CurrentUser user) {
		Plan plan = plans.lock(planId).orElseThrow(() -> new NotFoundException("计划不存在"));
		if (!user.scope().permits(plan.unitId(), plan.region())) {
			throw new NotFoundException("计划不存在");
		}
		return plan;
	}

	private static CurrentUser requirePurchaser() {
		CurrentUser user = CurrentUser.require();
		if (PURCHASERS.stream().noneMatch(user::hasRole)) {
			throw new AccessDeniedException("只有购买主体经办人或负责人可以编制和提交计划");
		}
		return user;
	}

	private static CurrentUser requireDecider() {
		CurrentUser user = CurrentUser.require();
		if (DECIDERS.stream().noneMatch(user::hasRole)) {
			throw new AccessDeniedException("只有财政审核人员可以审核计划");
		}
		return user;
	}

	private Actor actor(CurrentUser user) {
		return new Actor(user.username(), user.displayName(), clock.instant());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
	}

	private static Map<String, Object> summary(PlanLine line) {
		Map<String, Object> summary = new HashMap<>();
		summary.put("project", line.draft().projectName());
		summary.put("catalog", line.draft().catalogCode());
		summary.put("amount", line.draft().amount().toString());
		summary.put("status", line.status().name());
		return summary;
	}

}
