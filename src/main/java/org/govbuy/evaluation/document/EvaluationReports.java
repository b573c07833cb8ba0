package org.govbuy.evaluation.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.govbuy.contract.ContractParties;
import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.application.SurveyResults;
import org.govbuy.evaluation.application.TemplateRepository;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.TemplateTree;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evaluation report from the evaluation's own rows (evaluation, party,
 * indicator_score, the survey, the template version it opened with): for those who may
 * see the evaluation — the purchasing unit, the provider, finance and supervisors in
 * scope, the assigned third-party evaluator — once it has scores; for everyone once it is
 * final and published (87号文 §五), with personal numbers masked. Anything else is 404.
 */
@Component
public class EvaluationReports {

	private static final String PARTY_ORDER = "array_position(array['PURCHASER', 'THIRD_PARTY', 'FINANCE']::varchar[], party)";

	private final JdbcClient jdbc;

	private final TemplateRepository templates;

	private final SurveyResults survey;

	private final ContractParties contracts;

	private final String font;

	private volatile EvaluationReportPdf pdf;

	EvaluationReports(JdbcClient jdbc, TemplateRepository templates, SurveyResults survey, ContractParties contracts,
			@Value("${govbuy.pdf.font:}") String font) {
		this.jdbc = jdbc;
		this.templates = templates;
		this.survey = survey;
		this.contracts = contracts;
		this.font = font;
	}

	/**
	 * An evaluation's head row.
	 */
	record Head(UUID id, String contractNumber, String title, UUID unitId, String unitName, String regionCode,
			UUID providerId, String providerName, String kind, LocalDate periodStartsOn, LocalDate periodEndsOn,
			UUID templateId, BigDecimal score, String grade, String objection, String objectionAnswer,
			LocalDate completedOn, boolean finalResult, boolean published) {
	}

	/** The report for a signed-in user who may see the evaluation. */
	public byte[] internal(UUID id) {
		CurrentUser user = CurrentUser.require();
		Head head = head(id).filter(found -> found.score() != null)
			.filter(found -> readable(found, user))
			.orElseThrow(() -> new NotFoundException("绩效评价报告不存在或尚未形成评价结果"));
		return pdf().render(report(head, false), false);
	}

	/** The published report, for anyone. */
	public byte[] published(UUID id) {
		Head head = head(id).filter(found -> found.finalResult() && found.published())
			.orElseThrow(() -> new NotFoundException("绩效评价结果不存在或尚未公开"));
		return pdf().render(report(head, true), true);
	}

	/** The report's content (for the public copy with personal numbers masked). */
	EvaluationReport report(Head head, boolean publicCopy) {
		Optional<IndicatorTemplate> template = Optional.ofNullable(head.templateId()).flatMap(templates::find);
		List<Party> parties = jdbc.sql(
				"select party, organization_name, weight, score from evaluation.party where evaluation_id = :id order by "
						+ PARTY_ORDER)
			.param("id", head.id())
			.query((rs, n) -> new Party(rs.getString("party"), rs.getString("organization_name"),
					rs.getBigDecimal("weight"), rs.getBigDecimal("score")))
			.list();
		Map<String, Score> scores = new HashMap<>();
		jdbc.sql("select * from evaluation.indicator_score where evaluation_id = :id")
			.param("id", head.id())
			.query((rs, n) -> new Score(rs.getString("party"), rs.getString("indicator_code"), rs.getString("target"),
					rs.getString("actual"), rs.getString("level"), rs.getBigDecimal("score")))
			.list()
			.forEach(score -> scores.put(score.party() + "/" + score.code(), score));
		SurveyResults.Satisfaction satisfaction = survey.satisfaction(head.id());
		List<EvaluationReport.Party> shownParties = parties.stream()
			.map(party -> new EvaluationReport.Party(role(party.party()), party.organizationName(), party.weight(),
					party.score()))
			.toList();
		return new EvaluationReport(head.id(), head.contractNumber(), head.title(), head.unitName(),
				head.providerName(), EvaluationKind.valueOf(head.kind()), head.periodStartsOn(), head.periodEndsOn(),
				template.map(IndicatorTemplate::name).orElse(null), template.map(IndicatorTemplate::version).orElse(0),
				shownParties, lines(template.map(IndicatorTemplate::indicators).orElse(List.of()), parties, scores),
				satisfaction.responses(), satisfaction.rate(), head.score(),
				head.grade() == null ? null : PerformanceGrade.valueOf(head.grade()),
				publicCopy ? PublicText.mask(head.objection()) : head.objection(),
				publicCopy ? PublicText.mask(head.objectionAnswer()) : head.objectionAnswer(), head.completedOn(),
				head.finalResult());
	}

	Optional<Head> head(UUID id) {
		return jdbc.sql("""
				select e.*, e.status = :final as final_result, e.published_at is not null as published
				from evaluation.evaluation e where e.id = :id""")
			.param("final", "FINAL")
			.param("id", id)
			.query((rs, n) -> new Head(rs.getObject("id", UUID.class), rs.getString("contract_number"),
					rs.getString("title"), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
					rs.getString("region_code"), rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
					rs.getString("kind"), rs.getObject("period_starts_on", LocalDate.class),
					rs.getObject("period_ends_on", LocalDate.class), rs.getObject("template_id", UUID.class),
					rs.getBigDecimal("score"), rs.getString("grade"), rs.getString("objection"),
					rs.getString("objection_answer"), rs.getObject("completed_on", LocalDate.class),
					rs.getBoolean("final_result"), rs.getBoolean("published")))
			.optional();
	}

	/**
	 * The purchasing unit, the provider, finance and supervisors in scope (as for the
	 * contract), and the evaluator assigned as third party.
	 */
	private boolean readable(Head head, CurrentUser user) {
		if (contracts.readableBy(head.unitId(), new RegionCode(head.regionCode()), head.providerId(), user)) {
			return true;
		}
		return user.hasRole(Role.EVALUATOR) && user.organizationId() != null
				&& jdbc.sql("""
						select count(*) from evaluation.party
						where evaluation_id = :id and party = :thirdParty and organization_id = :organization""")
					.param("id", head.id())
					.param("thirdParty", "THIRD_PARTY")
					.param("organization", user.organizationId())
					.query(Integer.class)
					.single() > 0;
	}

	/**
	 * The template's indicators, parents before children, each with every party's score
	 * (a parent's is the sum of its children's).
	 */
	private static List<EvaluationReport.Line> lines(List<Indicator> indicators, List<Party> parties,
			Map<String, Score> scores) {
		List<EvaluationReport.Line> lines = new ArrayList<>();
		for (Indicator indicator : TemplateTree.depthFirst(indicators)) {
			List<BigDecimal> partyScores = new ArrayList<>();
			for (Party party : parties) {
				partyScores.add(sum(indicator, indicators, party.party(), scores));
			}
			Set<String> targets = new LinkedHashSet<>();
			Set<String> actuals = new LinkedHashSet<>();
			for (Party party : parties) {
				Score score = scores.get(party.party() + "/" + indicator.code());
				if (score != null) {
					Optional.ofNullable(score.target()).ifPresent(targets::add);
					Optional.ofNullable(score.level() != null ? score.level() : score.actual()).ifPresent(actuals::add);
				}
			}
			if (targets.isEmpty() && indicator.defaultTarget() != null) {
				targets.add(indicator.defaultTarget().stripTrailingZeros().toPlainString());
			}
			lines.add(new EvaluationReport.Line(indicator.level(), indicator.name(), indicator.weight(),
					targets.isEmpty() ? "—" : String.join("／", targets),
					actuals.isEmpty() ? "—" : String.join("／", actuals), partyScores));
		}
		return lines;
	}

	private static BigDecimal sum(Indicator indicator, List<Indicator> indicators, String party,
			Map<String, Score> scores) {
		if (indicator.leaf()) {
			Score score = scores.get(party + "/" + indicator.code());
			return score == null ? null : score.score();
		}
		BigDecimal total = null;
		for (Indicator child : indicators) {
			if (indicator.code().equals(child.parentCode())) {
				BigDecimal part = sum(child, indicators, party, scores);
				if (part != null) {
					total = total == null ? part : total.add(part);
				}
			}
		}
		return total;
	}

	private static String role(String party) {
		return switch (party) {
			case "PURCHASER" -> "购买主体";
			case "THIRD_PARTY" -> "第三方评价机构";
			case "FINANCE" -> "财政部门";
			default -> party;
		};
	}

	private EvaluationReportPdf pdf() {
		EvaluationReportPdf loaded = pdf;
		if (loaded == null) {
			synchronized (this) {
				if (pdf == null) {
					pdf = new EvaluationReportPdf(font);
				}
				loaded = pdf;
			}
		}
		return loaded;
	}

	private record Party(String party, String organizationName, BigDecimal weight, BigDecimal score) {
	}

	private record Score(String party, String code, String target, String actual, String level, BigDecimal score) {
	}

}
