package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.domain.Evaluation;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.Party;
import org.govbuy.evaluation.domain.PartyStatus;
import org.govbuy.platform.StateConflictException;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evaluations and their parties in {@code evaluation.evaluation} and {@code party}, and
 * the parties' indicator scores in {@code indicator_score}. A save checks the version it
 * loaded, so two concurrent commands never both pass.
 */
@Repository
class EvaluationRepository {

	private final JdbcClient jdbc;

	EvaluationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A party's score of one leaf as stored.
	 *
	 * @param level the rubric level (qualitative)
	 */
	record LeafScore(String code, String target, String actual, String level, BigDecimal score, String note) {
	}

	/** Stores a new scheduled evaluation unless the contract already has it. */
	boolean insert(Evaluation evaluation, OffsetDateTime now) {
		Evaluation.Subject s = evaluation.subject();
		return jdbc.sql("""
				insert into evaluation.evaluation (id, contract_id, contract_number, title, unit_id, unit_name,
				  region_code, provider_id, provider_name, plan_line_id, catalog_code, amount, kind, period_starts_on,
				  period_ends_on, due_on, status, created_at)
				values (:id, :contract, :number, :title, :unit, :unitName, :region, :provider, :providerName, :line,
				  :catalog, :amount, :kind, :from, :to, :due, :status, :now)
				on conflict (contract_id, kind, period_ends_on) do nothing""")
			.param("id", evaluation.id())
			.param("contract", s.contractId())
			.param("number", s.contractNumber())
			.param("title", s.title())
			.param("unit", s.unitId())
			.param("unitName", s.unitName())
			.param("region", s.region().value())
			.param("provider", s.providerId())
			.param("providerName", s.providerName())
			.param("line", s.planLineId())
			.param("catalog", s.catalogCode())
			.param("amount", s.amount())
			.param("kind", evaluation.kind().name())
			.param("from", evaluation.periodStartsOn())
			.param("to", evaluation.periodEndsOn())
			.param("due", evaluation.dueOn())
			.param("status", evaluation.status().name())
			.param("now", now)
			.update() == 1;
	}

	Optional<Evaluation> find(UUID id) {
		return jdbc.sql("select * from evaluation.evaluation where id = :id")
			.param("id", id)
			.query((rs, n) -> evaluation(rs))
			.optional();
	}

	/** The evaluation, its row locked for the command's transaction. */
	Optional<Evaluation> lock(UUID id) {
		return jdbc.sql("select * from evaluation.evaluation where id = :id for update")
			.param("id", id)
			.query((rs, n) -> evaluation(rs))
			.optional();
	}

	List<Evaluation> ofContract(UUID contractId) {
		return jdbc.sql("select * from evaluation.evaluation where contract_id = :id order by period_ends_on, kind")
			.param("id", contractId)
			.query((rs, n) -> evaluation(rs))
			.list();
	}

	/** Scheduled evaluations due by the day. */
	List<UUID> due(LocalDate today) {
		return jdbc.sql("select id from evaluation.evaluation where status = :scheduled and due_on <= :today")
			.param("scheduled", EvaluationStatus.SCHEDULED.name())
			.param("today", today)
			.query(UUID.class)
			.list();
	}

	/** Scored evaluations whose objection window closed before the day. */
	List<UUID> windowClosed(LocalDate today) {
		return jdbc.sql("select id from evaluation.evaluation where status = :scored and objection_due_on < :today")
			.param("scored", EvaluationStatus.SCORED.name())
			.param("today", today)
			.query(UUID.class)
			.list();
	}

	/** Stores the evaluation's state and parties; refuses a concurrent change. */
	void save(Evaluation evaluation) {
		Evaluation.State state = evaluation.state();
		Evaluation.Objection objection = state.objection();
		int updated = jdbc.sql("""
				update evaluation.evaluation set status = :status, template_id = :template, score = :score,
				  grade = :grade, scored_on = :scoredOn, objection_due_on = :objectionDue, objection = :objection,
				  objected_at = :objectedAt, objected_by = :objectedBy, objection_answer = :answer,
				  answered_at = :answeredAt, answered_by = :answeredBy, completed_on = :completedOn,
				  period_starts_on = :from, period_ends_on = :to, due_on = :due, version = version + 1
				where id = :id and version = :version""")
			.param("status", state.status().name())
			.param("template", state.templateId())
			.param("score", state.score())
			.param("grade", state.grade() == null ? null : state.grade().name())
			.param("scoredOn", state.scoredOn())
			.param("objectionDue", state.objectionDueOn())
			.param("objection", objection == null ? null : objection.text())
			.param("objectedAt", objection == null ? null : objection.objectedAt())
			.param("objectedBy", objection == null ? null : objection.objectedBy())
			.param("answer", objection == null ? null : objection.answer())
			.param("answeredAt", objection == null ? null : objection.answeredAt())
			.param("answeredBy", objection == null ? null : objection.answeredBy())
			.param("completedOn", state.completedOn())
			.param("from", evaluation.periodStartsOn())
			.param("to", evaluation.periodEndsOn())
			.param("due", evaluation.dueOn())
			.param("id", evaluation.id())
			.param("version", state.version())
			.update();
		if (updated != 1) {
			throw new StateConflictException("version", "评价已被他人更新，请刷新后重试");
		}
		for (Evaluation.PartyEntry party : evaluation.parties()) {
			saveParty(evaluation.id(), party);
		}
	}

	private void saveParty(UUID evaluationId, Evaluation.PartyEntry party) {
		jdbc.sql("""
				insert into evaluation.party (evaluation_id, party, organization_id, organization_name, weight, status,
				  score, opinion, declared_independent, assigned_by, assigned_at, submitted_by, submitted_at)
				values (:evaluation, :party, :org, :orgName, :weight, :status, :score, :opinion, :declared, :assignedBy,
				  :assignedAt, :submittedBy, :submittedAt)
				on conflict (evaluation_id, party) do update set organization_id = excluded.organization_id,
				  organization_name = excluded.organization_name, weight = excluded.weight, status = excluded.status,
				  score = excluded.score, opinion = excluded.opinion,
				  declared_independent = excluded.declared_independent, assigned_by = excluded.assigned_by,
				  assigned_at = excluded.assigned_at, submitted_by = excluded.submitted_by,
				  submitted_at = excluded.submitted_at""")
			.param("evaluation", evaluationId)
			.param("party", party.party().name())
			.param("org", party.organizationId())
			.param("orgName", party.organizationName())
			.param("weight", party.weight())
			.param("status", party.status().name())
			.param("score", party.score())
			.param("opinion", party.opinion())
			.param("declared", party.declaredIndependent())
			.param("assignedBy", party.assignedBy())
			.param("assignedAt", party.assignedAt())
			.param("submittedBy", party.submittedBy())
			.param("submittedAt", party.submittedAt())
			.update();
	}

	/** Replaces a party's leaf scores (a draft or its submission). */
	void saveScores(UUID evaluationId, Party party, List<LeafScore> scores) {
		jdbc.sql("delete from evaluation.indicator_score where evaluation_id = :id and party = :party")
			.param("id", evaluationId)
			.param("party", party.name())
			.update();
		for (LeafScore score : scores) {
			jdbc.sql("""
					insert into evaluation.indicator_score (evaluation_id, party, indicator_code, target, actual, level,
					  score, note)
					values (:id, :party, :code, :target, :actual, :level, :score, :note)""")
				.param("id", evaluationId)
				.param("party", party.name())
				.param("code", score.code())
				.param("target", score.target())
				.param("actual", score.actual())
				.param("level", score.level())
				.param("score", score.score())
				.param("note", score.note())
				.update();
		}
	}

	List<LeafScore> scores(UUID evaluationId, Party party) {
		return jdbc.sql("""
				select * from evaluation.indicator_score where evaluation_id = :id and party = :party
				order by indicator_code""")
			.param("id", evaluationId)
			.param("party", party.name())
			.query((rs, n) -> new LeafScore(rs.getString("indicator_code"), rs.getString("target"),
					rs.getString("actual"), rs.getString("level"), rs.getBigDecimal("score"), rs.getString("note")))
			.list();
	}

	private Evaluation evaluation(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Evaluation.Subject subject = new Evaluation.Subject(rs.getObject("contract_id", UUID.class),
				rs.getString("contract_number"), rs.getString("title"), rs.getObject("unit_id", UUID.class),
				rs.getString("unit_name"), new RegionCode(rs.getString("region_code")),
				rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
				rs.getObject("plan_line_id", UUID.class), rs.getString("catalog_code"), rs.getBigDecimal("amount"));
		String objection = rs.getString("objection");
		Evaluation.State state = new Evaluation.State(rs.getObject("template_id", UUID.class),
				EvaluationStatus.valueOf(rs.getString("status")), rs.getBigDecimal("score"),
				rs.getString("grade") == null ? null : PerformanceGrade.valueOf(rs.getString("grade")),
				rs.getObject("scored_on", LocalDate.class), rs.getObject("objection_due_on", LocalDate.class),
				objection == null ? null
						: new Evaluation.Objection(objection, rs.getString("objected_by"),
								rs.getObject("objected_at", OffsetDateTime.class), rs.getString("objection_answer"),
								rs.getString("answered_by"), rs.getObject("answered_at", OffsetDateTime.class)),
				rs.getObject("completed_on", LocalDate.class), rs.getInt("version"));
		return Evaluation.restore(id, subject, EvaluationKind.valueOf(rs.getString("kind")),
				rs.getObject("period_starts_on", LocalDate.class), rs.getObject("period_ends_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), state, parties(id));
	}

	private List<Evaluation.PartyEntry> parties(UUID evaluationId) {
		return jdbc.sql("select * from evaluation.party where evaluation_id = :id order by party")
			.param("id", evaluationId)
			.query((rs, n) -> new Evaluation.PartyEntry(Party.valueOf(rs.getString("party")),
					rs.getObject("organization_id", UUID.class), rs.getString("organization_name"),
					rs.getBigDecimal("weight"), PartyStatus.valueOf(rs.getString("status")), rs.getBigDecimal("score"),
					rs.getString("opinion"), rs.getBoolean("declared_independent"), rs.getString("assigned_by"),
					rs.getObject("assigned_at", OffsetDateTime.class), rs.getString("submitted_by"),
					rs.getObject("submitted_at", OffsetDateTime.class)))
			.list()
			.stream()
			.sorted((a, b) -> a.party().compareTo(b.party()))
			.toList();
	}

}
