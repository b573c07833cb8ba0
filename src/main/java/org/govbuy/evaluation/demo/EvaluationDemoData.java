package org.govbuy.evaluation.demo;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.application.EvaluationQueries;
import org.govbuy.evaluation.application.EvaluationViews;
import org.govbuy.evaluation.application.PerformanceEvaluations;
import org.govbuy.evaluation.application.PerformanceEvaluations.LeafInput;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.Party;
import org.govbuy.evaluation.domain.PartyStatus;
import org.govbuy.platform.DemoAccounts;
import org.govbuy.platform.Organization;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The evaluations of the home-care contract of 淄博市民政局 (term 2026-04-01 to 2027-03-31):
 * the purchaser opens both early, assigns 山东正衡绩效评价咨询有限公司, which accepts the annual one.
 * Its scores, sum-up and the provider's confirmation come after the recipients' survey
 * answers: see {@link EvaluationDemoResults} (order 64); the survey's demo step runs
 * between, at order 63, while the annual evaluation is open. Each step runs as the demo
 * account that would take it, and only if it has not been taken yet.
 */
@Component
@Profile("demo")
@Order(62)
class EvaluationDemoData implements ApplicationRunner {

	static final String CONTRACT_TITLE = "2026年社区居家养老上门服务合同";

	static final String PURCHASER = "buyer.mzj";

	static final String EVALUATOR = "evaluator.demo";

	static final String PROVIDER = "provider.demo";

	static final String EVALUATOR_NAME = "山东正衡绩效评价咨询有限公司";

	private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

	private final PerformanceEvaluations evaluations;

	private final EvaluationQueries queries;

	private final Organizations organizations;

	private final DemoAccounts demo;

	EvaluationDemoData(PerformanceEvaluations evaluations, EvaluationQueries queries, Organizations organizations,
			DemoAccounts demo) {
		this.evaluations = evaluations;
		this.queries = queries;
		this.organizations = organizations;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<UUID> evaluator = organizations.ofKind(OrganizationKind.EVALUATOR)
			.stream()
			.filter(org -> org.name().equals(EVALUATOR_NAME))
			.map(Organization::id)
			.findFirst();
		Optional<EvaluationViews.Row> annual = evaluation(EvaluationKind.ANNUAL);
		Optional<EvaluationViews.Row> completion = evaluation(EvaluationKind.COMPLETION);
		if (evaluator.isEmpty() || annual.isEmpty() || completion.isEmpty()) {
			return;
		}
		prepare(annual.get().id(), evaluator.get(), true);
		prepare(completion.get().id(), evaluator.get(), false);
		log.info("绩效评价演示数据：居家养老合同的年度评价和期末评价已提前开始，已委托第三方评价机构");
	}

	/** Opens early, assigns the evaluator and (for the annual one) has it accept. */
	private void prepare(UUID id, UUID evaluator, boolean accepted) {
		if (detail(id).row().status() == EvaluationStatus.SCHEDULED) {
			demo.as(PURCHASER, () -> {
				evaluations.openEarly(id);
				return null;
			});
		}
		EvaluationViews.Detail detail = detail(id);
		if (detail.row().status() == EvaluationStatus.OPEN && party(detail, Party.THIRD_PARTY).isEmpty()) {
			demo.as(PURCHASER, () -> {
				evaluations.assign(id, evaluator);
				return null;
			});
		}
		detail = detail(id);
		if (accepted && detail.row().status() == EvaluationStatus.OPEN
				&& party(detail, Party.THIRD_PARTY).filter(p -> !p.declaredIndependent()).isPresent()) {
			demo.as(EVALUATOR, () -> {
				evaluations.accept(id, true, false);
				return null;
			});
		}
	}

	Optional<EvaluationViews.Row> evaluation(EvaluationKind kind) {
		return demo.as(PURCHASER,
				() -> queries.list()
					.stream()
					.filter(row -> row.title().equals(CONTRACT_TITLE) && row.kind() == kind)
					.findFirst());
	}

	EvaluationViews.Detail detail(UUID id) {
		return demo.as(PURCHASER, () -> queries.detail(id));
	}

	static Optional<EvaluationViews.PartyView> party(EvaluationViews.Detail detail, Party party) {
		return detail.parties().stream().filter(p -> p.party() == party).findFirst();
	}

	static boolean pending(EvaluationViews.Detail detail, Party party) {
		return party(detail, party).filter(p -> p.status() == PartyStatus.PENDING).isPresent();
	}

	/**
	 * A party's sheet: rubric levels for the qualitative indicators, and actuals for the
	 * quantitative ones the platform has not measured (the platform's own figures win).
	 */
	static PerformanceEvaluations.ScoreSheet sheet(String o3, String b1, String b2, String satisfaction,
			String opinion) {
		return new PerformanceEvaluations.ScoreSheet(Map.of("P1", new LeafInput(new BigDecimal("100"), null, null),
				"O1", new LeafInput(new BigDecimal("95"), null, null), "O2",
				new LeafInput(new BigDecimal("100"), null, null), "O3", new LeafInput(null, o3, null), "B1",
				new LeafInput(null, b1, null), "B2", new LeafInput(null, b2, null), "B3",
				new LeafInput(new BigDecimal(satisfaction), null, "平台尚无满意度调查答卷时按回访抽查结果填写")), opinion);
	}

}
