package org.govbuy.evaluation;

import org.govbuy.shared.Confidence;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleDefinition;

/**
 * The rules of performance evaluation (RULES.md I2–I4; 财综〔2018〕42号; seed 004). Rules
 * whose source text we have only from memory still refuse where the decisions
 * make them part of the method itself (independence, the objection window, scores within
 * weights): their {@link Confidence#MEMORY} mark says the wording is to be confirmed.
 */
public enum EvaluationRule implements Rule {

	/**
	 * The purchaser evaluates itself; a third party's evaluation never replaces it (seed
	 * 004).
	 */
	PURCHASER_OWN_EVALUATION(RuleDefinition.of("EVAL-1", "《政府购买服务管理办法》（财政部令第102号）第二十条；鲁财采〔2022〕14号（种子文件004）",
			"购买主体自行评价", "购买主体应当自行开展绩效评价，第三方评价不能替代购买主体的评价，不得借第三方绩效评价推卸应当直接由政府履行的职责", Confidence.SECONDARY)),

	/**
	 * A third-party evaluator is independent of the provider: not the provider, not
	 * related to it, not its consultant; it declares so when accepting.
	 */
	EVALUATOR_INDEPENDENCE(new RuleDefinition("EVAL-2", "《关于推进政府购买服务第三方绩效评价工作的指导意见》（财综〔2018〕42号）", "第三方评价机构独立性",
			"第三方评价机构应当独立、客观、公正地开展评价并对评价结果的真实性负责；与承接主体为同一主体、存在关联关系或为其提供过咨询服务的，不得承担该项目的评价", Confidence.MEMORY, true)),

	/** Finance joins the evaluation of large projects (重点评价). */
	FINANCE_FOCUSED_EVALUATION(RuleDefinition.of("EVAL-3", "《政府购买服务管理办法》（财政部令第102号）第二十条", "财政部门重点评价",
			"财政部门可以根据需要，对部分重大政府购买服务项目开展重点绩效评价；合同金额达到本地区重点评价标准的，财政部门作为评价方参与评分", Confidence.SECONDARY)),

	/**
	 * The provider may object within the set number of working days of the scores being
	 * out; the purchaser answers before the result is final.
	 */
	OBJECTION_WINDOW(new RuleDefinition("EVAL-4", "《关于推进政府购买服务第三方绩效评价工作的指导意见》（财综〔2018〕42号）；地区参数", "评价结果异议期",
			"承接主体可以在评价得分公布之日起规定的工作日内提出异议，购买主体答复后评价结果方为最终结果；逾期未提出异议的，评价结果自动生效", Confidence.MEMORY, true)),

	/**
	 * An indicator's score lies between 0 and its weight; weights are configurable, the
	 * grade bands are fixed.
	 */
	SCORES_WITHIN_WEIGHTS(new RuleDefinition("EVAL-5", "财预〔2020〕10号 附件（绩效评价共性指标体系框架）；RULES.md I4", "指标得分与权重",
			"每项指标的得分在0与该指标权重之间：定量指标按实际值与目标值的比例计分，定性指标按所选评价等级计分；等级为优（90分以上）、良（80—89分）、中（60—79分）、差（60分以下）",
			Confidence.MEMORY, true)),

	/** Every party taking part scored before the evaluation is finished. */
	PARTIES_COMPLETE(RuleDefinition.of("EVAL-6", "《政府购买服务管理办法》（财政部令第102号）第二十条", "各评价方均已评分",
			"参与评价的各方（购买主体、第三方评价机构、重点评价的财政部门）均提交评分后方可汇总评价结果", Confidence.SECONDARY)),

	/** Results are kept and used for the next choice of provider and for budgets. */
	RESULTS_USED(RuleDefinition.warning("EVAL-7", "《政府购买服务管理办法》（财政部令第102号）第二十一条", "评价结果应用",
			"绩效评价结果应当作为选择承接主体和编制以后年度预算的重要参考依据", Confidence.SECONDARY));

	private final RuleDefinition definition;

	EvaluationRule(RuleDefinition definition) {
		this.definition = definition;
	}

	@Override
	public RuleDefinition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "evaluation";
	}

}
