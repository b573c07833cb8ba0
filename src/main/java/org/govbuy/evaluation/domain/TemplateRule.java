package org.govbuy.evaluation.domain;

import org.govbuy.shared.Confidence;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleDefinition;

/**
 * The rules an indicator system (指标体系) obeys before it is published (RULES.md I4). The
 * weights themselves are configurable per region and catalog category; these rules only
 * keep a template scoreable out of 100 points.
 */
public enum TemplateRule implements Rule {

	/** The leaves' weights add up to 100 points. */
	LEAVES_SUM_TO_100(RuleDefinition.of("EVAL-T1", "RULES.md I4；《项目支出绩效评价管理办法》（财预〔2020〕10号）附件", "叶子指标权重合计100分",
			"指标体系按百分制评分，末级指标的权重合计应为100分（各项权重可按地区和品目配置）", Confidence.SECONDARY)),

	/** A parent's weight is the sum of its children's. */
	PARENT_IS_SUM_OF_CHILDREN(RuleDefinition.of("EVAL-T2", "RULES.md I4；《项目支出绩效评价管理办法》（财预〔2020〕10号）附件", "上级指标权重等于下级之和",
			"上级指标的权重应等于其下级指标权重之和，且每个上级指标至少有一个下级指标", Confidence.SECONDARY)),

	/**
	 * A qualitative leaf has a rubric of at least two levels, shares between 0 and 1, one
	 * of them full.
	 */
	QUALITATIVE_RUBRIC(RuleDefinition.of("EVAL-T3", "RULES.md I4；《项目支出绩效评价管理办法》（财预〔2020〕10号）附件", "定性指标评分等级",
			"定性指标应设置至少两个评分等级，各等级得分比例在0至1之间，且有一个等级得满分（比例为1）", Confidence.SECONDARY)),

	/**
	 * A quantitative leaf says whether more or less is better and has a target to score
	 * against.
	 */
	QUANTITATIVE_TARGET(RuleDefinition.of("EVAL-T5", "RULES.md I4；《项目支出绩效评价管理办法》（财预〔2020〕10号）附件", "定量指标目标值",
			"定量指标应明确指标方向（越高越好或越低越好），并设置默认目标值（越高越好的目标值须大于0），计划绩效目标未列明时按默认目标值评分", Confidence.SECONDARY)),

	/**
	 * The first levels are 决策, 过程, 产出 and 效益, each at most once, with their children
	 * under the same one. From memory in RULES.md ([M]): it warns, it does not refuse.
	 */
	FOUR_FIRST_LEVELS(RuleDefinition.of("EVAL-T4", "RULES.md I4 [M]；《项目支出绩效评价管理办法》（财预〔2020〕10号）附件", "一级指标框架",
			"一级指标只能是决策、过程、产出、效益（各至多一个），下级指标归属其上级所在的一级指标（[M] 待核实，权重可配置）", Confidence.MEMORY));

	private final RuleDefinition definition;

	TemplateRule(RuleDefinition definition) {
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
