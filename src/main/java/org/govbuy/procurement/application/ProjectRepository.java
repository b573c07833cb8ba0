package org.govbuy.procurement.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.govbuy.platform.NotFoundException;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.domain.ChallengeDeadlines;
import org.govbuy.procurement.domain.ChallengeOutcome;
import org.govbuy.procurement.domain.ChallengeStatus;
import org.govbuy.procurement.domain.EvaluationMethod;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Loads and saves {@link Project}s, their {@link Bid}s and challenges with one query
 * each; saving a project publishes the events its transitions registered, in the same
 * transaction, after the row is written.
 */
@Repository
class ProjectRepository {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ProjectRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	Optional<Project> find(UUID id) {
		return jdbc.sql("select * from procurement.project where id = :id").param("id", id).query(PROJECT).optional();
	}

	Project get(UUID id) {
		return find(id).orElseThrow(() -> new NotFoundException("采购项目不存在"));
	}

	/** The project with its row locked until the transaction ends. */
	Project lock(UUID id) {
		return jdbc.sql("select * from procurement.project where id = :id for update")
			.param("id", id)
			.query(PROJECT)
			.optional()
			.orElseThrow(() -> new NotFoundException("采购项目不存在"));
	}

	/** Projects matching a condition on their own columns, newest first. */
	List<Project> where(String condition, java.util.Map<String, ?> params) {
		return jdbc.sql("select * from procurement.project where " + condition + " order by created_at desc")
			.params(params)
			.query(PROJECT)
			.list();
	}

	void insert(Project project, String createdBy, Instant now, Safeguards safeguards) {
		Project.Terms t = project.terms();
		jdbc.sql(
				"""
						insert into procurement.project (id, plan_line_id, unit_id, unit_name, region_code, name, demand,
						  service_standard, conditions, method, grounds, rationale, budget, max_price, price_weight, trading_center,
						  prefer_social, status, created_by, created_at, deposit, deposit_form, public_service, technically_complex,
						  survey_parties, survey_summary, urgent, urgent_reason, urgent_approved_by, evaluation_method, catalog_code)
						values (:id, :line, :unit, :unitName, :region, :name, :demand, :standard, :conditions, :method, :grounds,
						  :rationale, :budget, :maxPrice, :weight, :center, true, :status, :by, :now, :deposit, :depositForm,
						  :publicService, :complex, :surveyParties, :surveySummary, :urgent, :urgentReason, :urgentApprovedBy,
						  :evaluation, :catalog)""")
			.param("id", t.id())
			.param("line", t.planLineId())
			.param("unit", t.unitId())
			.param("unitName", t.unitName())
			.param("region", t.region().value())
			.param("name", t.name())
			.param("demand", t.demand())
			.param("standard", t.serviceStandard())
			.param("conditions", t.conditions())
			.param("method", t.method().name())
			.param("grounds",
					t.grounds() == null ? null : String.join(",", t.grounds().stream().map(Enum::name).toList()))
			.param("rationale", t.rationale())
			.param("budget", t.budget().amount())
			.param("maxPrice", t.maxPrice() == null ? null : t.maxPrice().amount())
			.param("weight", t.priceWeight())
			.param("center", t.tradingCenter())
			.param("status", project.status().name())
			.param("by", createdBy)
			.param("now", utc(now))
			.param("deposit", safeguards.deposit() == null ? null : safeguards.deposit().amount())
			.param("depositForm", safeguards.depositForm() == null ? null : safeguards.depositForm().name())
			.param("publicService", safeguards.publicServiceToThePublic())
			.param("complex", t.technicallyComplex())
			.param("surveyParties", safeguards.surveyParties())
			.param("surveySummary", safeguards.surveySummary())
			.param("urgent", t.urgent())
			.param("urgentReason", t.urgentReason())
			.param("urgentApprovedBy", safeguards.urgent() ? safeguards.urgentApprovedBy() : null)
			.param("evaluation", t.evaluation().name())
			.param("catalog", t.catalogCode())
			.update();
		publish(project);
	}

	/**
	 * Writes the project's progress and publishes the events its transitions registered.
	 */
	void save(Project project) {
		Project.Progress p = project.progress();
		jdbc.sql(
				"""
						update procurement.project set status = :status, documents_issued = :issued, response_deadline = :deadline,
						  winner_bid_id = :winner, failure_reason = :reason, trading_center_ref = :reference,
						  agreement_start = :start, agreement_end = :end, single_source_supplier = :supplier,
						  announced_at = :announced, evaluated_at = :evaluated, awarded_at = :awarded, version = version + 1
						where id = :id""")
			.param("status", p.status().name())
			.param("issued", p.documentsIssued())
			.param("deadline", utc(p.responseDeadline()))
			.param("winner", p.winnerBidId())
			.param("reason", p.failureReason())
			.param("reference", p.tradingCenterReference())
			.param("start", p.agreementStart())
			.param("end", p.agreementEnd())
			.param("supplier", p.singleSourceSupplier())
			.param("announced", utc(p.announcedAt()))
			.param("evaluated", utc(p.evaluatedAt()))
			.param("awarded", utc(p.awardedAt()))
			.param("id", project.id())
			.update();
		publish(project);
	}

	private void publish(Project project) {
		project.drainEvents().forEach(events::publishEvent);
	}

	// ---- bids ------------------------------------------------------------------------

	/** A project's bids, best rank first, then by submission. */
	List<Bid> bids(UUID projectId) {
		return jdbc
			.sql("select * from procurement.bid where project_id = :project order by coalesce(rank, 999), submitted_at")
			.param("project", projectId)
			.query(BID)
			.list();
	}

	Optional<Bid> bid(UUID projectId, UUID bidId) {
		return jdbc.sql("select * from procurement.bid where id = :id and project_id = :project")
			.param("id", bidId)
			.param("project", projectId)
			.query(BID)
			.optional();
	}

	// ---- challenges
	// --------------------------------------------------------------------

	List<ChallengeRecord> challenges(UUID projectId) {
		return jdbc.sql("select * from procurement.challenge where project_id = :project order by filed_at")
			.param("project", projectId)
			.query(CHALLENGE)
			.list();
	}

	Optional<ChallengeRecord> challenge(UUID id) {
		return jdbc.sql("select * from procurement.challenge where id = :id")
			.param("id", id)
			.query(CHALLENGE)
			.optional();
	}

	/** A challenge with its row locked until the transaction ends. */
	Optional<ChallengeRecord> lockChallenge(UUID id) {
		return jdbc.sql("select * from procurement.challenge where id = :id for update")
			.param("id", id)
			.query(CHALLENGE)
			.optional();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Money money(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column) == null ? null : Money.of(rs.getBigDecimal(column));
	}

	private static Set<MethodGround> grounds(String value) {
		if (value == null || value.isBlank()) {
			return EnumSet.noneOf(MethodGround.class);
		}
		return Arrays.stream(value.split(","))
			.map(MethodGround::valueOf)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(MethodGround.class)));
	}

	private static final RowMapper<Project> PROJECT = (rs,
			n) -> new Project(new Project.Terms(rs.getObject("id", UUID.class),
					rs.getObject("plan_line_id", UUID.class), rs.getObject("unit_id", UUID.class),
					rs.getString("unit_name"), new RegionCode(rs.getString("region_code")), rs.getString("name"),
					rs.getString("demand"), rs.getString("service_standard"), rs.getString("conditions"),
					ProcurementMethod.valueOf(rs.getString("method")), grounds(rs.getString("grounds")),
					rs.getString("rationale"), Money.of(rs.getBigDecimal("budget")), money(rs, "max_price"),
					rs.getBigDecimal("price_weight"), rs.getBoolean("trading_center"),
					EvaluationMethod.valueOf(rs.getString("evaluation_method")), rs.getBoolean("urgent"),
					rs.getString("urgent_reason"), rs.getBoolean("technically_complex"), rs.getString("catalog_code")),
					new Project.Progress(ProjectStatus.valueOf(rs.getString("status")),
							rs.getObject("documents_issued", LocalDate.class), instant(rs, "response_deadline"),
							rs.getObject("winner_bid_id", UUID.class), rs.getString("failure_reason"),
							rs.getString("trading_center_ref"), rs.getObject("agreement_start", LocalDate.class),
							rs.getObject("agreement_end", LocalDate.class), rs.getString("single_source_supplier"),
							instant(rs, "announced_at"), instant(rs, "evaluated_at"), instant(rs, "awarded_at")));

	private static final RowMapper<Bid> BID = (rs, n) -> new Bid(rs.getObject("id", UUID.class),
			rs.getObject("project_id", UUID.class), rs.getObject("provider_id", UUID.class),
			rs.getString("provider_name"), rs.getBoolean("social_org"), rs.getBytes("sealed"),
			instant(rs, "submitted_at"), money(rs, "price"), rs.getBigDecimal("technical_score"),
			rs.getBigDecimal("price_score"), rs.getBigDecimal("total_score"), (Integer) rs.getObject("rank"),
			(Boolean) rs.getObject("compliant"), rs.getString("remarks"));

	private static final RowMapper<ChallengeRecord> CHALLENGE = (rs, n) -> new ChallengeRecord(
			rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
			rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
			ChallengeDeadlines.Subject.valueOf(rs.getString("subject")), rs.getString("content"),
			rs.getObject("filed_on", LocalDate.class), instant(rs, "filed_at"), rs.getString("answer"),
			rs.getObject("answered_on", LocalDate.class), ChallengeStatus.valueOf(rs.getString("status")),
			rs.getString("outcome") == null ? null : ChallengeOutcome.valueOf(rs.getString("outcome")),
			rs.getString("consequence"));

}
