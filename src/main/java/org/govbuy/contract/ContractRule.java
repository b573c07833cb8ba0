package org.govbuy.contract;

import org.govbuy.shared.Confidence;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleDefinition;

/** The rules of purchase-of-services contracts (RULES.md G1–G9, H3; seed 004). */
public enum ContractRule implements Rule {

	/** The written contract has the mandatory clauses. */
	MANDATORY_CLAUSES(RuleDefinition.of("MOF102-23", "《政府购买服务管理办法》（财政部令第102号）第二十三条", "合同必备条款",
			"政府购买服务合同应当明确服务的内容、期限、数量、质量、价格，资金结算方式，各方权利义务事项和违约责任等内容", Confidence.SECONDARY)),

	/** 1 year by default, up to 3 with the five conditions, never more. */
	TERM(RuleDefinition.of("MOF102-24", "《政府购买服务管理办法》（财政部令第102号）第二十四条", "合同履行期限",
			"政府购买服务合同履行期限一般不超过1年；在预算保障的前提下，对于购买内容相对固定、连续性强、经费来源稳定、价格变化幅度小的服务项目，可以签订履行期限不超过3年的政府购买服务合同",
			Confidence.SECONDARY)),

	/** The term stays within the medium-term fiscal plan. */
	FISCAL_PLAN_HORIZON(RuleDefinition.of("FS87-3", "《关于坚决制止地方以政府购买服务名义违法违规融资的通知》（财预〔2017〕87号）第三条", "中期财政规划期限",
			"政府购买服务期限应严格限定在年度预算和中期财政规划期限内", Confidence.VERIFIED)),

	/**
	 * Renewal once for at most 2 years after an initial term of at most a year graded 优秀.
	 */
	RENEWAL(RuleDefinition.of("LCC2022-14-34", "《山东省财政厅关于做好政府购买服务改革重点工作的通知》（鲁财采〔2022〕14号）第三部分第（四）项（种子文件004）", "合同续签",
			"初始合同履行期限为一年以内、履约评价结果为优秀，且有预算保障的，可与原承接主体续签合同，续签时长原则上不超过2年", Confidence.VERIFIED)),

	/** Signed within 30 days of the award letter. */
	SIGNING_DEADLINE(RuleDefinition.of("GPL-46", "《政府采购法》第四十六条", "合同签订期限", "采购人与中标、成交供应商应当在中标、成交通知书发出之日起三十日内签订政府采购合同",
			Confidence.VERIFIED)),

	/** Published within 2 working days of signing. */
	PUBLICATION_DEADLINE(RuleDefinition.of("GPLR-50", "《政府采购法实施条例》第五十条", "合同公告期限",
			"采购人应当自政府采购合同签订之日起2个工作日内，将政府采购合同在指定媒体上公告", Confidence.VERIFIED)),

	/** Filed within 7 working days of signing. */
	FILING_DEADLINE(RuleDefinition.of("GPL-47", "《政府采购法》第四十七条", "合同备案期限",
			"采购合同自签订之日起七个工作日内，采购人应当将合同副本报同级政府采购监督管理部门和有关部门备案", Confidence.VERIFIED)),

	/** Performance deposits ≤10%, non-cash. */
	PERFORMANCE_DEPOSIT(RuleDefinition.of("GPLR-48", "《政府采购法实施条例》第四十八条", "履约保证金",
			"履约保证金应当以支票、汇票、本票或者金融机构、担保机构出具的保函等非现金形式提交，数额不得超过政府采购合同金额的10%", Confidence.VERIFIED)),

	/** Supplementary contracts ≤10% of the original. */
	SUPPLEMENTARY_LIMIT(RuleDefinition.of("GPL-49", "《政府采购法》第四十九条", "补充合同金额", "所有补充合同的采购金额不得超过原合同采购金额的百分之十，且不得改变合同其他条款",
			Confidence.VERIFIED)),

	/** No change, suspension or termination by one party alone. */
	NO_UNILATERAL_TERMINATION(RuleDefinition.of("GPL-50", "《政府采购法》第五十条", "不得擅自变更、中止或终止合同",
			"政府采购合同的双方当事人不得擅自变更、中止或者终止合同；继续履行将损害国家利益和社会公共利益的，双方当事人应当变更、中止或者终止合同", Confidence.VERIFIED)),

	/** No pass-through; partial subcontracting only with consent. */
	SUBCONTRACTING(RuleDefinition.of("GPL-48", "《政府采购法》第四十八条；《政府购买服务管理办法》第二十六条", "转包与分包",
			"承接主体不得将服务项目转包给其他主体；经采购人同意，中标、成交供应商可以依法采取分包方式履行合同", Confidence.VERIFIED)),

	/**
	 * Acceptance checks every technical, service and safety standard of the contract and
	 * states the findings.
	 */
	ACCEPTANCE_STANDARDS(RuleDefinition.of("GPLR-45", "《政府采购法实施条例》第四十五条", "按合同标准验收",
			"采购人应当按照政府采购合同规定的技术、服务、安全标准组织对供应商履约情况进行验收，并出具验收书；验收书应当包括每一项技术、服务、安全标准的履约情况", Confidence.VERIFIED)),

	/** A recognised testing body takes part in accepting a large or complex project. */
	ACCEPTANCE_TESTING_BODY(RuleDefinition.of("GPL-41", "《政府采购法》第四十一条", "检测机构参与验收",
			"大型或者复杂的政府采购项目，应当邀请国家认可的质量检测机构参与验收工作", Confidence.VERIFIED)),

	/** Service recipients take part in the acceptance of a public service. */
	ACCEPTANCE_RECIPIENTS(RuleDefinition.of("GPLR-45-R", "《政府采购法实施条例》第四十五条", "服务对象参与验收",
			"政府向社会公众提供的公共服务项目，验收时应当邀请服务对象参与并出具意见", Confidence.VERIFIED)),

	/** The acceptance result is published. */
	ACCEPTANCE_PUBLICATION(RuleDefinition.of("GPLR-45-P", "《政府采购法实施条例》第四十五条", "验收结果公告", "政府向社会公众提供的公共服务项目，验收结果应当向社会公告",
			Confidence.VERIFIED)),

	/** The purchaser monitors performance: milestones past due are flagged. */
	PERFORMANCE_MONITORING(RuleDefinition.warning("MOF102-25", "《政府购买服务管理办法》（财政部令第102号）第二十五条", "履约管理与绩效执行监控",
			"购买主体应当加强政府购买服务项目履约管理，开展绩效执行监控，及时掌握项目实施进度和绩效目标实现情况，督促承接主体严格履行合同", Confidence.SECONDARY)),

	/** SMEs are paid within 30 days of acceptance, at most 60 if agreed. */
	SME_PAYMENT_TERM(RuleDefinition.of("SME-9", "《保障中小企业款项支付条例》第九条、第十条", "中小企业付款期限",
			"从中小企业采购服务，应当自交付（约定以验收合格为付款条件的，自验收合格）之日起30日内支付款项；合同另有约定的，付款期限最长不得超过60日", Confidence.VERIFIED)),

	/** Late payment bears interest. */
	SME_LATE_INTEREST(RuleDefinition.of("SME-17", "《保障中小企业款项支付条例》第十七条", "逾期利息",
			"迟延支付中小企业款项的，应当支付逾期利息；未作约定的，按照每日利率万分之五支付", Confidence.VERIFIED));

	private final RuleDefinition definition;

	ContractRule(RuleDefinition definition) {
		this.definition = definition;
	}

	@Override
	public RuleDefinition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "contract";
	}

}
