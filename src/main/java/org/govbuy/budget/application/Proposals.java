package org.govbuy.budget.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Organization;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.StateConflictException;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 市场点餐: services that providers and the public propose for purchase (应社会申请开展购买,
 * 芒政办发〔2017〕51号), and the purchasing unit's answer — accepted into its next annual plan
 * as a draft line, or declined with a reason that is published on the portal.
 */
@Service
public class Proposals {

	static final int MAX_SERVICE_NAME = 100;

	static final int MAX_DESCRIPTION = 2000;

	static final int MAX_PROPOSER = 100;

	static final int MAX_CONTACT = 100;

	static final int MAX_REASON = 1000;

	private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/** Where a proposal stands. */
	public enum Status {

		/** Waiting for the purchasing unit's answer. */
		PROPOSED("待答复"),
		/** Taken into the unit's next annual plan. */
		ACCEPTED("已采纳"),
		/** Declined, with a published reason. */
		DECLINED("未采纳");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/** Taken into the plan; only a proposal waiting for its answer. */
		public Status accept() {
			requireProposed();
			return ACCEPTED;
		}

		/** Declined; only a proposal waiting for its answer. */
		public Status decline() {
			requireProposed();
			return DECLINED;
		}

		private void requireProposed() {
			if (this != PROPOSED) {
				throw new StateConflictException("status", "该建议已答复（" + label + "），不能再次处理");
			}
		}

	}

	/**
	 * What someone proposes.
	 *
	 * @param unitId the purchasing unit asked to buy the service
	 * @param serviceName the service
	 * @param description what, for whom and why
	 * @param proposerName who proposes (a name or an organization)
	 * @param proposerContact a phone number or e-mail address, never published
	 */
	public record NewProposal(UUID unitId, String serviceName, String description, String proposerName,
			String proposerContact) {
	}

	/**
	 * What the purchasing unit fills in to take a proposal into its next plan.
	 *
	 * @param catalogCode the guiding-catalog item
	 * @param amount the budget amount
	 * @param fundingSource where the money comes from
	 * @param serviceContent the service content of the plan line
	 */
	public record Acceptance(String catalogCode, Money amount, FundingSource fundingSource, String serviceContent) {
	}

	/**
	 * A proposal as the purchasing unit and finance see it.
	 *
	 * @param id the proposal
	 * @param unitId the purchasing unit
	 * @param unitName its name
	 * @param region its region
	 * @param serviceName the service
	 * @param description what, for whom and why
	 * @param proposerName who proposed it
	 * @param proposerContact how to reach them
	 * @param status where it stands
	 * @param decisionReason the published reason of a decline
	 * @param acceptedLineId the plan line it became
	 * @param acceptedYear that plan's fiscal year
	 * @param proposedAt when it was proposed
	 * @param decidedAt when the unit answered
	 * @param decidedBy who answered
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ServiceProposal")
	public record Proposal(UUID id, UUID unitId, String unitName, RegionCode region, String serviceName,
			String description, String proposerName, String proposerContact, Status status, String decisionReason,
			UUID acceptedLineId, Integer acceptedYear, Instant proposedAt, Instant decidedAt, String decidedBy) {

		public String statusLabel() {
			return status.label();
		}

		/** What the portal says about the outcome. */
		public String outcome() {
			return switch (status) {
				case PROPOSED -> "待购买主体答复";
				case ACCEPTED -> "已纳入" + acceptedYear + "年度购买计划";
				case DECLINED -> "未采纳：" + decisionReason;
			};
		}

		PublicProposal published() {
			return new PublicProposal(id, unitName, region, serviceName, description, proposerName, status,
					status.label(), outcome(), decisionReason, acceptedYear, proposedAt, decidedAt);
		}

	}

	/**
	 * A proposal as the portal publishes it: without the proposer's contact.
	 *
	 * @param id the proposal
	 * @param unitName the purchasing unit
	 * @param region its region
	 * @param serviceName the service
	 * @param description what, for whom and why
	 * @param proposerName who proposed it
	 * @param status where it stands
	 * @param statusLabel its Chinese name
	 * @param outcome the answer as a sentence
	 * @param decisionReason the reason of a decline
	 * @param acceptedYear the plan year it was taken into
	 * @param proposedAt when it was proposed
	 * @param decidedAt when the unit answered
	 */
	public record PublicProposal(UUID id, String unitName, RegionCode region, String serviceName, String description,
			String proposerName, Status status, String statusLabel, String outcome, String decisionReason,
			Integer acceptedYear, Instant proposedAt, Instant decidedAt) {
	}

	private final AnnualPlans plans;

	private final Organizations organizations;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	Proposals(AnnualPlans plans, Organizations organizations, AuditTrail audit, JdbcClient jdbc, Clock clock) {
		this.plans = plans;
		this.organizations = organizations;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	// ---- the public -----------------------------------------------------------------

	/** The purchasing units one may propose a service to. */
	public List<Organization> units(RegionCode within) {
		return organizations.purchasers(within == null ? RegionCode.NATIONAL : within);
	}

	/** Records a proposal; anyone may propose, signed in or not. */
	@Transactional
	public PublicProposal propose(NewProposal proposal) {
		if (proposal.unitId() == null) {
			throw new InvalidInputException("unitId", "请选择购买主体");
		}
		Organization unit = organizations.find(proposal.unitId())
			.filter(org -> org.kind() == OrganizationKind.PURCHASER && org.enabled())
			.orElseThrow(() -> new InvalidInputException("unitId", "所选单位不是可以购买服务的购买主体"));
		String serviceName = required(proposal.serviceName(), "serviceName", "服务名称", MAX_SERVICE_NAME);
		String description = required(proposal.description(), "description", "需求说明", MAX_DESCRIPTION);
		if (description.length() < 10) {
			throw new InvalidInputException("description", "需求说明至少10个字：请说明需要什么服务、为谁提供、为什么需要");
		}
		String proposerName = required(proposal.proposerName(), "proposerName", "提出人", MAX_PROPOSER);
		String contact = required(proposal.proposerContact(), "proposerContact", "联系方式", MAX_CONTACT);
		if (!PHONE.matcher(contact).matches() && !EMAIL.matcher(contact).matches()) {
			throw new InvalidInputException("proposerContact", "联系方式应为电话号码或电子邮箱");
		}
		boolean repeated = jdbc.sql("""
				select count(*) from budget.proposal where unit_id = :unit and service_name = :name
				  and proposer_contact = :contact and status = :proposed""")
			.param("proposed", Status.PROPOSED.name())
			.param("unit", unit.id())
			.param("name", serviceName)
			.param("contact", contact)
			.query(Long.class)
			.single() > 0;
		if (repeated) {
			throw new InvalidInputException("serviceName", "您已向该单位提出过相同的服务建议，请等待答复");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into budget.proposal (id, unit_id, unit_name, region_code, service_name, description,
				  proposer_name, proposer_contact, status, proposed_at)
				values (:id, :unit, :unitName, :region, :name, :description, :proposer, :contact, :status, :now)""")
			.param("id", id)
			.param("status", Status.PROPOSED.name())
			.param("unit", unit.id())
			.param("unitName", unit.name())
			.param("region", unit.region().value())
			.param("name", serviceName)
			.param("description", description)
			.param("proposer", proposerName)
			.param("contact", contact)
			.param("now", now())
			.update();
		audit.record("proposal.create", "Proposal", id, null,
				Map.of("unit", unit.name(), "service", serviceName, "proposer", proposerName));
		return get(id).published();
	}

	/** Every proposal, newest first, as the portal shows it; optionally of one region. */
	public List<PublicProposal> published(RegionCode region) {
		return query("p.region_code like :pattern", Map.of("pattern", scopePattern(region))).stream()
			.map(Proposal::published)
			.toList();
	}

	// ---- purchasing units and finance
	// ---------------------------------------------------

	/**
	 * Proposals in the user's data scope: purchasers see those addressed to their unit,
	 * finance those of the units of its region.
	 */
	public List<Proposal> inScope() {
		DataScope scope = CurrentUser.require().scope();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("pattern", scope.regionPattern());
		params.put("org", scope.organizationFilter());
		return query("p.region_code like :pattern and (cast(:org as uuid) is null or p.unit_id = :org)", params);
	}

	/** The fiscal year an accepted proposal is planned in: the year after this one. */
	public FiscalYear nextPlanYear() {
		return FiscalYear.containing(LocalDate.now(clock)).next();
	}

	/**
	 * Takes a proposal into the unit's next annual plan as a draft line, with the checks
	 * of any line (negative list, catalog, medium-term plan). Refused lines leave the
	 * proposal waiting.
	 */
	@Transactional
	public Proposal accept(UUID proposalId, Acceptance acceptance) {
		CurrentUser user = requirePurchaser();
		Proposal proposal = lockOwn(proposalId, user);
		Status accepted = proposal.status().accept();
		FiscalYear year = nextPlanYear();
		Plan plan = plans.start(year);
		if (!plan.status().editable()) {
			throw new InvalidInputException("plan",
					"本单位" + year + "年度购买计划当前状态为“" + plan.status().label() + "”，不能再增加项目；可以答复未采纳，或待计划退回修改后再采纳");
		}
		if (acceptance.serviceContent() != null && acceptance.serviceContent().length() > MAX_DESCRIPTION) {
			throw new InvalidInputException("serviceContent", "服务内容不超过" + MAX_DESCRIPTION + "字");
		}
		LineDraft draft = new LineDraft(proposal.serviceName(), null, acceptance.catalogCode(),
				acceptance.serviceContent() == null ? null : acceptance.serviceContent().strip(), null, null,
				acceptance.amount(), acceptance.fundingSource(), true, null, null, null, null, null, null);
		PlanLine line = plans.addLine(plan.id(), draft);
		jdbc.sql("""
				update budget.proposal set status = :status, accepted_line_id = :line, decided_at = :now,
				  decided_by = :by where id = :id""")
			.param("status", accepted.name())
			.param("line", line.id())
			.param("now", now())
			.param("by", user.username())
			.param("id", proposalId)
			.update();
		audit.record("proposal.accept", "Proposal", proposalId, Map.of("status", proposal.status().name()),
				Map.of("status", accepted.name(), "plan", plan.id(), "line", line.id(), "year", year.value()));
		return get(proposalId);
	}

	/** Declines a proposal; the reason is published on the portal. */
	@Transactional
	public Proposal decline(UUID proposalId, String reason) {
		CurrentUser user = requirePurchaser();
		Proposal proposal = lockOwn(proposalId, user);
		Status declined = proposal.status().decline();
		String text = required(reason, "reason", "未采纳的理由（将在门户公开）", MAX_REASON);
		jdbc.sql("""
				update budget.proposal set status = :status, decision_reason = :reason, decided_at = :now,
				  decided_by = :by where id = :id""")
			.param("status", declined.name())
			.param("reason", text)
			.param("now", now())
			.param("by", user.username())
			.param("id", proposal.id())
			.update();
		audit.record("proposal.decline", "Proposal", proposalId, Map.of("status", proposal.status().name()),
				Map.of("status", declined.name(), "reason", text));
		return get(proposalId);
	}

	// ---- helpers ---------------------------------------------------------------------

	/** The proposal, locked, if addressed to the user's unit. */
	private Proposal lockOwn(UUID proposalId, CurrentUser user) {
		UUID unit = jdbc.sql("select unit_id from budget.proposal where id = :id for update")
			.param("id", proposalId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("建议不存在"));
		if (!unit.equals(user.organizationId())) {
			throw new NotFoundException("建议不存在");
		}
		return get(proposalId);
	}

	private Proposal get(UUID id) {
		return query("p.id = :id", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("建议不存在"));
	}

	private List<Proposal> query(String condition, Map<String, Object> params) {
		JdbcClient.StatementSpec statement = jdbc.sql("""
				select p.*, plan.fiscal_year as accepted_year from budget.proposal p
				left join budget.plan_line l on l.id = p.accepted_line_id
				left join budget.plan plan on plan.id = l.plan_id
				where %s order by p.proposed_at desc, p.id""".formatted(condition));
		for (Map.Entry<String, Object> param : params.entrySet()) {
			statement = statement.param(param.getKey(), param.getValue());
		}
		return statement.query((rs, n) -> map(rs)).list();
	}

	private static Proposal map(ResultSet rs) throws SQLException {
		return new Proposal(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
				rs.getString("unit_name"), new RegionCode(rs.getString("region_code")), rs.getString("service_name"),
				rs.getString("description"), rs.getString("proposer_name"), rs.getString("proposer_contact"),
				Status.valueOf(rs.getString("status")), rs.getString("decision_reason"),
				rs.getObject("accepted_line_id", UUID.class), (Integer) rs.getObject("accepted_year"),
				instant(rs, "proposed_at"), instant(rs, "decided_at"), rs.getString("decided_by"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}

	private static String scopePattern(RegionCode region) {
		return (region == null ? "" : region.scopePrefix()) + "%";
	}

	private static String required(String value, String field, String label, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException(field, "请填写" + label);
		}
		if (text.length() > max) {
			throw new InvalidInputException(field, label + "不超过" + max + "字");
		}
		return text;
	}

	private static CurrentUser requirePurchaser() {
		CurrentUser user = CurrentUser.require();
		if (AnnualPlans.PURCHASERS.stream().noneMatch(user::hasRole)) {
			throw new AccessDeniedException("只有购买主体经办人或负责人可以答复市场点餐建议");
		}
		return user;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
