package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.govbuy.budget.BudgetLines;
import org.govbuy.budget.FundsLedger;
import org.govbuy.budget.ProcurementIntentions;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.procurement.domain.BreachOutcome;
import org.govbuy.procurement.domain.ChallengeDeadlines;
import org.govbuy.procurement.domain.ChallengeOutcome;
import org.govbuy.procurement.domain.DepositPolicy;
import org.govbuy.procurement.domain.FrameworkAgreementPolicy;
import org.govbuy.procurement.domain.NeedsSurveyPolicy;
import org.govbuy.procurement.domain.NoticeContentPolicy;
import org.govbuy.procurement.domain.LegalTimetable;
import org.govbuy.procurement.domain.LowPriceReview;
import org.govbuy.procurement.domain.MethodChoice;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.procurement.domain.PanelPolicy;
import org.govbuy.procurement.domain.PriceScoring;
import org.govbuy.procurement.domain.PriceWeightPolicy;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.procurement.domain.Ranking;
import org.govbuy.procurement.domain.SealedBidBox;
import org.govbuy.procurement.domain.SupplierConditionPolicy;
import org.govbuy.procurement.domain.SupplierCountPolicy;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.provider.ProviderDirectory.ProviderIdentity;
import org.govbuy.provider.ProviderEligibility;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Procurement projects from approved budget lines to award: the lawful method, the legal
 * deadline, bids sealed until it passes, the panel's scores, the ranking, the award and
 * the result notice, and challenges. Each command runs in one transaction with the
 * project row locked and is audited.
 */
@Service
public class Procurements implements org.govbuy.procurement.ProcurementAwards {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Total points of 综合评分法. */
	static final BigDecimal TOTAL_POINTS = BigDecimal.valueOf(100);

	private final JdbcClient jdbc;

	private final BudgetLines lines;

	private final FundsLedger ledger;

	private final ProcurementIntentions intentions;

	private final ProcurementAdvisor advisor;

	private final RegionalParameters parameters;

	private final LegalCalendar calendar;

	private final ProviderDirectory providers;

	private final ProviderEligibility eligibility;

	private final BidKeys bidKeys;

	private final AuditTrail audit;

	private final org.govbuy.platform.Accounts accounts;

	private final Clock clock;

	Procurements(JdbcClient jdbc, BudgetLines lines, FundsLedger ledger, ProcurementIntentions intentions,
			ProcurementAdvisor advisor, RegionalParameters parameters, LegalCalendar calendar,
			ProviderDirectory providers, ProviderEligibility eligibility, BidKeys bidKeys, AuditTrail audit,
			org.govbuy.platform.Accounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.lines = lines;
		this.ledger = ledger;
		this.intentions = intentions;
		this.advisor = advisor;
		this.parameters = parameters;
		this.calendar = calendar;
		this.providers = providers;
		this.eligibility = eligibility;
		this.bidKeys = bidKeys;
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
	}

	// ---- views -----------------------------------------------------------------------

	/**
	 * A project as the pages and the API show it.
	 *
	 * @param id the project
	 * @param planLineId the budget line it reserves from
	 * @param unitId the purchasing unit
	 * @param unitName its name
	 * @param region its region
	 * @param name the project name
	 * @param demand 服务内容及需求
	 * @param serviceStandard 服务标准
	 * @param conditions provider conditions, one per line
	 * @param method the method
	 * @param rationale the published reason for a way outside procurement law
	 * @param budget the budget (reserved)
	 * @param maxPrice the maximum price, if set
	 * @param priceWeight the price's share of the score
	 * @param tradingCenter traded in the public resource trading center
	 * @param status where it stands
	 * @param documentsIssued when the documents were issued
	 * @param responseDeadline the bid deadline
	 * @param winnerBidId the winning bid
	 * @param failureReason why it failed
	 * @param urgent the urgent green channel
	 * @param urgentReason why
	 * @param tradingCenterReference the trading center's project number
	 * @param agreementStart a framework agreement's start
	 * @param agreementEnd its end
	 * @param lowestPrice evaluated by 最低评标价法
	 * @param singleSourceSupplier the supplier a 单一来源 公示 names
	 */
	public record Project(UUID id, UUID planLineId, UUID unitId, String unitName, RegionCode region, String name,
			String demand, String serviceStandard, String conditions, ProcurementMethod method, String rationale,
			Money budget, Money maxPrice, BigDecimal priceWeight, boolean tradingCenter, ProjectStatus status,
			LocalDate documentsIssued, Instant responseDeadline, UUID winnerBidId, String failureReason, boolean urgent,
			String urgentReason, String tradingCenterReference, LocalDate agreementStart, LocalDate agreementEnd,
			boolean lowestPrice, String singleSourceSupplier) {

		public String methodLabel() {
			return method.label();
		}

		public String statusLabel() {
			return status.label();
		}

		public LocalDateTime responseDeadlineLocal() {
			return responseDeadline == null ? null : LocalDateTime.ofInstant(responseDeadline, CHINA);
		}

	}

	/**
	 * A bid as anyone may see it before the deadline: who and when, nothing of its
	 * content. After the report, the scores and rank.
	 */
	public record BidSummary(UUID id, UUID providerId, String providerName, boolean socialOrganization,
			Instant submittedAt, Money price, BigDecimal technicalScore, BigDecimal priceScore, BigDecimal totalScore,
			Integer rank, Boolean compliant, String remarks) {
	}

	/** A bid's content, only after the deadline. */
	public record OpenedBid(UUID id, String providerName, Money price, String proposal) {
	}

	public record Notice(UUID id, UUID projectId, String kind, String title, String body, Instant publishedAt) {

		public LocalDate publishedOn() {
			return LocalDate.ofInstant(publishedAt, CHINA);
		}

	}

	public record Challenge(UUID id, UUID projectId, String providerName, String subject, String content,
			LocalDate filedOn, LocalDate answerDue, String answer, LocalDate answeredOn, String status,
			ChallengeOutcome outcome, String consequence) {
	}

	public record PanelMember(String username, String displayName, boolean expert, boolean declared, int scored) {
	}

	public Project project(UUID id) {
		return jdbc.sql("select * from procurement.project where id = :id")
			.param("id", id)
			.query((rs, n) -> new Project(rs.getObject("id", UUID.class), rs.getObject("plan_line_id", UUID.class),
					rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
					new RegionCode(rs.getString("region_code")), rs.getString("name"), rs.getString("demand"),
					rs.getString("service_standard"), rs.getString("conditions"),
					ProcurementMethod.valueOf(rs.getString("method")), rs.getString("rationale"),
					Money.of(rs.getBigDecimal("budget")),
					rs.getBigDecimal("max_price") == null ? null : Money.of(rs.getBigDecimal("max_price")),
					rs.getBigDecimal("price_weight"), rs.getBoolean("trading_center"),
					ProjectStatus.valueOf(rs.getString("status")), rs.getObject("documents_issued", LocalDate.class),
					rs.getObject("response_deadline", OffsetDateTime.class) == null ? null
							: rs.getObject("response_deadline", OffsetDateTime.class).toInstant(),
					rs.getObject("winner_bid_id", UUID.class), rs.getString("failure_reason"), rs.getBoolean("urgent"),
					rs.getString("urgent_reason"), rs.getString("trading_center_ref"),
					rs.getObject("agreement_start", LocalDate.class), rs.getObject("agreement_end", LocalDate.class),
					"LOWEST_PRICE".equals(rs.getString("evaluation_method")), rs.getString("single_source_supplier")))
			.optional()
			.orElseThrow(() -> new NotFoundException("采购项目不存在"));
	}

	/**
	 * The project if the user may see it: its unit, finance and supervisors of the
	 * region, panel members, and providers once it is announced.
	 */
	public Project visible(UUID id) {
		Project project = project(id);
		CurrentUser user = CurrentUser.require();
		boolean allowed = user.scope().permits(project.unitId(), project.region())
				|| user.hasRole(Role.EXPERT) && onPanel(id, user.username())
				|| user.hasRole(Role.PROVIDER) && project.status() != ProjectStatus.DRAFT;
		if (!allowed) {
			throw new NotFoundException("采购项目不存在");
		}
		return project;
	}

	public List<Project> list(CurrentUser user) {
		String where;
		Map<String, Object> params = new HashMap<>();
		if (user.hasRole(Role.EXPERT)) {
			where = "id in (select project_id from procurement.panel_member where username = :username)";
			params.put("username", user.username());
		}
		else if (user.hasRole(Role.PROVIDER)) {
			where = "status <> 'DRAFT'";
		}
		else {
			where = "region_code like :pattern and (cast(:org as uuid) is null or unit_id = :org)";
			params.put("pattern", user.scope().regionPattern());
			params.put("org", user.scope().organizationFilter());
		}
		return jdbc.sql("select id from procurement.project where " + where + " order by created_at desc")
			.params(params)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::project)
			.toList();
	}

	/**
	 * Bids without their content; scores and ranks once the report is out. Before the
	 * response deadline nobody learns who has bid or how many (a provider sees only its
	 * own bid): the purchaser, finance, supervisors and administrators get an empty list.
	 */
	public List<BidSummary> bids(UUID projectId) {
		Project project = visible(projectId);
		CurrentUser user = CurrentUser.require();
		boolean sealed = project.responseDeadline() == null || clock.instant().isBefore(project.responseDeadline());
		if (sealed && !user.hasRole(Role.PROVIDER)) {
			return List.of();
		}
		boolean reported = project.status() == ProjectStatus.EVALUATED || project.status() == ProjectStatus.AWARDED
				|| project.status() == ProjectStatus.FAILED;
		return jdbc
			.sql("select * from procurement.bid where project_id = :project order by coalesce(rank, 999), submitted_at")
			.param("project", projectId)
			.query((rs, n) -> new BidSummary(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
					rs.getString("provider_name"), rs.getBoolean("social_org"),
					rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
					reported && rs.getBigDecimal("price") != null ? Money.of(rs.getBigDecimal("price")) : null,
					reported ? rs.getBigDecimal("technical_score") : null,
					reported ? rs.getBigDecimal("price_score") : null,
					reported ? rs.getBigDecimal("total_score") : null, reported ? (Integer) rs.getObject("rank") : null,
					reported ? (Boolean) rs.getObject("compliant") : null, reported ? rs.getString("remarks") : null))
			.list()
			.stream()
			.filter(bid -> !user.hasRole(Role.PROVIDER) || ownBid(user, bid.providerId()) || reported && !sealed)
			.toList();
	}

	/**
	 * The bids' contents: only at or after the deadline, and only for the purchasing unit
	 * and the panel. Before it every caller gets the sealed-box refusal.
	 */
	public List<OpenedBid> open(UUID projectId) {
		Project project = visible(projectId);
		CurrentUser user = CurrentUser.require();
		boolean ownUnit = project.unitId().equals(user.organizationId());
		boolean panel = onPanel(projectId, user.username());
		if (project.responseDeadline() == null) {
			throw new InvalidInputException("status", "尚未发布采购公告，没有投标（响应）文件");
		}
		if (clock.instant().isBefore(project.responseDeadline())) {
			audit.record("procurement.bids.refused", "Project", projectId, null, Map.of("user", user.username()));
			throw new AccessDeniedException(
					"响应截止时间（" + project.responseDeadlineLocal().toString().replace('T', ' ') + "）之前，任何人不得查看投标（响应）文件");
		}
		if (!ownUnit && !panel) {
			throw new AccessDeniedException("只有采购人和评审小组成员可以查看投标（响应）文件");
		}
		SealedBidBox box = bidKeys.boxFor(projectId);
		return jdbc.sql(
				"select id, provider_name, sealed from procurement.bid where project_id = :project order by submitted_at")
			.param("project", projectId)
			.query((rs, n) -> {
				UUID bidId = rs.getObject("id", UUID.class);
				String[] content = new String(
						box.open(projectId, bidId, rs.getBytes("sealed"), project.responseDeadline(), clock.instant()),
						StandardCharsets.UTF_8)
					.split("\n", 2);
				return new OpenedBid(bidId, rs.getString("provider_name"), Money.of(content[0]),
						content.length > 1 ? content[1] : "");
			})
			.list();
	}

	public List<PanelMember> panel(UUID projectId) {
		return jdbc.sql("""
				select m.*, (select count(*) from procurement.score s join procurement.bid b on b.id = s.bid_id
				  where b.project_id = m.project_id and s.username = m.username) as scored
				from procurement.panel_member m where project_id = :project order by display_name""")
			.param("project", projectId)
			.query((rs, n) -> new PanelMember(rs.getString("username"), rs.getString("display_name"),
					rs.getBoolean("expert"), rs.getObject("declared_at") != null, rs.getInt("scored")))
			.list();
	}

	public List<Notice> notices(UUID projectId) {
		return jdbc.sql(
				"select * from procurement.notice where (cast(:project as uuid) is null or project_id = :project) order by published_at desc")
			.param("project", projectId)
			.query((rs, n) -> new Notice(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getString("kind"), rs.getString("title"), rs.getString("body"),
					rs.getObject("published_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public List<Challenge> challenges(UUID projectId) {
		Project project = visible(projectId);
		CurrentUser user = CurrentUser.require();
		ChallengeDeadlines deadlines = new ChallengeDeadlines(calendar.calendar());
		return jdbc.sql("select * from procurement.challenge where project_id = :project order by filed_at")
			.param("project", project.id())
			.query((rs, n) -> Map.entry(rs.getObject("provider_id", UUID.class),
					new Challenge(rs.getObject("id", UUID.class), project.id(), rs.getString("provider_name"),
							rs.getString("subject"), rs.getString("content"), rs.getObject("filed_on", LocalDate.class),
							deadlines.answerDeadline(rs.getObject("filed_on", LocalDate.class)), rs.getString("answer"),
							rs.getObject("answered_on", LocalDate.class), rs.getString("status"),
							rs.getString("outcome") == null ? null : ChallengeOutcome.valueOf(rs.getString("outcome")),
							rs.getString("consequence"))))
			.list()
			.stream()
			.filter(entry -> !user.hasRole(Role.PROVIDER) || ownBid(user, entry.getKey()))
			.map(Map.Entry::getValue)
			.toList();
	}

	// ---- the purchasing unit
	// -----------------------------------------------------------

	/**
	 * What a purchasing unit enters to start a procurement.
	 *
	 * @param planLineId the approved budget line
	 * @param name project name
	 * @param demand 服务内容及需求
	 * @param serviceStandard 服务标准
	 * @param conditions provider conditions, one per line
	 * @param method the method
	 * @param grounds the legal grounds for a method other than open tender
	 * @param approvals approvals on file for departing from open tender
	 * @param rationale the published reason for a way outside procurement law
	 * @param budget the amount to reserve
	 * @param maxPrice the maximum price (optional)
	 * @param priceWeight price's share of the score, e.g. 0.30
	 */
	public record NewProject(UUID planLineId, String name, String demand, String serviceStandard, String conditions,
			ProcurementMethod method, Set<MethodGround> grounds, MethodChoice.Approvals approvals, String rationale,
			Money budget, Money maxPrice, BigDecimal priceWeight, Safeguards safeguards) {

		public NewProject {
			safeguards = safeguards == null ? Safeguards.NONE : safeguards;
		}

	}

	/**
	 * What the rules around the method need to know.
	 *
	 * @param deposit the bid deposit the documents require (null: none)
	 * @param depositForm how it is paid
	 * @param publicServiceToThePublic a public service to the public (needs survey, E2)
	 * @param technicallyComplex technically complex (needs survey, E2)
	 * @param surveyParties parties asked in the needs survey
	 * @param surveySummary what the survey found
	 * @param urgent the urgent green channel (seed 004)
	 * @param urgentReason why it is urgent
	 * @param urgentApprovedBy who approved the green channel
	 * @param lowestPrice evaluate by 最低评标价法 instead of 综合评分法 (条例34: technically standard
	 * services)
	 */
	public record Safeguards(Money deposit, DepositPolicy.Form depositForm, boolean publicServiceToThePublic,
			boolean technicallyComplex, int surveyParties, String surveySummary, boolean urgent, String urgentReason,
			String urgentApprovedBy, boolean lowestPrice) {

		public static final Safeguards NONE = new Safeguards(null, null, false, false, 0, null, false, null, null,
				false);

	}

	private org.govbuy.catalog.NegativeListCheck negativeList;

	/**
	 * The negative-list screening (issue 17), the same one plan lines and contracts use.
	 */
	@org.springframework.beans.factory.annotation.Autowired
	void screening(org.govbuy.catalog.NegativeListCheck negativeList) {
		this.negativeList = negativeList;
	}

	/**
	 * Starts a procurement from an approved line: budget approved and intention public
	 * long enough (BL-13, CK2020-10), a lawful method (D1–D4), lawful provider conditions
	 * (A4) and price weight (F1); then reserves the budget on the line.
	 */
	@Transactional
	public Project create(NewProject form) {
		CurrentUser user = requirePurchaser();
		if (form.planLineId() == null) {
			throw new InvalidInputException("planLineId", "请选择已批复的预算项目");
		}
		BudgetLines.ApprovedLine line = lines.approved(form.planLineId())
			.filter(found -> found.unitId().equals(user.organizationId()))
			.orElseThrow(() -> new InvalidInputException("planLineId", "该预算项目不存在、未批复或不属于本单位"));
		validate(form);
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		List<RuleViolation> violations = new ArrayList<>(
				intentions.mayStartProcurement(line.lineId(), today).violations());
		ProcurementAdvisor.MethodAdvice advice = advisor
			.advise(new ProcurementAdvisor.MethodQuestion(line.region(), form.budget(), form.method(), line.pinmuCode(),
					true, form.grounds(), form.approvals(), today, form.rationale()));
		violations.addAll(advice.violations());
		// Issue 17: what the procurement buys passes the negative-list screening again.
		if (negativeList != null) {
			org.govbuy.catalog.NegativeListDecision screening = negativeList
				.check(org.govbuy.catalog.PurchaseDescription.of(form.name(),
						form.demand() + " " + (form.serviceStandard() == null ? "" : form.serviceStandard())));
			violations.addAll(screening.refused() ? screening.violations() : List.of());
		}
		if (!form.safeguards().lowestPrice()) {
			new PriceWeightPolicy().check(form.method(), form.priceWeight()).ifPresent(violations::add);
		}
		violations.addAll(new SupplierConditionPolicy().check(conditionList(form.conditions())));
		if (form.budget().isGreaterThan(line.funds().available())) {
			violations.add(org.govbuy.budget.BudgetRule.WITHIN_BUDGET
				.violation("采购预算" + form.budget().format() + "超过该预算项目可用余额" + line.funds().available().format()));
		}
		Safeguards safeguards = form.safeguards();
		if (safeguards.deposit() != null && safeguards.deposit().isPositive()) {
			violations.addAll(new DepositPolicy().check(safeguards.deposit(), form.budget(),
					parameters.rate(line.region(), PolicyParameter.BID_DEPOSIT_MAX_RATE, today),
					safeguards.depositForm() == null ? DepositPolicy.Form.GUARANTEE : safeguards.depositForm()));
		}
		NeedsSurveyPolicy survey = new NeedsSurveyPolicy();
		survey
			.check(survey.required(form.budget(),
					parameters.money(line.region(), PolicyParameter.LARGE_PROJECT_THRESHOLD, today),
					safeguards.publicServiceToThePublic(), safeguards.technicallyComplex()), safeguards.surveyParties())
			.ifPresent(violations::add);
		if (safeguards.urgent() && (blank(safeguards.urgentReason()) || blank(safeguards.urgentApprovedBy()))) {
			throw new InvalidInputException("urgentReason", "紧急采购（绿色通道）须填写紧急原因和批准人");
		}
		if (form.maxPrice() != null && form.maxPrice().isGreaterThan(form.budget())) {
			violations.add(ProcurementRule.DISCLOSE_BUDGET.violation("最高限价不得高于采购预算"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into procurement.project (id, plan_line_id, unit_id, unit_name, region_code, name, demand,
						  service_standard, conditions, method, grounds, rationale, budget, max_price, price_weight, trading_center,
						  prefer_social, status, created_by, created_at, deposit, deposit_form, public_service, technically_complex,
						  survey_parties, survey_summary, urgent, urgent_reason, urgent_approved_by, evaluation_method)
						values (:id, :line, :unit, :unitName, :region, :name, :demand, :standard, :conditions, :method, :grounds,
						  :rationale, :budget, :maxPrice, :weight, :center, true, 'DRAFT', :by, :now, :deposit, :depositForm,
						  :publicService, :complex, :surveyParties, :surveySummary, :urgent, :urgentReason, :urgentApprovedBy, :evaluation)""")
			.param("deposit", safeguards.deposit() == null ? null : safeguards.deposit().amount())
			.param("evaluation", safeguards.lowestPrice() ? "LOWEST_PRICE" : "COMPREHENSIVE")
			.param("depositForm", safeguards.depositForm() == null ? null : safeguards.depositForm().name())
			.param("publicService", safeguards.publicServiceToThePublic())
			.param("complex", safeguards.technicallyComplex())
			.param("surveyParties", safeguards.surveyParties())
			.param("surveySummary", safeguards.surveySummary())
			.param("urgent", safeguards.urgent())
			.param("urgentReason", safeguards.urgent() ? safeguards.urgentReason() : null)
			.param("urgentApprovedBy", safeguards.urgent() ? safeguards.urgentApprovedBy() : null)
			.param("id", id)
			.param("line", line.lineId())
			.param("unit", line.unitId())
			.param("unitName", line.unitName())
			.param("region", line.region().value())
			.param("name", form.name().strip())
			.param("demand", form.demand().strip())
			.param("standard", form.serviceStandard())
			.param("conditions", form.conditions())
			.param("method", form.method().name())
			.param("grounds",
					form.grounds() == null ? null : String.join(",", form.grounds().stream().map(Enum::name).toList()))
			.param("rationale", form.rationale())
			.param("budget", form.budget().amount())
			.param("maxPrice", form.maxPrice() == null ? null : form.maxPrice().amount())
			.param("weight", form.priceWeight())
			.param("center", advice.tradingCenter())
			.param("by", user.username())
			.param("now", now())
			.update();
		ledger.reserve(line.lineId(), form.budget(), "采购项目：" + form.name().strip(), "procurement-" + id);
		audit.record("procurement.create", "Project", id, null, Map.of("line", line.lineId().toString(), "method",
				form.method().name(), "budget", form.budget().toString()));
		return project(id);
	}

	/**
	 * Publishes the procurement notice with the documents issued on a date and the
	 * response deadline; refuses a deadline earlier than the law allows (法35, 74令 §29,
	 * 214号 §10) with the earliest lawful one.
	 */
	@Transactional
	public Project announce(UUID projectId, LocalDate documentsIssued, LocalDateTime responseDeadline) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		project.status().require("发布采购公告", ProjectStatus.DRAFT);
		if (project.method() == ProcurementMethod.SINGLE_SOURCE && project.budget()
			.isAtLeast(parameters.money(project.region(), PolicyParameter.OPEN_TENDER_THRESHOLD, today()))) {
			throw new RuleViolationException(
					ProcurementRule.SINGLE_SOURCE_NOTICE.violation("本项目达到公开招标数额标准，须先发布单一来源采购公示（不少于5个工作日）"));
		}
		if (documentsIssued == null || responseDeadline == null) {
			throw new InvalidInputException("responseDeadline", "请填写采购文件发出日期和响应截止时间");
		}
		if (documentsIssued.isBefore(LocalDate.now(clock.withZone(CHINA)))) {
			throw new InvalidInputException("documentsIssued", "采购文件发出日期不能早于今天");
		}
		LegalTimetable timetable = new LegalTimetable(calendar.calendar());
		timetable.checkResponseDeadline(project.method(), documentsIssued, responseDeadline.toLocalDate())
			.ifPresent(violation -> {
				throw new RuleViolationException(violation);
			});
		Instant deadline = responseDeadline.atZone(CHINA).toInstant();
		jdbc.sql(
				"""
						update procurement.project set status = 'ANNOUNCED', documents_issued = :issued, response_deadline = :deadline,
						  announced_at = :now, version = version + 1 where id = :id""")
			.param("issued", documentsIssued)
			.param("deadline", OffsetDateTime.ofInstant(deadline, ZoneOffset.UTC))
			.param("now", now())
			.param("id", projectId)
			.update();
		notice(projectId, "PROCUREMENT", project.unitName() + " " + project.name() + " " + project.methodLabel() + "公告",
				procurementNoticeBody(project, documentsIssued, responseDeadline));
		audit.record("procurement.announce", "Project", projectId, Map.of("status", "DRAFT"),
				Map.of("status", "ANNOUNCED", "deadline", responseDeadline.toString()));
		return project(projectId);
	}

	/**
	 * What a 单一来源 公示 states (74令 §38).
	 *
	 * @param supplier the proposed only supplier
	 * @param supplierAddress its address
	 * @param reason why only it can provide the service
	 * @param opinions the experts' opinions with names, employers and titles
	 */
	public record SingleSource(String supplier, String supplierAddress, String reason,
			List<NoticeContentPolicy.ExpertOpinion> opinions) {
	}

	/**
	 * Publishes the 单一来源 公示 for at least 5 working days (条例38); its content is checked
	 * (MOF74-38), and only the named supplier may respond.
	 */
	@Transactional
	public Project announceSingleSource(UUID projectId, SingleSource details) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		project.status().require("发布单一来源公示", ProjectStatus.DRAFT);
		if (project.method() != ProcurementMethod.SINGLE_SOURCE) {
			throw new InvalidInputException("method", "只有单一来源采购发布单一来源公示");
		}
		List<RuleViolation> violations = new NoticeContentPolicy()
			.check(new NoticeContentPolicy.SingleSourceNotice(project.unitName(), project.name(), project.demand(),
					details.reason(), details.supplier(), details.supplierAddress(), details.opinions()));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		LocalDate end = new LegalTimetable(calendar.calendar()).singleSourceNoticeEnd(today());
		LocalDateTime deadline = end.atTime(17, 0);
		jdbc.sql(
				"""
						update procurement.project set status = 'ANNOUNCED', documents_issued = :issued, response_deadline = :deadline,
						  announced_at = :now, single_source_supplier = :supplier, version = version + 1 where id = :id""")
			.param("issued", today())
			.param("deadline", OffsetDateTime.ofInstant(deadline.atZone(CHINA).toInstant(), ZoneOffset.UTC))
			.param("now", now())
			.param("supplier", details.supplier().strip())
			.param("id", projectId)
			.update();
		StringBuilder opinions = new StringBuilder();
		for (NoticeContentPolicy.ExpertOpinion opinion : details.opinions()) {
			opinions.append("\n    ")
				.append(opinion.name())
				.append("（")
				.append(opinion.employer())
				.append("，")
				.append(opinion.title())
				.append("）：")
				.append(opinion.opinion());
		}
		notice(projectId, "SINGLE_SOURCE", project.unitName() + " " + project.name() + " 单一来源采购公示",
				"""
						一、采购人：%s
						二、项目名称：%s
						三、拟采购的服务：%s
						四、采用单一来源采购方式的原因：%s
						五、拟定的唯一供应商：%s（地址：%s）
						六、专业人员论证意见：%s
						七、公示期限：%s 至 %s（不少于5个工作日）。对公示内容有异议的，请在公示期内以书面形式向采购人和财政部门反映。""".formatted(project.unitName(),
						project.name(), project.demand(), details.reason().strip(), details.supplier().strip(),
						details.supplierAddress().strip(), opinions, today(), end));
		audit.record("procurement.single-source", "Project", projectId, Map.of("status", "DRAFT"),
				Map.of("status", "ANNOUNCED", "supplier", details.supplier()));
		return project(projectId);
	}

	/**
	 * Forms the panel after the deadline and opens the evaluation: size and expert share
	 * per 87令 §47 / 74令 §7 (MOF87-47).
	 */
	@Transactional
	public Project startEvaluation(UUID projectId, List<String> members) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		project.status().require("组织评审", ProjectStatus.ANNOUNCED);
		if (clock.instant().isBefore(project.responseDeadline())) {
			throw new InvalidInputException("status", "响应截止时间（" + project.responseDeadlineLocal() + "）之前不能组织评审");
		}
		List<PanelMember> panel = new ArrayList<>();
		for (String username : members == null ? List.<String>of() : members.stream().distinct().toList()) {
			var row = accounts.find(username)
				.map(account -> new PanelMember(account.username(), account.displayName(),
						account.roles().contains(Role.EXPERT), false, 0))
				.orElseThrow(() -> new InvalidInputException("members", "评审成员“" + username + "”不存在"));
			panel.add(row);
		}
		int experts = (int) panel.stream().filter(PanelMember::expert).count();
		List<RuleViolation> violations = new PanelPolicy().check(project.method(), panel.size(), experts,
				project.budget(),
				new PanelPolicy.Thresholds(
						parameters.money(project.region(), PolicyParameter.OPEN_TENDER_THRESHOLD, today()),
						parameters.money(project.region(), PolicyParameter.LARGE_PROJECT_THRESHOLD, today())),
				false);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		for (PanelMember member : panel) {
			jdbc.sql("""
					insert into procurement.panel_member (project_id, username, display_name, expert)
					values (:project, :username, :name, :expert)""")
				.param("project", projectId)
				.param("username", member.username())
				.param("name", member.displayName())
				.param("expert", member.expert())
				.update();
		}
		jdbc.sql("update procurement.project set status = 'EVALUATING', version = version + 1 where id = :id")
			.param("id", projectId)
			.update();
		int bids = jdbc.sql("select count(*) from procurement.bid where project_id = :id")
			.param("id", projectId)
			.query(Integer.class)
			.single();
		audit.record("procurement.panel", "Project", projectId, null,
				Map.of("members", panel.stream().map(PanelMember::username).toList(), "bids", bids));
		return project(projectId);
	}

	/**
	 * The evaluation report once every member has scored every bid: price scores on the
	 * lowest valid price, totals, abnormally low prices marked, ranking with the
	 * social-organization preference; too few compliant suppliers end the procurement.
	 */
	@Transactional
	public Project report(UUID projectId) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		project.status().require("形成评审报告", ProjectStatus.EVALUATING);
		List<PanelMember> panel = panel(projectId);
		List<OpenedBid> opened = open(projectId);
		for (PanelMember member : panel) {
			if (project.lowestPrice() && !member.declared()) {
				throw new InvalidInputException("declarations", "评审成员" + member.displayName() + "尚未签署回避声明");
			}
			if (!project.lowestPrice() && member.scored() < opened.size()) {
				throw new InvalidInputException("scores", "评审成员" + member.displayName() + "尚未完成全部评分");
			}
		}
		Money cap = project.maxPrice() != null ? project.maxPrice() : project.budget();
		List<OpenedBid> compliant = opened.stream().filter(bid -> !bid.price().isGreaterThan(cap)).toList();
		SupplierCountPolicy.Outcome outcome = new SupplierCountPolicy().afterReview(project.method(), compliant.size());
		Map<UUID, String> remarks = new LinkedHashMap<>();
		opened.stream()
			.filter(bid -> bid.price().isGreaterThan(cap))
			.forEach(bid -> remarks.put(bid.id(), "报价超过" + (project.maxPrice() != null ? "最高限价" : "采购预算") + "，为无效响应"));
		if (!outcome.proceeds()) {
			fail(project, outcome.ended().map(RuleViolation::message).orElse("符合要求的供应商不足"));
			storeRemarks(remarks);
			return project(projectId);
		}
		Money lowest = compliant.stream().map(OpenedBid::price).min(Money::compareTo).orElseThrow();
		BigDecimal pricePoints = TOTAL_POINTS.multiply(project.priceWeight());
		PriceScoring scoring = new PriceScoring();
		LowPriceReview lowPrice = new LowPriceReview();
		List<Ranking.ScoredBid> scored = new ArrayList<>();
		Map<UUID, BigDecimal[]> points = new HashMap<>();
		for (OpenedBid bid : compliant) {
			if (project.lowestPrice()) {
				// 最低评标价法: the lowest compliant price ranks first; no points.
				BigDecimal zero = BigDecimal.ZERO.setScale(2);
				points.put(bid.id(), new BigDecimal[] { null, null, null });
				boolean social = jdbc.sql("select social_org from procurement.bid where id = :id")
					.param("id", bid.id())
					.query(Boolean.class)
					.single();
				scored.add(new Ranking.ScoredBid(bid.id(), bid.providerName(), zero.subtract(bid.price().amount()),
						bid.price(), social));
				continue;
			}
			BigDecimal technical = jdbc.sql("select avg(technical) from procurement.score where bid_id = :bid")
				.param("bid", bid.id())
				.query(BigDecimal.class)
				.single()
				.setScale(2, RoundingMode.HALF_UP);
			BigDecimal priceScore = scoring.score(bid.price(), lowest, pricePoints);
			BigDecimal total = technical.add(priceScore);
			points.put(bid.id(), new BigDecimal[] { technical, priceScore, total });
			var reasons = lowPrice.triggered(bid.price(), compliant.stream().map(OpenedBid::price).toList(), cap,
					LowPriceReview.Triggers.DEFAULT);
			if (!reasons.isEmpty()) {
				remarks.put(bid.id(),
						"报价明显低于其他报价（" + String.join("、", reasons.stream().map(LowPriceReview.Reason::label).toList())
								+ "），评审小组应要求其说明合理性");
			}
			boolean social = jdbc.sql("select social_org from procurement.bid where id = :id")
				.param("id", bid.id())
				.query(Boolean.class)
				.single();
			scored.add(new Ranking.ScoredBid(bid.id(), bid.providerName(), total, bid.price(), social));
		}
		boolean preferSocial = parameters.switchedOn(project.region(), PolicyParameter.PREFER_SOCIAL_ORGANIZATIONS,
				today());
		for (Ranking.Ranked ranked : new Ranking().rank(scored, preferSocial)) {
			BigDecimal[] p = points.get(ranked.bid().bidId());
			jdbc.sql("""
					update procurement.bid set price = :price, technical_score = :technical, price_score = :priceScore,
					  total_score = :total, rank = :rank, compliant = true where id = :id""")
				.param("price", ranked.bid().price().amount())
				.param("technical", p[0])
				.param("priceScore", p[1])
				.param("total", p[2])
				.param("rank", ranked.rank())
				.param("id", ranked.bid().bidId())
				.update();
			if (ranked.preferredAsSocialOrganization()) {
				remarks.merge(ranked.bid().bidId(), "得分相同，按同等条件下优先向社会组织购买排序（博财采〔2022〕19号）", (a, b) -> a + "；" + b);
			}
		}
		for (OpenedBid bid : opened) {
			if (bid.price().isGreaterThan(cap)) {
				jdbc.sql("update procurement.bid set price = :price, compliant = false where id = :id")
					.param("price", bid.price().amount())
					.param("id", bid.id())
					.update();
			}
		}
		storeRemarks(remarks);
		jdbc.sql(
				"update procurement.project set status = 'EVALUATED', evaluated_at = :now, version = version + 1 where id = :id")
			.param("now", now())
			.param("id", projectId)
			.update();
		audit.record("procurement.report", "Project", projectId, Map.of("status", "EVALUATING"),
				Map.of("status", "EVALUATED"));
		return project(projectId);
	}

	/**
	 * Confirms the winner — the first-ranked bid unless the purchaser gives a reason —
	 * after checking again that the provider may be awarded; publishes the result notice.
	 */
	@Transactional
	public Project award(UUID projectId, UUID bidId, String reason) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		project.status().require("确定成交供应商", ProjectStatus.EVALUATED);
		if (project.method() == ProcurementMethod.FRAMEWORK_AGREEMENT) {
			throw new InvalidInputException("method", "框架协议采购请确定入围供应商，而不是单一成交供应商");
		}
		var bid = jdbc.sql(
				"select provider_id, provider_name, rank, price, compliant from procurement.bid where id = :id and project_id = :project")
			.param("id", bidId)
			.param("project", projectId)
			.query((rs,
					n) -> new Object[] { rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
							rs.getObject("rank"), rs.getBigDecimal("price"), rs.getObject("compliant") })
			.optional()
			.orElseThrow(() -> new NotFoundException("投标不存在"));
		if (!Boolean.TRUE.equals(bid[4])) {
			throw new InvalidInputException("bid", "无效响应不能确定为成交供应商");
		}
		if (!Integer.valueOf(1).equals(bid[2]) && (reason == null || reason.isBlank())) {
			throw new RuleViolationException(
					ProcurementRule.AWARD_TIME_LIMITS.violation("拟确定的是排名第" + bid[2] + "的供应商，须说明理由"));
		}
		ProviderEligibility.Decision decision = eligibility.check((UUID) bid[0], today());
		if (!decision.eligible()) {
			throw new RuleViolationException(decision.violations());
		}
		jdbc.sql("""
				update procurement.project set status = 'AWARDED', winner_bid_id = :bid, awarded_at = :now,
				  version = version + 1 where id = :id""")
			.param("bid", bidId)
			.param("now", now())
			.param("id", projectId)
			.update();
		Money price = Money.of((BigDecimal) bid[3]);
		notice(projectId, "RESULT", project.unitName() + " " + project.name() + " 结果公告",
				"""
						一、采购人：%s
						二、项目名称：%s
						三、采购方式：%s
						四、成交供应商：%s
						五、成交金额：%s（%s）
						六、服务内容：%s
						七、评审专家：%s
						八、公告期限：自本公告发布之日起1个工作日。
						九、对成交结果有异议的，参加本项目的供应商可在公告期限届满之日起7个工作日内以书面形式提出质疑。""".formatted(project.unitName(),
						project.name(), project.methodLabel(), bid[1], price.format(), price.toChineseUppercase(),
						project.demand(), panelNames(projectId)));
		audit.record("procurement.award", "Project", projectId, Map.of("status", "EVALUATED"),
				Map.of("status", "AWARDED", "winner", bid[1], "price", price.toString()));
		return project(projectId);
	}

	/**
	 * A framework agreement's 入围: the purchaser admits compliant bids for an agreement of
	 * at most two years; where service recipients choose, at least two (MOF110-FA).
	 */
	@Transactional
	public Project admit(UUID projectId, List<UUID> bidIds, LocalDate start, LocalDate end) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		project.status().require("确定入围供应商", ProjectStatus.EVALUATED);
		if (project.method() != ProcurementMethod.FRAMEWORK_AGREEMENT) {
			throw new InvalidInputException("method", "只有框架协议采购确定入围供应商");
		}
		if (start == null || end == null || end.isBefore(start)) {
			throw new InvalidInputException("agreement", "请填写框架协议的起止日期");
		}
		List<UUID> chosen = bidIds == null ? List.of() : bidIds.stream().distinct().toList();
		List<String> names = new ArrayList<>();
		for (UUID bid : chosen) {
			names.add(jdbc
				.sql("select provider_name from procurement.bid where id = :id and project_id = :project and compliant")
				.param("id", bid)
				.param("project", projectId)
				.query(String.class)
				.optional()
				.orElseThrow(() -> new InvalidInputException("bids", "只能从有效响应中确定入围供应商")));
		}
		List<RuleViolation> violations = new FrameworkAgreementPolicy().checkAgreement(start, end, chosen.size(),
				recipientsChoose(projectId));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		chosen.forEach(bid -> jdbc.sql("insert into procurement.admitted (project_id, bid_id) values (:project, :bid)")
			.param("project", projectId)
			.param("bid", bid)
			.update());
		jdbc.sql("""
				update procurement.project set status = 'AWARDED', awarded_at = :now, agreement_start = :start,
				  agreement_end = :end, version = version + 1 where id = :id""")
			.param("now", now())
			.param("start", start)
			.param("end", end)
			.param("id", projectId)
			.update();
		notice(projectId, "RESULT", project.unitName() + " " + project.name() + " 入围结果公告", """
				一、采购人：%s
				二、项目名称：%s
				三、采购方式：框架协议采购
				四、入围供应商：%s
				五、框架协议期限：%s 至 %s
				六、服务对象在入围供应商中自主选择，采购人按订单支付。""".formatted(project.unitName(), project.name(), String.join("、", names),
				start, end));
		audit.record("procurement.admit", "Project", projectId, Map.of("status", "EVALUATED"),
				Map.of("status", "AWARDED", "admitted", names));
		return project(projectId);
	}

	/**
	 * An order under a framework agreement: the recipient picks one of at least two
	 * admitted providers, within what the agreement has left.
	 */
	@Transactional
	public UUID order(UUID projectId, String recipient, String description, Money amount, UUID chosenBidId) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		project.status().require("下达订单", ProjectStatus.AWARDED);
		if (project.method() != ProcurementMethod.FRAMEWORK_AGREEMENT) {
			throw new InvalidInputException("method", "只有框架协议采购可以下达订单");
		}
		if (blank(recipient) || blank(description) || amount == null || !amount.isPositive()) {
			throw new InvalidInputException("order", "请填写服务对象、服务内容和大于0的金额");
		}
		List<UUID> admitted = jdbc.sql("select bid_id from procurement.admitted where project_id = :project")
			.param("project", projectId)
			.query(UUID.class)
			.list();
		List<RuleViolation> violations = new FrameworkAgreementPolicy().checkOrder(admitted.size(),
				admitted.contains(chosenBidId));
		Money ordered = Money
			.of(jdbc.sql("select coalesce(sum(amount), 0) from procurement.framework_order where project_id = :project")
				.param("project", projectId)
				.query(BigDecimal.class)
				.single());
		if (ordered.plus(amount).isGreaterThan(project.budget())) {
			violations.add(org.govbuy.budget.BudgetRule.WITHIN_BUDGET
				.violation("订单累计" + ordered.plus(amount).format() + "超过框架协议采购预算" + project.budget().format()));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into procurement.framework_order (id, project_id, recipient, description, amount, offered, chosen_bid_id,
						  ordered_by, ordered_at)
						values (:id, :project, :recipient, :description, :amount, :offered, :bid, :by, :now)""")
			.param("id", id)
			.param("project", projectId)
			.param("recipient", recipient.strip())
			.param("description", description.strip())
			.param("amount", amount.amount())
			.param("offered", admitted.size())
			.param("bid", chosenBidId)
			.param("by", user.username())
			.param("now", now())
			.update();
		audit.record("procurement.order", "FrameworkOrder", id, null,
				Map.of("project", projectId.toString(), "recipient", recipient, "amount", amount.toString()));
		return id;
	}

	/**
	 * A framework order.
	 *
	 * @param id the order
	 * @param recipient the service recipient who chose
	 * @param description what is ordered
	 * @param amount its amount
	 * @param offered how many admitted providers were offered
	 * @param providerName the provider chosen
	 */
	public record Order(UUID id, String recipient, String description, Money amount, int offered, String providerName) {
	}

	public List<Order> orders(UUID projectId) {
		visible(projectId);
		return jdbc
			.sql("""
					select o.*, b.provider_name from procurement.framework_order o join procurement.bid b on b.id = o.chosen_bid_id
					where o.project_id = :project order by o.ordered_at""")
			.param("project", projectId)
			.query((rs, n) -> new Order(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("description"), Money.of(rs.getBigDecimal("amount")), rs.getInt("offered"),
					rs.getString("provider_name")))
			.list();
	}

	/** The admitted bids of a framework agreement. */
	public List<UUID> admitted(UUID projectId) {
		return jdbc.sql("select bid_id from procurement.admitted where project_id = :project")
			.param("project", projectId)
			.query(UUID.class)
			.list();
	}

	/**
	 * Records the public resource trading center's reference of a project traded there.
	 */
	@Transactional
	public Project recordTradingCenterReference(UUID projectId, String reference) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		if (!project.tradingCenter()) {
			throw new InvalidInputException("reference", "本项目不进入公共资源交易中心交易");
		}
		if (blank(reference) || reference.length() > 100) {
			throw new InvalidInputException("reference", "请填写交易中心项目编号（不超过100字）");
		}
		jdbc.sql("update procurement.project set trading_center_ref = :ref where id = :id")
			.param("ref", reference.strip())
			.param("id", projectId)
			.update();
		audit.record("procurement.trading-center", "Project", projectId, null, Map.of("reference", reference.strip()));
		return project(projectId);
	}

	/** Urgent (green channel) projects in the user's scope, for finance (seed 004). */
	public List<Project> urgent(CurrentUser user) {
		return list(user).stream().filter(project -> isUrgent(project.id())).toList();
	}

	public boolean isUrgent(UUID projectId) {
		return jdbc.sql("select urgent from procurement.project where id = :id")
			.param("id", projectId)
			.query(Boolean.class)
			.single();
	}

	private boolean recipientsChoose(UUID projectId) {
		String grounds = jdbc.sql("select grounds from procurement.project where id = :id")
			.param("id", projectId)
			.query(String.class)
			.optional()
			.orElse(null);
		return grounds != null && grounds.contains(MethodGround.RECIPIENT_CHOICE.name());
	}

	@Override
	public Optional<Award> award(UUID projectId) {
		return jdbc.sql("""
				select p.*, b.provider_id, b.provider_name, b.price,
				  exists (select 1 from procurement.challenge c where c.project_id = p.id and c.subject = 'RESULT'
				    and c.status = 'FILED') as challenged
				from procurement.project p join procurement.bid b on b.id = p.winner_bid_id
				where p.id = :id and p.status = 'AWARDED'""")
			.param("id", projectId)
			.query((rs, n) -> new Award(projectId, rs.getObject("plan_line_id", UUID.class),
					rs.getObject("unit_id", UUID.class), new RegionCode(rs.getString("region_code")),
					rs.getString("name"), ProcurementMethod.valueOf(rs.getString("method")),
					rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
					Money.of(rs.getBigDecimal("price")), Money.of(rs.getBigDecimal("budget")),
					rs.getObject("awarded_at", OffsetDateTime.class).atZoneSameInstant(CHINA).toLocalDate(),
					rs.getBoolean("technically_complex"), rs.getBoolean("challenged")))
			.optional();
	}

	@Override
	public List<Award> awardsOf(UUID unitId) {
		return jdbc
			.sql("select id from procurement.project where unit_id = :unit and status = 'AWARDED'"
					+ " and winner_bid_id is not null order by awarded_at desc")
			.param("unit", unitId)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::award)
			.flatMap(Optional::stream)
			.toList();
	}

	/**
	 * A clarification or change of the documents (更正公告). One that may affect the
	 * responses, issued later than the law allows before the deadline, moves the deadline
	 * (条例31, 214号 §10, 74令 §29): an earlier new deadline is refused.
	 */
	@Transactional
	public Project clarify(UUID projectId, String content, LocalDateTime newDeadline) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		project.status().require("发布更正公告", ProjectStatus.ANNOUNCED);
		if (!clock.instant().isBefore(project.responseDeadline())) {
			throw new InvalidInputException("status", "响应截止后不能再澄清或修改采购文件");
		}
		if (blank(content)) {
			throw new InvalidInputException("content", "请填写澄清或修改的内容");
		}
		LocalDateTime deadline = newDeadline == null ? project.responseDeadlineLocal() : newDeadline;
		LocalDate minimum = new LegalTimetable(calendar.calendar()).deadlineAfterClarification(project.method(),
				today(), project.responseDeadlineLocal().toLocalDate());
		if (deadline.toLocalDate().isBefore(minimum)) {
			ProcurementRule rule = project.method() == ProcurementMethod.COMPETITIVE_CONSULTATION
					? ProcurementRule.CONSULTATION_PERIOD
					: project.method() == ProcurementMethod.COMPETITIVE_NEGOTIATION ? ProcurementRule.NEGOTIATION_PERIOD
							: ProcurementRule.TENDER_DOCUMENTS_AND_CLARIFICATION;
			throw new RuleViolationException(rule.violation("今日澄清或修改可能影响响应文件编制，响应截止时间应顺延至" + minimum + "或以后"));
		}
		jdbc.sql("update procurement.project set response_deadline = :deadline, version = version + 1 where id = :id")
			.param("deadline", OffsetDateTime.ofInstant(deadline.atZone(CHINA).toInstant(), ZoneOffset.UTC))
			.param("id", projectId)
			.update();
		notice(projectId, "CORRECTION", project.unitName() + " " + project.name() + " 更正公告", """
				一、采购人：%s
				二、项目名称：%s
				三、更正内容：%s
				四、响应截止时间：%s""".formatted(project.unitName(), project.name(), content.strip(),
				deadline.toString().replace('T', ' ')));
		audit.record("procurement.clarify", "Project", projectId,
				Map.of("deadline", project.responseDeadlineLocal().toString()),
				Map.of("deadline", deadline.toString()));
		return project(projectId);
	}

	/** 废标/终止 with a reason: the reservation goes back to the budget line. */
	@Transactional
	public Project terminate(UUID projectId, String reason) {
		CurrentUser user = requirePurchaser();
		Project project = lockOwn(projectId, user);
		project.status()
			.require("终止采购", ProjectStatus.DRAFT, ProjectStatus.ANNOUNCED, ProjectStatus.EVALUATING,
					ProjectStatus.EVALUATED);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "请填写废标（终止）理由");
		}
		fail(project, reason.strip());
		return project(projectId);
	}

	/** Answers a challenge without stating an outcome. */
	@Transactional
	public Challenge answer(UUID challengeId, String answer) {
		return answer(challengeId, answer, null);
	}

	/**
	 * Answers a challenge; late answers are refused with the deadline (GPL-53). An upheld
	 * challenge that affects the result voids the award and turns to the next qualified
	 * candidate, or restarts a procurement not yet awarded (条例71, GPLR-71).
	 */
	@Transactional
	public Challenge answer(UUID challengeId, String answer, ChallengeOutcome outcome) {
		CurrentUser user = requirePurchaser();
		var row = jdbc.sql("select project_id, filed_on, status from procurement.challenge where id = :id")
			.param("id", challengeId)
			.query((rs,
					n) -> new Object[] { rs.getObject("project_id", UUID.class),
							rs.getObject("filed_on", LocalDate.class), rs.getString("status") })
			.optional()
			.orElseThrow(() -> new NotFoundException("质疑不存在"));
		lockOwn((UUID) row[0], user);
		// Read again under the project's lock: a concurrent answer may have come first.
		String status = jdbc.sql("select status from procurement.challenge where id = :id")
			.param("id", challengeId)
			.query(String.class)
			.single();
		if (!"FILED".equals(status)) {
			throw new org.govbuy.platform.StateConflictException("challenge", "该质疑已答复");
		}
		if (answer == null || answer.isBlank()) {
			throw new InvalidInputException("answer", "请填写答复内容");
		}
		new ChallengeDeadlines(calendar.calendar()).checkAnswer((LocalDate) row[1], today()).ifPresent(violation -> {
			throw new RuleViolationException(violation);
		});
		String consequence = outcome == ChallengeOutcome.UPHELD_AFFECTS_RESULT ? consequences(project((UUID) row[0]))
				: null;
		jdbc.sql("""
				update procurement.challenge set answer = :answer, answered_on = :today, status = 'ANSWERED',
				  outcome = :outcome, consequence = :consequence where id = :id""")
			.param("answer", answer.strip())
			.param("today", today())
			.param("outcome", outcome == null ? null : outcome.name())
			.param("consequence", consequence)
			.param("id", challengeId)
			.update();
		audit.record("procurement.challenge.answer", "Challenge", challengeId, Map.of("status", "FILED"),
				Map.of("status", "ANSWERED"));
		return challenges((UUID) row[0]).stream().filter(c -> c.id().equals(challengeId)).findFirst().orElseThrow();
	}

	/**
	 * Applies 条例71 to a project whose result a challenge has shown wrong: before the
	 * award the procurement restarts; after it the award is void and the next qualified
	 * candidate is confirmed (or, with none left, the procurement restarts).
	 */
	private String consequences(Project project) {
		BreachOutcome breach = new BreachOutcome();
		if (project.status() != ProjectStatus.AWARDED) {
			String decision = breach.decision(BreachOutcome.Stage.BEFORE_AWARD).message();
			fail(project, decision);
			return decision;
		}
		String decision = breach.decision(BreachOutcome.Stage.AWARDED).message();
		var next = jdbc
			.sql("""
					select id, provider_name, price from procurement.bid where project_id = :project and compliant
					  and id <> :winner and rank > (select rank from procurement.bid where id = :winner) order by rank limit 1""")
			.param("project", project.id())
			.param("winner", project.winnerBidId())
			.query((rs,
					n) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("provider_name"),
							Money.of(rs.getBigDecimal("price")) })
			.optional();
		jdbc.sql("update procurement.bid set compliant = false, remarks = :remarks where id = :id")
			.param("remarks", "质疑成立，原成交结果无效（《政府采购法实施条例》第七十一条）")
			.param("id", project.winnerBidId())
			.update();
		if (next.isEmpty()) {
			jdbc.sql("update procurement.project set winner_bid_id = null where id = :id")
				.param("id", project.id())
				.update();
			fail(project(project.id()), decision + "；无其他合格候选人，重新开展采购");
			return decision;
		}
		Object[] candidate = next.get();
		jdbc.sql(
				"update procurement.project set winner_bid_id = :bid, awarded_at = :now, version = version + 1 where id = :id")
			.param("bid", candidate[0])
			.param("now", now())
			.param("id", project.id())
			.update();
		notice(project.id(), "RESULT", project.unitName() + " " + project.name() + " 结果变更公告",
				"""
						一、采购人：%s
						二、项目名称：%s
						三、变更原因：质疑成立，原成交结果无效（《政府采购法实施条例》第七十一条）
						四、成交供应商：%s
						五、成交金额：%s（%s）
						六、评审专家：%s""".formatted(project.unitName(), project.name(), candidate[1],
						((Money) candidate[2]).format(), ((Money) candidate[2]).toChineseUppercase(),
						panelNames(project.id())));
		audit.record("procurement.award.void", "Project", project.id(),
				Map.of("winner", project.winnerBidId().toString()), Map.of("winner", candidate[0].toString()));
		return decision + "：改由" + candidate[1] + "成交";
	}

	private String panelNames(UUID projectId) {
		return String.join("、", panel(projectId).stream().map(PanelMember::displayName).toList());
	}

	// ---- providers
	// ---------------------------------------------------------------------

	/**
	 * A provider's bid: before the deadline, from an eligible provider (qualified, not
	 * listed, not debarred); its price and proposal are sealed until the deadline. A new
	 * bid before the deadline replaces the provider's earlier one.
	 */
	@Transactional
	public UUID bid(UUID projectId, Money price, String proposal) {
		CurrentUser user = CurrentUser.require();
		ProviderIdentity provider = providers.ofOrganization(user.organizationId())
			.orElseThrow(() -> new AccessDeniedException("只有登记的承接主体可以投标"));
		Project project = lock(projectId);
		project.status().require("投标（响应）", ProjectStatus.ANNOUNCED);
		if (!clock.instant().isBefore(project.responseDeadline())) {
			throw new InvalidInputException("deadline",
					"响应截止时间为" + project.responseDeadlineLocal() + "，已过截止时间，不再接收投标（响应）文件");
		}
		if (project.singleSourceSupplier() != null && !project.singleSourceSupplier().equals(provider.name())) {
			throw new InvalidInputException("provider", "单一来源采购只接受公示的供应商（" + project.singleSourceSupplier() + "）响应");
		}
		if (price == null || !price.isPositive()) {
			throw new InvalidInputException("price", "请填写大于0的报价（元）");
		}
		if (proposal == null || proposal.isBlank()) {
			throw new InvalidInputException("proposal", "请填写响应方案（服务方案、人员配备、质量保障等）");
		}
		Money cap = project.maxPrice() != null ? project.maxPrice() : project.budget();
		if (price.isGreaterThan(cap)) {
			throw new RuleViolationException(List.of(ProcurementRule.BID_ABOVE_CAP.violation("报价" + price.format()
					+ "元超过" + (project.maxPrice() != null ? "最高限价" : "采购预算金额") + cap.format() + "元，投标（响应）无效，不予接收")));
		}
		ProviderEligibility.Decision decision = eligibility.check(provider.id(), today());
		List<RuleViolation> refusals = new ArrayList<>(decision.eligible() ? List.of() : decision.violations());
		for (UUID other : jdbc
			.sql("select provider_id from procurement.bid where project_id = :project and provider_id <> :provider")
			.param("project", projectId)
			.param("provider", provider.id())
			.query(UUID.class)
			.list()) {
			if (eligibility.related(provider.id(), other)) {
				refusals.add(
						org.govbuy.provider.ProviderRule.RELATED_PARTIES.violation("本项目已有与贵单位单位负责人相同或存在控股、管理关系的供应商投标"));
			}
		}
		if (!refusals.isEmpty()) {
			throw new RuleViolationException(refusals);
		}
		jdbc.sql("delete from procurement.bid where project_id = :project and provider_id = :provider")
			.param("project", projectId)
			.param("provider", provider.id())
			.update();
		UUID bidId = UUID.randomUUID();
		byte[] sealed = sealBid(projectId, bidId, price, proposal);
		jdbc.sql(
				"""
						insert into procurement.bid (id, project_id, provider_id, provider_name, credit_code, social_org, sealed, submitted_at)
						values (:id, :project, :provider, :name, :code, :social, :sealed, :now)""")
			.param("id", bidId)
			.param("project", projectId)
			.param("provider", provider.id())
			.param("name", provider.name())
			.param("code", provider.creditCode())
			.param("social", provider.socialOrganization())
			.param("sealed", sealed)
			.param("now", now())
			.update();
		// Never the price nor the bidder's name, and the record (whose actor is the
		// bidder) is listed in the audit viewer only from the deadline on.
		audit.recordSealed("procurement.bid", "Bid", bidId, null, Map.of("project", projectId.toString()),
				project.responseDeadline());
		return bidId;
	}

	/**
	 * Seals a bid's price and proposal for its procurement: the one way bids are sealed,
	 * for submissions and for the demo data alike, so that {@link #open} can read them
	 * after the deadline.
	 */
	public byte[] sealBid(UUID projectId, UUID bidId, Money price, String proposal) {
		return bidKeys.boxFor(projectId)
			.seal(projectId, bidId,
					(price.amount().toPlainString() + "\n" + proposal.strip()).getBytes(StandardCharsets.UTF_8));
	}

	/** A bidder's challenge (质疑), within 7 working days from the right start (GPL-52). */
	@Transactional
	public UUID challenge(UUID projectId, ChallengeDeadlines.Subject subject, String content) {
		CurrentUser user = CurrentUser.require();
		ProviderIdentity provider = providers.ofOrganization(user.organizationId())
			.orElseThrow(() -> new AccessDeniedException("只有参加采购活动的承接主体可以质疑"));
		Project project = lock(projectId);
		if (!ownBid(user, provider.id(), projectId)) {
			throw new AccessDeniedException("只有参加本项目采购活动的供应商可以质疑");
		}
		if (content == null || content.isBlank()) {
			throw new InvalidInputException("content", "请写明质疑事项、事实依据和请求");
		}
		LocalDate event = switch (subject == null ? ChallengeDeadlines.Subject.RESULT : subject) {
			case RESULT -> notices(projectId).stream()
				.filter(notice -> "RESULT".equals(notice.kind()))
				.map(Notice::publishedOn)
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("subject", "成交结果尚未公告"));
			case DOCUMENTS -> project.documentsIssued();
			case PROCEDURE -> today();
		};
		new ChallengeDeadlines(calendar.calendar())
			.checkFiling(subject == null ? ChallengeDeadlines.Subject.RESULT : subject, event, today())
			.ifPresent(violation -> {
				throw new RuleViolationException(violation);
			});
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into procurement.challenge (id, project_id, provider_id, provider_name, subject, content, filed_on, filed_at, status)
						values (:id, :project, :provider, :name, :subject, :content, :today, :now, 'FILED')""")
			.param("id", id)
			.param("project", projectId)
			.param("provider", provider.id())
			.param("name", provider.name())
			.param("subject", (subject == null ? ChallengeDeadlines.Subject.RESULT : subject).name())
			.param("content", content.strip())
			.param("today", today())
			.param("now", now())
			.update();
		audit.record("procurement.challenge", "Challenge", id, null, Map.of("project", projectId.toString()));
		return id;
	}

	// ---- experts
	// -----------------------------------------------------------------------

	/** A panel member declares no conflict of interest with any bidder (条例 第九条). */
	@Transactional
	public void declare(UUID projectId) {
		CurrentUser user = CurrentUser.require();
		Project project = lock(projectId);
		project.status().require("签署回避声明", ProjectStatus.EVALUATING);
		int updated = jdbc.sql(
				"update procurement.panel_member set declared_at = :now where project_id = :project and username = :username")
			.param("now", now())
			.param("project", projectId)
			.param("username", user.username())
			.update();
		if (updated == 0) {
			throw new NotFoundException("您不是本项目的评审成员");
		}
		audit.record("procurement.declare", "Project", projectId, null, Map.of("member", user.username()));
	}

	/** A panel member's technical score of one bid, after declaring no conflict. */
	@Transactional
	public void score(UUID projectId, UUID bidId, BigDecimal technical, String comment) {
		CurrentUser user = CurrentUser.require();
		Project project = lock(projectId);
		project.status().require("评分", ProjectStatus.EVALUATING);
		Boolean declared = jdbc.sql(
				"select declared_at is not null from procurement.panel_member where project_id = :project and username = :username")
			.param("project", projectId)
			.param("username", user.username())
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("您不是本项目的评审成员"));
		if (!declared) {
			throw new InvalidInputException("declaration", "评分前须签署回避声明（与投标人不存在利害关系）");
		}
		BigDecimal max = TOTAL_POINTS.subtract(TOTAL_POINTS.multiply(project.priceWeight()));
		if (technical == null || technical.signum() < 0 || technical.compareTo(max) > 0) {
			throw new InvalidInputException("technical",
					"技术（商务）分须在0到" + max.stripTrailingZeros().toPlainString() + "之间");
		}
		int bids = jdbc.sql("select count(*) from procurement.bid where id = :bid and project_id = :project")
			.param("bid", bidId)
			.param("project", projectId)
			.query(Integer.class)
			.single();
		if (bids == 0) {
			throw new NotFoundException("投标不存在");
		}
		jdbc.sql(
				"""
						insert into procurement.score (bid_id, username, technical, comment, scored_at) values (:bid, :username, :technical, :comment, :now)
						on conflict (bid_id, username) do update set technical = excluded.technical, comment = excluded.comment,
						  scored_at = excluded.scored_at""")
			.param("bid", bidId)
			.param("username", user.username())
			.param("technical", technical)
			.param("comment", comment)
			.param("now", now())
			.update();
		audit.record("procurement.score", "Bid", bidId, null,
				Map.of("member", user.username(), "technical", technical));
	}

	/** This member's scores, by bid. */
	public Map<UUID, BigDecimal> myScores(UUID projectId) {
		Map<UUID, BigDecimal> scores = new HashMap<>();
		jdbc.sql("""
				select s.bid_id, s.technical from procurement.score s join procurement.bid b on b.id = s.bid_id
				where b.project_id = :project and s.username = :username""")
			.param("project", projectId)
			.param("username", CurrentUser.require().username())
			.query((rs, n) -> scores.put(rs.getObject("bid_id", UUID.class), rs.getBigDecimal("technical")))
			.list();
		return scores;
	}

	// ---- helpers
	// -----------------------------------------------------------------------

	private void fail(Project project, String reason) {
		jdbc.sql(
				"update procurement.project set status = 'FAILED', failure_reason = :reason, version = version + 1 where id = :id")
			.param("reason", reason)
			.param("id", project.id())
			.update();
		FundsLedger.Balance balance = ledger.balance(project.planLineId());
		Money release = balance.reserved().isLessThan(project.budget()) ? balance.reserved() : project.budget();
		if (release.isPositive()) {
			ledger.release(project.planLineId(), release, "废标（终止）：" + project.name(),
					"procurement-release-" + project.id());
		}
		notice(project.id(), "TERMINATION", project.unitName() + " " + project.name() + " 终止公告",
				"采购人：%s\n项目名称：%s\n终止原因：%s".formatted(project.unitName(), project.name(), reason));
		audit.record("procurement.fail", "Project", project.id(), Map.of("status", project.status().name()),
				Map.of("status", "FAILED", "reason", reason));
	}

	private void storeRemarks(Map<UUID, String> remarks) {
		remarks.forEach((bid, text) -> jdbc.sql("update procurement.bid set remarks = :text where id = :id")
			.param("text", text.length() > 1000 ? text.substring(0, 999) : text)
			.param("id", bid)
			.update());
	}

	private void notice(UUID projectId, String kind, String title, String body) {
		jdbc.sql("""
				insert into procurement.notice (id, project_id, kind, title, body, published_at)
				values (:id, :project, :kind, :title, :body, :now)""")
			.param("id", UUID.randomUUID())
			.param("project", projectId)
			.param("kind", kind)
			.param("title", title.length() > 300 ? title.substring(0, 299) : title)
			.param("body", body)
			.param("now", now())
			.update();
	}

	private String procurementNoticeBody(Project project, LocalDate issued, LocalDateTime deadline) {
		return """
				一、采购人：%s
				二、项目名称：%s
				三、采购方式：%s%s%s
				四、采购需求：%s
				五、服务标准：%s
				六、预算金额：%s（%s）%s
				七、供应商资格条件：%s
				八、获取采购文件：%s 起，不少于5个工作日
				九、响应截止时间：%s
				十、须在政府购买服务平台登记并经资格审核合格，未被列入失信名单或禁止参加政府采购活动。""".formatted(project.unitName(), project.name(),
				project.methodLabel(), project.tradingCenter() ? "（进入公共资源交易中心交易）" : "",
				blank(project.rationale()) ? "" : "；采用该方式的理由：" + project.rationale(), project.demand(),
				project.serviceStandard() == null ? "详见采购文件" : project.serviceStandard(), project.budget().format(),
				project.budget().toChineseUppercase(),
				project.maxPrice() == null ? "" : "；最高限价 " + project.maxPrice().format(),
				project.conditions() == null || project.conditions().isBlank() ? "符合《政府采购法》第二十二条规定的条件"
						: project.conditions().replace("\n", "；"),
				issued, deadline.toString().replace('T', ' '));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static List<String> conditionList(String conditions) {
		return conditions == null ? List.of()
				: conditions.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static void validate(NewProject form) {
		if (form.name() == null || form.name().isBlank()) {
			throw new InvalidInputException("name", "请填写项目名称");
		}
		if (form.demand() == null || form.demand().isBlank()) {
			throw new InvalidInputException("demand", "请填写采购需求（服务内容）");
		}
		if (form.method() == null) {
			throw new InvalidInputException("method", "请选择采购方式");
		}
		if (form.budget() == null || !form.budget().isPositive()) {
			throw new InvalidInputException("budget", "请填写大于0的采购预算");
		}
		if (form.priceWeight() == null || form.priceWeight().signum() <= 0
				|| form.priceWeight().compareTo(BigDecimal.ONE) >= 0) {
			throw new InvalidInputException("priceWeight", "价格分值比重须在0到1之间，例如 0.30");
		}
	}

	private boolean onPanel(UUID projectId, String username) {
		return jdbc
			.sql("select count(*) from procurement.panel_member where project_id = :project and username = :username")
			.param("project", projectId)
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	private boolean ownBid(CurrentUser user, UUID providerId) {
		return providers.ofOrganization(user.organizationId()).map(p -> p.id().equals(providerId)).orElse(false);
	}

	private boolean ownBid(CurrentUser user, UUID providerId, UUID projectId) {
		return ownBid(user, providerId) && jdbc
			.sql("select count(*) from procurement.bid where project_id = :project and provider_id = :provider")
			.param("project", projectId)
			.param("provider", providerId)
			.query(Integer.class)
			.single() > 0;
	}

	private Project lock(UUID projectId) {
		jdbc.sql("select id from procurement.project where id = :id for update")
			.param("id", projectId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("采购项目不存在"));
		return project(projectId);
	}

	private Project lockOwn(UUID projectId, CurrentUser user) {
		Project project = lock(projectId);
		if (!project.unitId().equals(user.organizationId())) {
			throw new NotFoundException("采购项目不存在");
		}
		return project;
	}

	private static CurrentUser requirePurchaser() {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			throw new AccessDeniedException("只有购买主体可以办理采购");
		}
		return user;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
