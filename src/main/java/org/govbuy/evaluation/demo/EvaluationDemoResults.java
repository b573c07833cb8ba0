package org.govbuy.evaluation.demo;

import java.util.Optional;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.application.EvaluationViews;
import org.govbuy.evaluation.application.PerformanceEvaluations;
import org.govbuy.evaluation.domain.EvaluationStatus;
import org.govbuy.evaluation.domain.Party;
import org.govbuy.platform.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The scores of the home-care contract's evaluations, after the survey's demo step (order
 * 63) has put the recipients' answers on the open annual evaluation: the purchaser and
 * the evaluator score the annual one, the purchaser sums up, the provider confirms →
 * final; in the completion evaluation only the purchaser has scored. Scores are computed
 * by the platform from the levels chosen and the measured actuals.
 */
@Component
@Profile("demo")
@Order(64)
class EvaluationDemoResults implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(EvaluationDemoResults.class);

	private final EvaluationDemoData data;

	private final PerformanceEvaluations evaluations;

	private final DemoAccounts demo;

	EvaluationDemoResults(EvaluationDemoData data, PerformanceEvaluations evaluations, DemoAccounts demo) {
		this.data = data;
		this.evaluations = evaluations;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<EvaluationViews.Row> annual = data.evaluation(EvaluationKind.ANNUAL);
		Optional<EvaluationViews.Row> completion = data.evaluation(EvaluationKind.COMPLETION);
		if (annual.isEmpty() || completion.isEmpty()) {
			return;
		}
		UUID id = annual.get().id();
		score(id, EvaluationDemoData.PURCHASER, Party.PURCHASER,
				EvaluationDemoData.sheet("好", "好", "较好", "92", "服务内容按合同落实，失能老人照护规范；满意度调查报告提交逾期，已督促整改"));
		score(id, EvaluationDemoData.EVALUATOR, Party.THIRD_PARTY,
				EvaluationDemoData.sheet("较好", "好", "较好", "90", "抽查服务记录120份，个别记录填写不完整；夜间应急响应有待加强"));
		if (data.detail(id).row().status() == EvaluationStatus.OPEN) {
			var result = demo.as(EvaluationDemoData.PURCHASER, () -> evaluations.finish(id));
			log.info("居家养老合同2026年度绩效评价：综合得分 {} 分，等级“{}”", result.shown(), result.grade().label());
		}
		if (data.detail(id).row().status() == EvaluationStatus.SCORED) {
			demo.as(EvaluationDemoData.PROVIDER, () -> {
				evaluations.confirm(id);
				return null;
			});
		}
		score(completion.get().id(), EvaluationDemoData.PURCHASER, Party.PURCHASER,
				EvaluationDemoData.sheet("好", "较好", "较好", "91", "期末评价进行中"));
		log.info("绩效评价演示数据已就绪：年度评价已完成（承接主体确认无异议），期末评价进行中（购买主体已评分，第三方评价机构待接受委托）");
	}

	private void score(UUID id, String account, Party party, PerformanceEvaluations.ScoreSheet sheet) {
		EvaluationViews.Detail detail = data.detail(id);
		if (detail.row().status() == EvaluationStatus.OPEN && EvaluationDemoData.pending(detail, party)
				&& (party != Party.THIRD_PARTY
						|| EvaluationDemoData.party(detail, party).get().declaredIndependent())) {
			demo.as(account, () -> evaluations.score(id, sheet, true));
		}
	}

}
