package org.govbuy.budget;

import org.govbuy.shared.Confidence;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleDefinition;

/**
 * The rules of annual plans, budgets and the funds ledger (RULES.md C1–C3, D1, D3, E1,
 * I1).
 */
public enum BudgetRule implements Rule {

	/** No spending beyond what the budget approved. */
	WITHIN_BUDGET(RuleDefinition.of("BL-13", "《中华人民共和国预算法》第十三条；《政府购买服务管理办法》第十四条、第十六条", "先有预算、后购买服务",
			"经人民代表大会批准的预算，非经法定程序不得调整；各级政府、各部门、各单位的支出必须以经批准的预算为依据，未列入预算的不得支出", Confidence.VERIFIED)),

	/** Splitting a purchase to avoid open tender is flagged. */
	SPLIT_PURCHASES(RuleDefinition.warning("GPLR-28", "《政府采购法实施条例》第二十八条；《政府采购法》第二十八条", "化整为零规避公开招标",
			"在一个财政年度内，采购人将一个预算项目下的同一品目或者类别的服务采用公开招标以外的方式多次采购，累计资金数额超过公开招标数额标准的，属于以化整为零方式规避公开招标（预算调整或经批准采用其他方式的除外），须由审核人员作出决定",
			Confidence.VERIFIED)),

	/** Every line states its performance targets (绩效目标). */
	PERFORMANCE_TARGETS(RuleDefinition.of("BL-32", "《中华人民共和国预算法》第三十二条；《政府购买服务管理办法》第二十条", "填报绩效目标",
			"各部门、各单位应当按照绩效目标管理等预算编制规定编制预算草案，拟购买的服务须填报绩效目标（产出、效益、满意度等指标及目标值）", Confidence.VERIFIED)),

	/**
	 * New major lines need an ex-ante performance assessment before the budget request.
	 */
	EX_ANTE_ASSESSMENT(RuleDefinition.of("MOF102-20", "《政府购买服务管理办法》（财政部令第102号）第二十条；博财采〔2022〕19号（转发鲁财采〔2022〕14号）第（五）项",
			"新增重大项目事前绩效评估", "新增重大政府购买服务项目要开展事前绩效评估，评估通过后方可申请预算（重大项目金额标准见地区参数）", Confidence.SECONDARY)),

	/** Multi-year services stay within the medium-term fiscal plan. */
	MEDIUM_TERM_PLAN(RuleDefinition.of("FS87-3-PLAN", "《关于坚决制止地方以政府购买服务名义违法违规融资的通知》（财预〔2017〕87号）第三条", "跨年度支出纳入中期财政规划",
			"购买主体签订购买服务合同，应当确认涉及的财政支出已在年度预算和中期财政规划中安排；各年度金额须在中期财政规划期限之内", Confidence.VERIFIED)),

	/** Lines under procurement law also need a government procurement budget. */
	PROCUREMENT_BUDGET(RuleDefinition.warning("GPL-2", "《中华人民共和国政府采购法》第二条；《政府采购法实施条例》第二条；博财采〔2022〕19号 第（二）项",
			"同时编制政府采购预算", "项目属于集中采购目录以内或者预算金额达到采购限额标准以上，适用政府采购法，应当同时编制政府采购预算", Confidence.VERIFIED)),

	/** A line that pushes commitments past the region's capacity needs a decision. */
	FISCAL_AFFORDABILITY(RuleDefinition.warning("SEED004-2", "博财采〔2022〕19号（转发鲁财采〔2022〕14号）第（二）项", "财政承受能力评估",
			"要加强政府购买服务财政承受能力评估：批复该项目后，本地区该年度政府购买服务支出承诺将超过财政承受能力参数，须由审核人员作出决定", Confidence.VERIFIED)),

	/** Procurement starts at least 30 days after the purchase intention was published. */
	INTENTION_PUBLISHED(RuleDefinition.of("CK2020-10", "《关于开展政府采购意向公开工作的通知》（财库〔2020〕10号）", "采购意向公开",
			"采购意向公开时间应当尽量提前，原则上不得晚于采购活动开始前30日；因预算单位不可预见的原因急需开展的采购项目除外", Confidence.SECONDARY));

	private final RuleDefinition definition;

	BudgetRule(RuleDefinition definition) {
		this.definition = definition;
	}

	@Override
	public RuleDefinition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "budget";
	}

}
