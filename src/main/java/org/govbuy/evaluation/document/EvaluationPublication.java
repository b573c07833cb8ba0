package org.govbuy.evaluation.document;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationCompleted;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the results of performance evaluations (87号文 §五; seed 001: 评价结果向社会公布): an
 * evaluation that became final is published once, and the portal lists it with its
 * report.
 */
@Component
public class EvaluationPublication {

	private final JdbcClient jdbc;

	private final Clock clock;

	EvaluationPublication(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Idempotent: a final evaluation already published keeps its date. */
	@ApplicationModuleListener
	void on(EvaluationCompleted completed) {
		publish(completed.evaluationId());
	}

	/**
	 * @return whether it was published now
	 */
	boolean publish(UUID evaluationId) {
		return jdbc.sql("""
				update evaluation.evaluation set published_at = :now
				where id = :id and status = :final and published_at is null""")
			.param("now", OffsetDateTime.now(clock))
			.param("id", evaluationId)
			.param("final", "FINAL")
			.update() == 1;
	}

	/**
	 * A published result as the portal lists it.
	 *
	 * @param id the evaluation
	 * @param contractId its contract
	 * @param title the project (contract) title
	 * @param unitName the purchasing unit
	 * @param region its region
	 * @param providerName the provider
	 * @param kindLabel 年度评价 or 期末评价
	 * @param periodStartsOn first day of the period
	 * @param periodEndsOn last day of the period
	 * @param grade the grade
	 * @param score the score as shown (truncated to 2 decimals)
	 * @param completedOn when it became final
	 */
	public record PublishedEvaluation(UUID id, UUID contractId, String title, String unitName, RegionCode region,
			String providerName, String kindLabel, java.time.LocalDate periodStartsOn, java.time.LocalDate periodEndsOn,
			PerformanceGrade grade, String score, java.time.LocalDate completedOn) {
	}

	/**
	 * The published results, newest first.
	 * @param region a region and those below it, or null for all
	 * @param year the year the period ends in, or null for all
	 * @param contractId one contract's, or null for all
	 */
	public List<PublishedEvaluation> published(RegionCode region, Integer year, UUID contractId) {
		return jdbc
			.sql("""
					select id, contract_id, title, unit_name, region_code, provider_name, kind, period_starts_on, period_ends_on,
					  grade, score, completed_on
					from evaluation.evaluation
					where status = :final and published_at is not null
					  and region_code like :region
					  and (cast(:year as integer) is null or extract(year from period_ends_on) = :year)
					  and (cast(:contract as uuid) is null or contract_id = :contract)
					order by completed_on desc, title
					limit 500""")
			.param("final", "FINAL")
			.param("region", region == null ? "%" : region.scopePrefix() + "%")
			.param("year", year)
			.param("contract", contractId)
			.query((rs, n) -> new PublishedEvaluation(rs.getObject("id", UUID.class),
					rs.getObject("contract_id", UUID.class), rs.getString("title"), rs.getString("unit_name"),
					new RegionCode(rs.getString("region_code")), rs.getString("provider_name"),
					org.govbuy.evaluation.EvaluationKind.valueOf(rs.getString("kind")).label(),
					rs.getObject("period_starts_on", java.time.LocalDate.class),
					rs.getObject("period_ends_on", java.time.LocalDate.class),
					PerformanceGrade.valueOf(rs.getString("grade")), EvaluationReport.shown(rs.getBigDecimal("score")),
					rs.getObject("completed_on", java.time.LocalDate.class)))
			.list();
	}

	/** The regions with published results and the regions above them, for the filter. */
	public List<RegionCode> regions() {
		java.util.TreeSet<String> codes = new java.util.TreeSet<>();
		jdbc.sql(
				"select distinct region_code from evaluation.evaluation where status = :final and published_at is not null")
			.param("final", "FINAL")
			.query(String.class)
			.list()
			.forEach(code -> {
				for (java.util.Optional<RegionCode> at = java.util.Optional.of(new RegionCode(code)); at.isPresent()
						&& !at.get().isNational(); at = at.get().parentCode()) {
					codes.add(at.get().value());
				}
			});
		return codes.stream().map(RegionCode::new).toList();
	}

	/** The years whose periods have published results, newest first. */
	public List<Integer> years() {
		return jdbc.sql("""
				select distinct cast(extract(year from period_ends_on) as integer) from evaluation.evaluation
				where status = :final and published_at is not null order by 1 desc""")
			.param("final", "FINAL")
			.query(Integer.class)
			.list();
	}

}
