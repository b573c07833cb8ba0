package org.govbuy.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationCompleted;
import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A FINAL performance evaluation of a contract, inserted as a row of
 * {@code evaluation.evaluation} — a stand-in while the evaluation lifecycle's commands
 * (open, score, objection, final) are written in parallel; swap it for those commands
 * when they exist. The contract's particulars are copied from {@code contract.contract}.
 */
public final class FinalEvaluationFixture {

	private final JdbcClient jdbc;

	private FinalEvaluationFixture(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static FinalEvaluationFixture with(JdbcClient jdbc) {
		return new FinalEvaluationFixture(jdbc);
	}

	/**
	 * A final evaluation of the contract at completion, graded as the score says.
	 * @return the evaluation's id
	 */
	public UUID finalEvaluation(UUID contractId, BigDecimal score, LocalDate completedOn) {
		return finalEvaluation(contractId, EvaluationKind.COMPLETION, score, completedOn);
	}

	/** A final evaluation of the contract of the kind given. */
	public UUID finalEvaluation(UUID contractId, EvaluationKind kind, BigDecimal score, LocalDate completedOn) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into evaluation.evaluation (id, contract_id, contract_number, title, unit_id, unit_name,
				  region_code, provider_id, provider_name, plan_line_id, catalog_code, amount, kind, period_starts_on,
				  period_ends_on, due_on, status, score, grade, scored_on, completed_on, created_at)
				select :id, c.id, c.number, c.title, c.unit_id, c.unit_name, c.region_code, c.provider_id,
				  c.provider_name, c.plan_line_id, :catalog, c.amount, :kind, c.starts_on,
				  c.ends_on - (:shift)::int, c.ends_on + 1, 'FINAL', :score, :grade, :completed, :completed, :now
				from contract.contract c where c.id = :contract""")
			.param("id", id)
			.param("catalog", catalogOf(contractId))
			.param("kind", kind.name())
			// periods of one contract and kind are unique: each further evaluation ends a
			// day earlier
			.param("shift", count(contractId, kind))
			.param("score", score)
			.param("grade", PerformanceGrade.of(score).name())
			.param("completed", completedOn)
			.param("now", OffsetDateTime.now())
			.param("contract", contractId)
			.update();
		return id;
	}

	/**
	 * The row the evaluation lifecycle leaves behind when it publishes this event (for
	 * tests that publish {@link EvaluationCompleted} themselves).
	 */
	public EvaluationCompleted recorded(EvaluationCompleted completed) {
		jdbc.sql("""
				insert into evaluation.evaluation (id, contract_id, contract_number, title, unit_id, unit_name,
				  region_code, provider_id, provider_name, catalog_code, amount, kind, period_starts_on,
				  period_ends_on, due_on, status, score, grade, scored_on, completed_on, created_at)
				values (:id, :contract, :number, :title, :unit, :unitName, :region, :provider, :providerName, :catalog,
				  100000, :kind, :from, :to, :due, 'FINAL', :score, :grade, :completed, :completed, :now)""")
			.param("id", completed.evaluationId())
			.param("contract", completed.contractId())
			.param("number", completed.contractNumber())
			.param("title", completed.title())
			.param("unit", completed.unitId())
			.param("unitName", completed.unitName())
			.param("region", completed.region().value())
			.param("provider", completed.providerId())
			.param("providerName", completed.providerName())
			.param("catalog", completed.catalogCode())
			.param("kind", completed.kind().name())
			.param("from", completed.periodStartsOn())
			.param("to", completed.periodEndsOn())
			.param("due", completed.periodEndsOn().plusDays(1))
			.param("score", completed.score())
			.param("grade", completed.grade().name())
			.param("completed", completed.completedOn())
			.param("now", OffsetDateTime.now())
			.update();
		return completed;
	}

	/**
	 * A final result as the lifecycle would publish it: a contract of its own for a unit
	 * and a provider, graded as the score says.
	 */
	public static EvaluationCompleted completed(UUID unitId, String unitName, RegionCode region, UUID providerId,
			String providerName, String catalogCode, String score, LocalDate completedOn) {
		UUID contract = UUID.randomUUID();
		BigDecimal value = new BigDecimal(score);
		LocalDate ends = completedOn.minusDays(30);
		return new EvaluationCompleted(UUID.randomUUID(), contract, "FE-" + contract.toString().substring(0, 8),
				"社区居家养老服务（评价测试）", unitId, unitName, region, providerId, providerName, catalogCode,
				EvaluationKind.COMPLETION, ends.minusYears(1).plusDays(1), ends, value, PerformanceGrade.of(value),
				completedOn);
	}

	/**
	 * A provider of its own in the registry (qualified), so that credit tests never step
	 * on the demo providers' records.
	 * @return its id
	 */
	public UUID provider(String name, String region) {
		UUID id = UUID.randomUUID();
		String code = ("91" + region + Long.toString(Math.abs(id.getMostSignificantBits()), 36).toUpperCase()
				+ "0000000000")
			.substring(0, 18);
		jdbc.sql(
				"""
						insert into provider.provider (id, organization_id, name, provider_type, credit_code, region_code,
						  legal_representative, contact_name, contact_phone, status, created_at)
						values (:id, :org, :name, 'ENTERPRISE', :code, :region, '测试法人', '测试联系人', '0533-0000000', 'QUALIFIED', :now)""")
			.param("id", id)
			.param("org", UUID.randomUUID())
			.param("name", name + "（" + id.toString().substring(0, 6) + "）")
			.param("code", code)
			.param("region", region)
			.param("now", OffsetDateTime.now())
			.update();
		return id;
	}

	private int count(UUID contractId, EvaluationKind kind) {
		return jdbc.sql("select count(*) from evaluation.evaluation where contract_id = :id and kind = :kind")
			.param("id", contractId)
			.param("kind", kind.name())
			.query(Integer.class)
			.single();
	}

	/** The catalog code of the contract's budget line, if the line names one. */
	private String catalogOf(UUID contractId) {
		return jdbc.sql("""
				select l.catalog_code from contract.contract c join budget.plan_line l on l.id = c.plan_line_id
				where c.id = :id""").param("id", contractId).query(String.class).optional().orElse(null);
	}

}
