package org.govbuy.budget.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.BudgetRule;
import org.govbuy.budget.ProcurementIntentions;
import org.govbuy.budget.domain.Actor;
import org.govbuy.budget.domain.IntentionPolicy;
import org.govbuy.budget.domain.LineStatus;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 采购意向公开 (财库〔2020〕10号): a purchasing unit publishes, for an approved line, the project
 * name, 需求概况, budget and expected month on the public portal; procurement of the line may
 * start only 30 days later, unless the intention is marked urgent with a reason.
 */
@Service
public class Intentions implements ProcurementIntentions {

	/** Beijing time: publication dates are the dates people in China see. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final PlanRepository plans;

	private final RegionalParameters parameters;

	private final AuditTrail audit;

	private final Clock clock;

	Intentions(JdbcClient jdbc, PlanRepository plans, RegionalParameters parameters, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.parameters = parameters;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What a unit publishes.
	 *
	 * @param projectName the project's name
	 * @param demandSummary 需求概况
	 * @param expectedMonth 预计采购时间 (year and month)
	 * @param urgent the unit could not foresee the need (no 30-day wait)
	 * @param urgentReason why, when urgent
	 */
	public record Publication(String projectName, String demandSummary, YearMonth expectedMonth, boolean urgent,
			String urgentReason) {
	}

	/**
	 * A published intention.
	 *
	 * @param id the intention
	 * @param lineId its plan line
	 * @param unitName the purchasing unit
	 * @param region its region
	 * @param projectName the project
	 * @param demandSummary 需求概况
	 * @param budget the budget amount
	 * @param expectedMonth when the unit expects to buy
	 * @param urgent marked urgent
	 * @param urgentReason why
	 * @param publishedOn the date of publication (Beijing time)
	 * @param earliestStart the first day procurement may start
	 */
	public record Intention(UUID id, UUID lineId, String unitName, RegionCode region, String projectName,
			String demandSummary, Money budget, String expectedMonth, boolean urgent, String urgentReason,
			LocalDate publishedOn, LocalDate earliestStart) {
	}

	@Transactional
	public Intention publish(UUID lineId, Publication publication) {
		CurrentUser user = CurrentUser.require();
		if (AnnualPlans.PURCHASERS.stream().noneMatch(user::hasRole)) {
			throw new AccessDeniedException("只有购买主体可以公开采购意向");
		}
		UUID planId = plans.planOfLine(lineId).orElseThrow(() -> new NotFoundException("计划行不存在"));
		Plan plan = plans.lock(planId).orElseThrow();
		if (!plan.unitId().equals(user.organizationId())) {
			throw new NotFoundException("计划行不存在");
		}
		PlanLine line = plan.line(lineId);
		if (line.status() != LineStatus.APPROVED) {
			throw BudgetRule.WITHIN_BUDGET.refusal(line.label() + "尚未批复预算，不能公开采购意向");
		}
		validate(publication);
		boolean exists = jdbc.sql("select count(*) from budget.intention where line_id = :line")
			.param("line", lineId)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			throw new InvalidInputException("line", line.label() + "的采购意向已经公开");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into budget.intention (id, line_id, project_name, demand_summary, budget_amount, expected_month,
				  urgent, urgent_reason, published_at, published_by)
				values (:id, :line, :name, :summary, :budget, :month, :urgent, :reason, :now, :by)""")
			.param("id", id)
			.param("line", lineId)
			.param("name", publication.projectName().strip())
			.param("summary", publication.demandSummary().strip())
			.param("budget", line.approvedAmount().amount())
			.param("month", publication.expectedMonth().toString())
			.param("urgent", publication.urgent())
			.param("reason", publication.urgent() ? publication.urgentReason().strip() : null)
			.param("now", OffsetDateTime.now(clock))
			.param("by", user.username())
			.update();
		plan.noteIntentionPublished(lineId,
				"公开" + line.label() + "的采购意向，预计采购时间" + publication.expectedMonth()
						+ (publication.urgent() ? "（紧急采购：" + publication.urgentReason().strip() + "）" : ""),
				new Actor(user.username(), user.displayName(), clock.instant()));
		plans.save(plan);
		audit.record("intention.publish", "Intention", id, null, Map.of("line", lineId.toString(), "project",
				publication.projectName(), "urgent", publication.urgent()));
		return find(id);
	}

	/** Published intentions, newest first; {@code scope} null for the public portal. */
	public List<Intention> list(DataScope scope, String regionPrefix, Integer year) {
		String pattern = scope == null ? (regionPrefix == null || regionPrefix.isBlank() ? "%" : regionPrefix + "%")
				: scope.regionPattern();
		return jdbc.sql("""
				select i.*, p.unit_name, p.region_code from budget.intention i
				join budget.plan_line l on l.id = i.line_id join budget.plan p on p.id = l.plan_id
				where p.region_code like :pattern and (cast(:org as uuid) is null or p.unit_id = :org)
				  and (cast(:year as integer) is null or p.fiscal_year = :year)
				order by i.published_at desc""")
			.param("pattern", pattern)
			.param("org", scope == null ? null : scope.organizationFilter())
			.param("year", year)
			.query((rs, n) -> intention(rs))
			.list();
	}

	public Intention find(UUID id) {
		return jdbc.sql("""
				select i.*, p.unit_name, p.region_code from budget.intention i
				join budget.plan_line l on l.id = i.line_id join budget.plan p on p.id = l.plan_id where i.id = :id""")
			.param("id", id)
			.query((rs, n) -> intention(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("采购意向不存在"));
	}

	/** Approved lines of the user's unit without a published intention. */
	public List<PlanLineChoice> linesWithoutIntention(UUID unitId) {
		return jdbc.sql("""
				select l.id, l.project_name, l.service_content, f.approved, p.fiscal_year from budget.plan_line l
				join budget.plan p on p.id = l.plan_id join budget.funds_line f on f.line_id = l.id
				where p.unit_id = :unit and l.status = :approved
				  and not exists (select 1 from budget.intention i where i.line_id = l.id)
				order by p.fiscal_year desc, l.seq""")
			.param("approved", LineStatus.APPROVED.name())
			.param("unit", unitId)
			.query((rs, n) -> new PlanLineChoice(rs.getObject("id", UUID.class), rs.getString("project_name"),
					rs.getString("service_content"), Money.of(rs.getBigDecimal("approved")), rs.getInt("fiscal_year")))
			.list();
	}

	/**
	 * An approved line that can get an intention.
	 *
	 * @param lineId the line
	 * @param projectName its project name
	 * @param serviceContent its service content, to start the 需求概况 from
	 * @param approved its approved amount
	 * @param fiscalYear its year
	 */
	public record PlanLineChoice(UUID lineId, String projectName, String serviceContent, Money approved,
			int fiscalYear) {
	}

	@Override
	public Decision mayStartProcurement(UUID lineId, LocalDate on) {
		var line = jdbc.sql("""
				select l.status, p.region_code from budget.plan_line l join budget.plan p on p.id = l.plan_id
				where l.id = :line""").param("line", lineId).query().listOfRows().stream().findFirst();
		if (line.isEmpty() || LineStatus.valueOf((String) line.get().get("status")) != LineStatus.APPROVED) {
			return new Decision(lineId, on, false, null,
					List.of(BudgetRule.WITHIN_BUDGET.violation("该项目没有经批复的预算，不得开展采购")));
		}
		RegionCode region = new RegionCode((String) line.get().get("region_code"));
		IntentionPolicy policy = new IntentionPolicy(parameters.days(region, PolicyParameter.INTENTION_LEAD_DAYS, on));
		var intention = jdbc.sql("select published_at, urgent from budget.intention where line_id = :line")
			.param("line", lineId)
			.query((rs, n) -> Map.entry(rs.getObject("published_at", OffsetDateTime.class), rs.getBoolean("urgent")))
			.optional();
		LocalDate publishedOn = intention.map(found -> found.getKey().atZoneSameInstant(CHINA).toLocalDate())
			.orElse(null);
		boolean urgent = intention.map(Map.Entry::getValue).orElse(false);
		List<RuleViolation> violations = policy.refusal(publishedOn, urgent, on).stream().toList();
		return new Decision(lineId, on, violations.isEmpty(),
				publishedOn == null ? null : urgent ? publishedOn : policy.earliestStart(publishedOn), violations);
	}

	private Intention intention(java.sql.ResultSet rs) throws java.sql.SQLException {
		RegionCode region = new RegionCode(rs.getString("region_code"));
		LocalDate publishedOn = rs.getObject("published_at", OffsetDateTime.class)
			.atZoneSameInstant(CHINA)
			.toLocalDate();
		boolean urgent = rs.getBoolean("urgent");
		int lead = parameters.days(region, PolicyParameter.INTENTION_LEAD_DAYS, publishedOn);
		return new Intention(rs.getObject("id", UUID.class), rs.getObject("line_id", UUID.class),
				rs.getString("unit_name"), region, rs.getString("project_name"), rs.getString("demand_summary"),
				Money.of(rs.getBigDecimal("budget_amount")), rs.getString("expected_month"), urgent,
				rs.getString("urgent_reason"), publishedOn,
				urgent ? publishedOn : new IntentionPolicy(lead).earliestStart(publishedOn));
	}

	private static void validate(Publication publication) {
		if (publication.projectName() == null || publication.projectName().isBlank()) {
			throw new InvalidInputException("projectName", "请填写采购项目名称");
		}
		if (publication.demandSummary() == null || publication.demandSummary().isBlank()) {
			throw new InvalidInputException("demandSummary", "请填写采购需求概况");
		}
		if (publication.demandSummary().length() > 2000) {
			throw new InvalidInputException("demandSummary", "需求概况不超过2000字");
		}
		if (publication.expectedMonth() == null) {
			throw new InvalidInputException("expectedMonth", "请填写预计采购时间（年-月）");
		}
		if (publication.urgent() && (publication.urgentReason() == null || publication.urgentReason().isBlank())) {
			throw new InvalidInputException("urgentReason", "标为紧急采购须说明不可预见的原因");
		}
	}

}
