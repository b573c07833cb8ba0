package org.govbuy.budget.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

import org.govbuy.budget.domain.ExAnteAssessment;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineClassification;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.LineStatus;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanEvent;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * Loads and stores {@link Plan} aggregates: the plan row, its lines with their later-year
 * amounts and targets, and the history entries written since loading.
 */
@Repository
public class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The plan, its row locked until the transaction ends: commands on a plan queue. */
	public Optional<Plan> lock(UUID planId) {
		return load(planId, true);
	}

	public Optional<Plan> find(UUID planId) {
		return load(planId, false);
	}

	/** The plan a line belongs to. */
	public Optional<UUID> planOfLine(UUID lineId) {
		return jdbc.sql("select plan_id from budget.plan_line where id = :id")
			.param("id", lineId)
			.query(UUID.class)
			.optional();
	}

	public Optional<UUID> findId(UUID unitId, FiscalYear year) {
		return jdbc.sql("select id from budget.plan where unit_id = :unit and fiscal_year = :year")
			.param("unit", unitId)
			.param("year", year.value())
			.query(UUID.class)
			.optional();
	}

	private Optional<Plan> load(UUID planId, boolean lock) {
		Optional<Map<String, Object>> row = jdbc
			.sql("select * from budget.plan where id = :id" + (lock ? " for update" : ""))
			.param("id", planId)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> plan = row.get();
		Map<UUID, SortedMap<Integer, Money>> years = new HashMap<>();
		jdbc.sql("""
				select y.* from budget.line_year_amount y join budget.plan_line l on l.id = y.line_id
				where l.plan_id = :plan order by y.fiscal_year""").param("plan", planId).query((rs, n) -> {
			years.computeIfAbsent(rs.getObject("line_id", UUID.class), key -> new TreeMap<>())
				.put(rs.getInt("fiscal_year"), Money.of(rs.getBigDecimal("amount")));
			return null;
		}).list();
		Map<UUID, List<PerformanceTarget>> targets = new HashMap<>();
		jdbc.sql("""
				select t.* from budget.line_target t join budget.plan_line l on l.id = t.line_id
				where l.plan_id = :plan order by t.seq""").param("plan", planId).query((rs, n) -> {
			targets.computeIfAbsent(rs.getObject("line_id", UUID.class), key -> new ArrayList<>())
				.add(new PerformanceTarget(TargetCategory.valueOf(rs.getString("category")), rs.getString("indicator"),
						rs.getString("target")));
			return null;
		}).list();
		Map<UUID, Money> approved = new HashMap<>();
		jdbc.sql(
				"select line_id, approved from budget.funds_line f where line_id in (select id from budget.plan_line where plan_id = :plan)")
			.param("plan", planId)
			.query((rs, n) -> approved.put(rs.getObject("line_id", UUID.class), Money.of(rs.getBigDecimal("approved"))))
			.list();
		List<PlanLine> lines = jdbc.sql("select * from budget.plan_line where plan_id = :plan order by seq")
			.param("plan", planId)
			.query((rs, n) -> line(rs, years, targets, approved))
			.list();
		return Optional.of(new Plan(planId, (UUID) plan.get("unit_id"), (String) plan.get("unit_name"),
				new RegionCode((String) plan.get("region_code")), FiscalYear.of((Integer) plan.get("fiscal_year")),
				PlanStatus.valueOf((String) plan.get("status")), lines));
	}

	private static PlanLine line(ResultSet rs, Map<UUID, SortedMap<Integer, Money>> years,
			Map<UUID, List<PerformanceTarget>> targets, Map<UUID, Money> approved) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		ExAnteAssessment assessment = rs.getString("assessment_conclusion") == null ? null
				: new ExAnteAssessment(ExAnteAssessment.Conclusion.valueOf(rs.getString("assessment_conclusion")),
						rs.getObject("assessment_date", LocalDate.class), rs.getString("assessment_by"),
						rs.getString("assessment_summary"));
		String declared = rs.getString("declared_attributes");
		LineDraft draft = new LineDraft(rs.getString("project_name"), rs.getString("budget_project"),
				rs.getString("catalog_code"), rs.getString("service_content"), rs.getString("service_standard"),
				rs.getString("quantity"), Money.of(rs.getBigDecimal("amount")),
				FundingSource.valueOf(rs.getString("funding_source")), rs.getBoolean("new_project"),
				years.getOrDefault(id, new TreeMap<>()), targets.getOrDefault(id, List.of()), assessment,
				rs.getBigDecimal("replaced_expenditure") == null ? null
						: Money.of(rs.getBigDecimal("replaced_expenditure")),
				rs.getString("replaced_description"),
				declared == null || declared.isBlank() ? null : new HashSet<>(Arrays.asList(declared.split(","))));
		LineClassification classification = new LineClassification(rs.getObject("catalog_item_id", UUID.class),
				rs.getObject("catalog_version_id", UUID.class), (Integer) rs.getObject("catalog_version_no"),
				rs.getString("catalog_name"), rs.getString("pinmu_code"), rs.getBoolean("procurement_law"),
				rs.getBoolean("centralized"), rs.getString("keyword_warnings"));
		Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
		PlanLine.Review review = rs.getString("reviewed_by") == null ? null
				: new PlanLine.Review(rs.getString("review_comment"), rs.getString("reviewed_by"),
						reviewedAt == null ? null : reviewedAt.toInstant());
		return new PlanLine(id, rs.getInt("seq"), draft, classification, LineStatus.valueOf(rs.getString("status")),
				review, new PlanLine.Flags(rs.getString("split_flag"), rs.getString("affordability_flag"),
						rs.getString("flag_decision")),
				approved.get(id));
	}

	/** Inserts a new plan. */
	public void insert(Plan plan, String createdBy, java.time.Instant now) {
		jdbc.sql(
				"""
						insert into budget.plan (id, unit_id, unit_name, region_code, fiscal_year, status, created_by, created_at)
						values (:id, :unit, :unitName, :region, :year, :status, :by, :now)""")
			.param("id", plan.id())
			.param("unit", plan.unitId())
			.param("unitName", plan.unitName())
			.param("region", plan.region().value())
			.param("year", plan.fiscalYear().value())
			.param("status", plan.status().name())
			.param("by", createdBy)
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		saveChanges(plan);
	}

	/** Stores the plan's state, its lines and its new history entries. */
	public void save(Plan plan) {
		jdbc.sql("""
				update budget.plan set status = :status, version = version + 1,
				  submitted_at = case when :status = :submitted then now() else submitted_at end,
				  approved_at = case when :status = :approved and approved_at is null then now() else approved_at end
				where id = :id""")
			.param("status", plan.status().name())
			.param("submitted", PlanStatus.SUBMITTED.name())
			.param("approved", PlanStatus.APPROVED.name())
			.param("id", plan.id())
			.update();
		saveChanges(plan);
	}

	private void saveChanges(Plan plan) {
		for (UUID removed : plan.removedLines()) {
			jdbc.sql("delete from budget.plan_line where id = :id").param("id", removed).update();
		}
		for (PlanLine line : plan.lines()) {
			saveLine(plan.id(), line);
		}
		for (PlanEvent event : plan.newEvents()) {
			jdbc.sql(
					"""
							insert into budget.plan_event (id, plan_id, line_id, action, summary, comment, actor, actor_name, at)
							values (:id, :plan, :line, :action, :summary, :comment, :actor, :name, :at)""")
				.param("id", UUID.randomUUID())
				.param("plan", plan.id())
				.param("line", event.lineId())
				.param("action", event.action())
				.param("summary", truncate(event.summary(), 1000))
				.param("comment", truncate(event.comment(), 1000))
				.param("actor", event.actor())
				.param("name", event.actorName())
				.param("at", OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC))
				.update();
		}
	}

	private void saveLine(UUID planId, PlanLine line) {
		StatementSpec upsert = jdbc.sql(UPSERT_LINE)
			.param("id", line.id())
			.param("plan", planId)
			.param("seq", line.seq())
			.param("status", line.status().name());
		bindReview(bindClassification(bindDraft(upsert, line.draft()), line.classification()), line).update();
		saveLaterYears(line);
		saveTargets(line);
	}

	private static final String UPSERT_LINE = """
			insert into budget.plan_line (id, plan_id, seq, project_name, budget_project, catalog_code, catalog_item_id,
			  catalog_version_id, catalog_version_no, catalog_name, pinmu_code, service_content, service_standard, quantity,
			  amount, funding_source, new_project, procurement_law, centralized, replaced_expenditure, replaced_description,
			  assessment_conclusion, assessment_date, assessment_by, assessment_summary, keyword_warnings, declared_attributes,
			  status, review_comment, reviewed_by, reviewed_at, split_flag, affordability_flag, flag_decision)
			values (:id, :plan, :seq, :projectName, :budgetProject, :catalogCode, :itemId, :versionId, :versionNo,
			  :catalogName, :pinmu, :content, :standard, :quantity, :amount, :funding, :newProject, :law, :centralized,
			  :replaced, :replacedDescription, :conclusion, :assessedOn, :assessedBy, :assessmentSummary, :warnings,
			  :declared, :status, :reviewComment, :reviewedBy, :reviewedAt, :split, :afford, :decision)
			on conflict (id) do update set project_name = excluded.project_name, budget_project = excluded.budget_project,
			  catalog_code = excluded.catalog_code, catalog_item_id = excluded.catalog_item_id,
			  catalog_version_id = excluded.catalog_version_id, catalog_version_no = excluded.catalog_version_no,
			  catalog_name = excluded.catalog_name, pinmu_code = excluded.pinmu_code,
			  service_content = excluded.service_content, service_standard = excluded.service_standard,
			  quantity = excluded.quantity, amount = excluded.amount, funding_source = excluded.funding_source,
			  new_project = excluded.new_project, procurement_law = excluded.procurement_law,
			  centralized = excluded.centralized, replaced_expenditure = excluded.replaced_expenditure,
			  replaced_description = excluded.replaced_description,
			  assessment_conclusion = excluded.assessment_conclusion, assessment_date = excluded.assessment_date,
			  assessment_by = excluded.assessment_by, assessment_summary = excluded.assessment_summary,
			  keyword_warnings = excluded.keyword_warnings, declared_attributes = excluded.declared_attributes,
			  status = excluded.status, review_comment = excluded.review_comment, reviewed_by = excluded.reviewed_by,
			  reviewed_at = excluded.reviewed_at, split_flag = excluded.split_flag,
			  affordability_flag = excluded.affordability_flag, flag_decision = excluded.flag_decision,
			  version = budget.plan_line.version + 1""";

	private static StatementSpec bindDraft(StatementSpec spec, LineDraft d) {
		ExAnteAssessment a = d.assessment();
		return spec.param("projectName", d.projectName())
			.param("budgetProject", d.budgetProject())
			.param("catalogCode", d.catalogCode())
			.param("content", d.serviceContent())
			.param("standard", d.serviceStandard())
			.param("quantity", d.quantity())
			.param("amount", d.amount().amount())
			.param("funding", d.fundingSource().name())
			.param("newProject", d.newProject())
			.param("replaced", d.replacedExpenditure() == null ? null : d.replacedExpenditure().amount())
			.param("replacedDescription", d.replacedDescription())
			.param("conclusion", a == null ? null : a.conclusion().name())
			.param("assessedOn", a == null ? null : a.assessedOn())
			.param("assessedBy", a == null ? null : a.assessedBy())
			.param("assessmentSummary", a == null ? null : a.summary())
			.param("declared", d.declared().isEmpty() ? null : String.join(",", new java.util.TreeSet<>(d.declared())));
	}

	private static StatementSpec bindClassification(StatementSpec spec, LineClassification c) {
		return spec.param("itemId", c.catalogItemId())
			.param("versionId", c.catalogVersionId())
			.param("versionNo", c.catalogVersionNumber())
			.param("catalogName", c.catalogName())
			.param("pinmu", c.pinmuCode())
			.param("law", c.procurementLaw())
			.param("centralized", c.centralized())
			.param("warnings", truncate(c.keywordWarnings(), 1000));
	}

	private static StatementSpec bindReview(StatementSpec spec, PlanLine line) {
		return spec.param("reviewComment", line.review() == null ? null : line.review().comment())
			.param("reviewedBy", line.review() == null ? null : line.review().by())
			.param("reviewedAt",
					line.review() == null || line.review().at() == null ? null
							: OffsetDateTime.ofInstant(line.review().at(), ZoneOffset.UTC))
			.param("split", truncate(line.flags().split(), 1000))
			.param("afford", truncate(line.flags().affordability(), 1000))
			.param("decision", truncate(line.flags().decision(), 1000));
	}

	private void saveLaterYears(PlanLine line) {
		jdbc.sql("delete from budget.line_year_amount where line_id = :id").param("id", line.id()).update();
		line.draft()
			.laterYears()
			.forEach((year, amount) -> jdbc
				.sql("insert into budget.line_year_amount (line_id, fiscal_year, amount) values (:id, :year, :amount)")
				.param("id", line.id())
				.param("year", year)
				.param("amount", amount.amount())
				.update());
	}

	private void saveTargets(PlanLine line) {
		jdbc.sql("delete from budget.line_target where line_id = :id").param("id", line.id()).update();
		int seq = 0;
		for (PerformanceTarget target : line.draft().targets()) {
			jdbc.sql("""
					insert into budget.line_target (line_id, seq, category, indicator, target)
					values (:id, :seq, :category, :indicator, :target)""")
				.param("id", line.id())
				.param("seq", ++seq)
				.param("category", target.category().name())
				.param("indicator", target.indicator())
				.param("target", target.target())
				.update();
		}
	}

	/** The plan's history, oldest first. */
	public List<PlanEvent> history(UUID planId) {
		return jdbc.sql("select * from budget.plan_event where plan_id = :plan order by n")
			.param("plan", planId)
			.query((rs, n) -> new PlanEvent(rs.getString("action"), rs.getObject("line_id", UUID.class),
					rs.getString("summary"), rs.getString("comment"), rs.getString("actor"), rs.getString("actor_name"),
					rs.getTimestamp("at").toInstant()))
			.list();
	}

	private static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

}
