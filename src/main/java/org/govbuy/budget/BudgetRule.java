package org.govbuy.budget;

import org.govbuy.shared.Confidence;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleDefinition;

/** The rules of budgets and the funds ledger (RULES.md C1, D3). */
public enum BudgetRule implements Rule {

	/** No spending beyond what the budget approved. */
	WITHIN_BUDGET(RuleDefinition.of("BL-13", "《中华人民共和国预算法》第十三条；《政府购买服务管理办法》第十四条、第十六条", "先有预算、后购买服务",
			"经人民代表大会批准的预算，非经法定程序不得调整；各级政府、各部门、各单位的支出必须以经批准的预算为依据，未列入预算的不得支出", Confidence.VERIFIED)),

	/** Splitting a purchase to avoid open tender is flagged. */
	SPLIT_PURCHASES(RuleDefinition.warning("GPLR-28", "《政府采购法实施条例》第二十八条；《政府采购法》第二十八条", "化整为零规避公开招标",
			"在一个财政年度内，采购人将一个预算项目下的同一品目或者类别的服务采用公开招标以外的方式多次采购，累计资金数额超过公开招标数额标准的，属于以化整为零方式规避公开招标（预算调整或经批准采用其他方式的除外），须由审核人员作出决定",
			Confidence.VERIFIED));

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
