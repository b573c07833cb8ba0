package org.govbuy.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Evaluations written straight into {@code evaluation.evaluation}, {@code party},
 * {@code indicator_score} and {@code survey_response}, for the report and the portal: the
 * lifecycle commands that write them in production are built in parallel, and the report
 * only reads these rows. The contract is the demo home-care contract of 淄博市民政局 with
 * 淄博市颐康居家养老服务中心 (provider.demo); the third party is 山东正衡绩效评价咨询有限公司 (evaluator.demo). Each
 * evaluation gets a period of its own, so tests never collide.
 */
final class ReportFixtures {

	/** The platform's default indicator system, version 1 (migration V2026_12_11_03). */
	static final UUID DEFAULT_TEMPLATE = UUID.fromString("6b1f0f3e-0000-4000-8000-000000000001");

	/** The purchaser's and the third party's scores per leaf of the default template. */
	static final List<Leaf> LEAVES = List.of(new Leaf("P1", "100", "100", null, "10", "10"),
			new Leaf("O1", "100", "90", null, "18", "17.99"), new Leaf("O2", "100", "100", null, "20", "20"),
			new Leaf("O3", null, null, "较好", "8", "8"), new Leaf("B1", null, null, "较好", "16", "16"),
			new Leaf("B2", null, null, "好", "10", "8"), new Leaf("B3", "90", "92.5", null, "10", "10"));

	/**
	 * Purchaser 92, third party 89.99, weights 40 / 40: combined 90.995, 优, shown 90.99.
	 */
	static final BigDecimal COMBINED = new BigDecimal("90.9950");

	static final String OBJECTION = "对按期完成率的评分有异议，第三季度延期系因疫情管控，联系人电话13812345678";

	static final String ANSWER = "经核实，第三季度里程碑延期属实且未报备，维持原评分。";

	/**
	 * @param id the evaluation
	 * @param contractId its contract
	 * @param title its title
	 * @param periodEndsOn the end of its period
	 */
	record Evaluation(UUID id, UUID contractId, String title, LocalDate periodEndsOn) {
	}

	record Leaf(String code, String target, String actual, String level, String purchaser, String thirdParty) {
	}

	private final JdbcClient jdbc;

	ReportFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A FINAL evaluation scored by the purchaser and the third party, with three survey
	 * answers (mean 92.5), the provider's objection and its answer; not yet published.
	 */
	Evaluation finalEvaluation(String title, UUID templateId) {
		Evaluation evaluation = evaluation(title, "FINAL", templateId);
		parties(evaluation);
		for (String satisfaction : List.of("90", "95", "92.5")) {
			jdbc.sql("""
					insert into evaluation.survey_response (id, evaluation_id, satisfaction, answers, submitted_on)
					values (:id, :evaluation, :satisfaction, cast('{"Q1":5}' as jsonb), :on)""")
				.param("id", UUID.randomUUID())
				.param("evaluation", evaluation.id())
				.param("satisfaction", new BigDecimal(satisfaction))
				.param("on", evaluation.periodEndsOn())
				.update();
		}
		return evaluation;
	}

	Evaluation finalEvaluation(String title) {
		return finalEvaluation(title, DEFAULT_TEMPLATE);
	}

	/** An evaluation whose scores are out but whose objection window is still open. */
	Evaluation scoredEvaluation(String title) {
		Evaluation evaluation = evaluation(title, "SCORED", DEFAULT_TEMPLATE);
		parties(evaluation);
		return evaluation;
	}

	private Evaluation evaluation(String title, String status, UUID templateId) {
		Contract contract = jdbc.sql("""
				select id, number, unit_id, unit_name, region_code, provider_id, provider_name, amount
				from contract.contract where unit_name = '淄博市民政局' and provider_name = '淄博市颐康居家养老服务中心'
				order by created_at limit 1""").query(Contract.class).single();
		LocalDate ends = LocalDate.of(2040, 12, 31).plusDays(ThreadLocalRandom.current().nextInt(20000));
		LocalDate completed = ends.plusDays(40);
		boolean fin = status.equals("FINAL");
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into evaluation.evaluation (id, contract_id, contract_number, title, unit_id, unit_name, region_code,
						  provider_id, provider_name, catalog_code, amount, kind, period_starts_on, period_ends_on, due_on,
						  template_id, status, score, grade, scored_on, objection_due_on, objection, objected_at, objected_by,
						  objection_answer, answered_at, answered_by, completed_on, created_at)
						values (:id, :contract, :number, :title, :unit, :unitName, :region, :provider, :providerName, 'A0401',
						  :amount, 'ANNUAL', :starts, :ends, :ends, :template, :status, :score, 'EXCELLENT', :scored, :objectionDue,
						  :objection, :objectedAt, 'provider.demo', :answer, :answeredAt, 'buyer.mzj', :completed, now())""")
			.param("id", id)
			.param("contract", contract.id())
			.param("number", contract.number())
			.param("title", title)
			.param("unit", contract.unitId())
			.param("unitName", contract.unitName())
			.param("region", contract.regionCode())
			.param("provider", contract.providerId())
			.param("providerName", contract.providerName())
			.param("amount", contract.amount())
			.param("starts", ends.minusYears(1).plusDays(1))
			.param("ends", ends)
			.param("template", templateId)
			.param("status", status)
			.param("score", COMBINED)
			.param("scored", ends.plusDays(30))
			.param("objectionDue", ends.plusDays(37))
			.param("objection", fin ? OBJECTION : null)
			.param("objectedAt", fin ? OffsetDateTime.now() : null)
			.param("answer", fin ? ANSWER : null)
			.param("answeredAt", fin ? OffsetDateTime.now() : null)
			.param("completed", fin ? completed : null)
			.update();
		return new Evaluation(id, contract.id(), title, ends);
	}

	private void parties(Evaluation evaluation) {
		UUID evaluator = jdbc.sql("select id from platform.organization where name = '山东正衡绩效评价咨询有限公司'")
			.query(UUID.class)
			.single();
		party(evaluation, "PURCHASER", null, "淄博市民政局", "92");
		party(evaluation, "THIRD_PARTY", evaluator, "山东正衡绩效评价咨询有限公司", "89.99");
		for (Leaf leaf : LEAVES) {
			score(evaluation, "PURCHASER", leaf, leaf.purchaser());
			score(evaluation, "THIRD_PARTY", leaf, leaf.thirdParty());
		}
	}

	private void party(Evaluation evaluation, String party, UUID organization, String name, String score) {
		jdbc.sql(
				"""
						insert into evaluation.party (evaluation_id, party, organization_id, organization_name, weight, status,
						  score, opinion, declared_independent, submitted_at)
						values (:evaluation, :party, :organization, :name, 40, 'SUBMITTED', :score, '总体完成较好', :independent, now())""")
			.param("evaluation", evaluation.id())
			.param("party", party)
			.param("organization", organization)
			.param("name", name)
			.param("score", new BigDecimal(score))
			.param("independent", organization != null)
			.update();
	}

	private void score(Evaluation evaluation, String party, Leaf leaf, String score) {
		jdbc.sql(
				"""
						insert into evaluation.indicator_score (evaluation_id, party, indicator_code, target, actual, level, score)
						values (:evaluation, :party, :code, :target, :actual, :level, :score)""")
			.param("evaluation", evaluation.id())
			.param("party", party)
			.param("code", leaf.code())
			.param("target", leaf.target())
			.param("actual", leaf.actual())
			.param("level", leaf.level())
			.param("score", new BigDecimal(score))
			.update();
	}

	record Contract(UUID id, String number, UUID unitId, String unitName, String regionCode, UUID providerId,
			String providerName, BigDecimal amount) {
	}

}
