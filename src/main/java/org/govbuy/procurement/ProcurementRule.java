package org.govbuy.procurement;

import org.govbuy.shared.Confidence;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleDefinition;

/**
 * The rules of choosing a procurement method, its legal calendar, evaluation and
 * challenges.
 */
public enum ProcurementRule implements Rule {

	/** 询价 is for goods only. */
	INQUIRY_NOT_FOR_SERVICES(RuleDefinition.of("MOF74-3", "《政府采购非招标采购方式管理办法》（财政部令第74号）第三条；《政府采购法》第三十二条", "询价不适用于服务",
			"询价方式只适用于货物采购，政府购买服务不得采用询价", Confidence.SECONDARY)),

	/**
	 * At or above the open-tender threshold the method is 公开招标 unless approved
	 * beforehand.
	 */
	OPEN_TENDER_REQUIRED(RuleDefinition.of("GPL-27", "《政府采购法》第二十七条；《政府采购法实施条例》第二十三条", "达到公开招标数额标准应当公开招标",
			"采购金额达到公开招标数额标准（含本数）的，应当采用公开招标方式；因特殊情况采用其他方式的，应在采购活动开始前获得主管预算单位同意和设区的市级以上财政部门批准", Confidence.VERIFIED)),

	/** 邀请招标 only for special services or where open tender costs too much. */
	INVITED_TENDER_CONDITIONS(RuleDefinition.of("GPL-29", "《政府采购法》第二十九条", "邀请招标的适用情形",
			"邀请招标只适用于具有特殊性、只能从有限范围的供应商处采购的，或采用公开招标方式的费用占采购项目总价值比例过大的情形", Confidence.VERIFIED)),

	/** 竞争性谈判 only in the cases of 法30. */
	NEGOTIATION_CONDITIONS(RuleDefinition.of("GPL-30", "《政府采购法》第三十条；《政府采购法实施条例》第二十六条", "竞争性谈判的适用情形",
			"竞争性谈判只适用于招标后无合格标的或重新招标未能成立、技术复杂无法确定规格、紧急需要（不可预见且非因采购人拖延）、不能事先计算价格总额等情形", Confidence.VERIFIED)),

	/** 单一来源 only in the cases of 法31. */
	SINGLE_SOURCE_CONDITIONS(RuleDefinition.of("GPL-31", "《政府采购法》第三十一条；《政府采购法实施条例》第二十七条", "单一来源采购的适用情形",
			"单一来源采购只适用于只能从唯一供应商处采购、发生不可预见的紧急情况、或为保证一致性或服务配套需添购且添购金额不超过原合同10%的情形", Confidence.VERIFIED)),

	/** 框架协议 only for multi-frequency small purchases in the cases of 110令 §3. */
	FRAMEWORK_CONDITIONS(RuleDefinition.of("MOF110-3", "《政府采购框架协议采购方式管理暂行办法》（财政部令第110号）第三条", "框架协议采购的适用情形",
			"框架协议采购只适用于多频次、小额度采购，且属于集中采购目录内品目、本部门鉴证咨询服务、或需确定2家以上供应商由服务对象自主选择的政府购买服务", Confidence.SECONDARY)),

	/** Ways outside procurement law need a published rationale. */
	NON_LAW_METHOD_RATIONALE(RuleDefinition.of("LCC2022-14-33",
			"《山东省财政厅关于做好政府购买服务改革重点工作的通知》（鲁财采〔2022〕14号）第三部分第（三）项（种子文件004）；芒政办发〔2017〕51号（种子文件001）", "非政府采购方式需说明理由",
			"不属于政府采购法适用范围的项目，应结合项目特点和市场主体发育状况选择竞争性评审、定向委托等方式，并说明理由、予以公开", Confidence.VERIFIED)),

	/** Under procurement law, methods outside it cannot be used. */
	LAWFUL_METHOD_UNDER_PROCUREMENT_LAW(RuleDefinition.of("GPL-26", "《政府采购法》第二十六条", "政府采购方式法定",
			"属于政府采购法适用范围的项目，只能采用公开招标、邀请招标、竞争性谈判、单一来源采购、竞争性磋商或框架协议等法定方式", Confidence.VERIFIED)),

	/** ≥20 days from tender documents to bid deadline. */
	TENDER_PERIOD(RuleDefinition.of("GPL-35", "《政府采购法》第三十五条", "等标期不少于二十日", "自招标文件开始发出之日起至投标人提交投标文件截止之日止，不得少于二十日",
			Confidence.VERIFIED)),

	/**
	 * Tender documents available ≥5 working days; clarifications ≥15 days before the
	 * deadline.
	 */
	TENDER_DOCUMENTS_AND_CLARIFICATION(RuleDefinition.of("GPLR-31", "《政府采购法实施条例》第三十一条", "招标文件提供期限与澄清",
			"招标文件的提供期限自开始发出之日起不得少于5个工作日；澄清或修改可能影响投标文件编制的，应在投标截止时间至少15日前发出，不足15日的应顺延投标截止时间", Confidence.VERIFIED)),

	/** Tender announcement period 5 working days. */
	TENDER_NOTICE_PERIOD(RuleDefinition.of("MOF87-16", "《政府采购货物和服务招标投标管理办法》（财政部令第87号）第十六条", "招标公告期限",
			"招标公告、资格预审公告的公告期限为5个工作日", Confidence.SECONDARY)),

	/** 谈判 documents → first response ≥3 working days. */
	NEGOTIATION_PERIOD(RuleDefinition.of("MOF74-29", "《政府采购非招标采购方式管理办法》（财政部令第74号）第二十九条", "谈判文件发出至响应截止",
			"从谈判文件发出之日起至供应商提交首次响应文件截止之日止不得少于3个工作日；澄清或修改应在截止之日3个工作日前发出", Confidence.SECONDARY)),

	/**
	 * 磋商 documents → first response ≥10 days; sale ≥5 working days; clarifications ≥5
	 * days before.
	 */
	CONSULTATION_PERIOD(RuleDefinition.of("CK214-10", "《政府采购竞争性磋商采购方式管理暂行办法》（财库〔2014〕214号）第十条", "磋商文件发出至响应截止",
			"从磋商文件发出之日起至供应商提交首次响应文件截止之日止不得少于10日；磋商文件发售期限不少于5个工作日；澄清或修改应在截止时间至少5日前发出", Confidence.SECONDARY)),

	/** 单一来源 公示 ≥5 working days. */
	SINGLE_SOURCE_NOTICE(RuleDefinition.of("GPLR-38", "《政府采购法实施条例》第三十八条", "单一来源采购公示",
			"达到公开招标数额标准拟采用单一来源采购方式的，应当在采购活动开始前公示，公示期不得少于5个工作日", Confidence.VERIFIED)),

	/** Report ≤2 WD, winner ≤5 WD, result notice ≤2 WD. */
	AWARD_TIME_LIMITS(RuleDefinition.of("GPLR-43", "《政府采购法实施条例》第四十三条", "确定中标人及公告时限",
			"采购代理机构应在评审结束后2个工作日内将评审报告送交采购人；采购人应在收到评审报告后5个工作日内按顺序确定中标或成交供应商，并在确定后2个工作日内发出中标通知书并公告结果",
			Confidence.VERIFIED)),

	/** The documents disclose the budget; a maximum price stays within it. */
	DISCLOSE_BUDGET(RuleDefinition.of("GPLR-30", "《政府采购法实施条例》第三十条", "公开预算金额和最高限价",
			"采购人或者采购代理机构应当在招标文件、谈判文件、询价通知书中公开采购项目预算金额；设定最高限价的，最高限价不得超过采购项目预算金额", Confidence.VERIFIED)),

	/**
	 * A bid (response) above the disclosed budget or the maximum price is invalid, so it
	 * is refused at submission rather than found invalid at evaluation. Marked [V2] only
	 * in the sense that the wording matches a secondary quotation (the 2026-12 security
	 * review quotes 87令 §63: 投标报价超过招标文件中规定的预算金额或者最高限价 → 投标无效); the full text of 87令 has
	 * not been read (RULES.md, "Not read") and RULES.md does not list this rule yet. The
	 * block also follows from 条例第三十条 [V]: the budget and the maximum price are published
	 * in the documents.
	 */
	BID_ABOVE_CAP(RuleDefinition.of("MOF87-63", "《政府采购货物和服务招标投标管理办法》（财政部令第87号）第六十三条第（四）项；《政府采购法实施条例》第三十条",
			"报价超过预算金额或最高限价", "投标（响应）报价超过采购文件中规定的预算金额或者最高限价的，投标（响应）无效", Confidence.SECONDARY)),

	/** Service price weight under 综合评分法 ≥10%. */
	TENDER_PRICE_WEIGHT(RuleDefinition.of("MOF87-55", "《政府采购货物和服务招标投标管理办法》（财政部令第87号）第五十五条", "综合评分法价格分值比重",
			"采用综合评分法的，服务项目价格分值占总分值的比重不得低于10%，货物项目不得低于30%；价格分应采用低价优先法计算", Confidence.SECONDARY)),

	/** 磋商 price weight: services 10–30%, goods 30–60%. */
	CONSULTATION_PRICE_WEIGHT(RuleDefinition.of("CK214-24", "《政府采购竞争性磋商采购方式管理暂行办法》（财库〔2014〕214号）第二十四条", "磋商价格分值比重",
			"竞争性磋商综合评分法中，服务项目的价格分值占总分值的比重为10%至30%，货物项目为30%至60%", Confidence.SECONDARY)),

	/** Abnormally low prices trigger a review. */
	ABNORMALLY_LOW_PRICE(RuleDefinition.of("CK2026-2", "《关于政府采购评审中异常低价审查有关事项的通知》（财库〔2026〕2号）第二条", "异常低价审查",
			"投标（响应）报价低于通过符合性审查供应商报价平均值50%、低于次低报价50%、或低于最高限价（未设最高限价的为预算）45%的，评审委员会应当启动异常低价审查", Confidence.SECONDARY)),

	/** <3 qualified bidders in a tender → 废标. */
	TOO_FEW_BIDDERS(RuleDefinition.of("GPL-36", "《政府采购法》第三十六条", "符合条件的供应商不足三家",
			"招标采购中，符合专业条件的供应商或者对招标文件作实质响应的供应商不足三家的，应予废标", Confidence.VERIFIED)),

	/** 磋商 on a service purchase: 2 may continue, 1 terminates. */
	CONSULTATION_TWO_SUPPLIERS(RuleDefinition.of("CK2015-124", "《关于政府采购竞争性磋商采购方式管理暂行办法有关问题的补充通知》（财库〔2015〕124号）第一条",
			"磋商供应商只有两家", "政府购买服务项目采用竞争性磋商，符合要求的供应商只有2家的，竞争性磋商采购活动可以继续进行；只有1家的应当终止", Confidence.SECONDARY)),

	/** Bid deposits ≤2% of budget, non-cash. */
	BID_DEPOSIT(RuleDefinition.of("GPLR-33", "《政府采购法实施条例》第三十三条", "投标保证金",
			"投标（响应）保证金不得超过采购项目预算金额的2%，并应当以支票、汇票、本票或者金融机构、担保机构出具的保函等非现金形式提交", Confidence.VERIFIED)),

	/** Panel size and expert share. */
	EVALUATION_PANEL(RuleDefinition.of("MOF87-47", "《政府采购货物和服务招标投标管理办法》（财政部令第87号）第四十七条；《政府采购非招标采购方式管理办法》第七条", "评审委员会组成",
			"评标委员会由5人以上单数组成（预算1000万元以上、技术复杂或社会影响大的为7人以上单数）；谈判、磋商小组由3人以上单数组成；评审专家不得少于成员总数的三分之二", Confidence.SECONDARY)),

	/** At equal scores, a social organization ranks first where the region says so. */
	SOCIAL_ORGANIZATION_PREFERENCE(
			RuleDefinition.of("LCC2022-14-42", "《山东省财政厅关于做好政府购买服务改革重点工作的通知》（鲁财采〔2022〕14号）第四部分第（二）项（种子文件004）",
					"同等条件下优先向社会组织购买", "鼓励各级政府部门同等条件下优先向社会组织购买基层社会治理、民生保障、行业管理、公益慈善等领域的公共服务", Confidence.VERIFIED)),

	/**
	 * Supplier conditions may not discriminate (brand, region, ownership, size, past
	 * awards).
	 */
	DISCRIMINATORY_CONDITIONS(RuleDefinition.of("GPLR-20", "《政府采购法实施条例》第二十条；《政府购买服务管理办法》第七条", "不得以不合理条件限制供应商",
			"采购需求和供应商资格条件不得指定品牌、专利或供应商，不得以特定地区、行业业绩，所有制形式、组织形式、所在地，或注册资本、资产总额、营业收入、从业人员、利润、纳税额等规模条件作为资格要求或评审因素",
			Confidence.VERIFIED)),

	/** The result notice carries what 条例43 requires. */
	RESULT_NOTICE_CONTENT(RuleDefinition.of("GPLR-43-N", "《政府采购法实施条例》第四十三条", "中标（成交）结果公告内容",
			"中标、成交结果公告应当包括采购人和采购代理机构的名称、地址、联系方式，项目名称和项目编号，中标或者成交供应商名称、地址和中标或者成交金额，主要中标或者成交标的的名称、服务要求以及评审专家名单",
			Confidence.VERIFIED)),

	/**
	 * The single-source notice carries the reason, the supplier and the experts'
	 * opinions.
	 */
	SINGLE_SOURCE_NOTICE_CONTENT(RuleDefinition.of("MOF74-38", "《政府采购非招标采购方式管理办法》（财政部令第74号）第三十八条", "单一来源公示内容",
			"单一来源采购公示应当包括采购人、项目名称和内容，拟采购的服务说明，采用单一来源方式的原因及相关说明，拟定的唯一供应商名称、地址，专业人员对供应商唯一性的论证意见及其姓名、工作单位和职称",
			Confidence.SECONDARY)),

	/**
	 * Framework agreements for services last at most two years; recipients choose among
	 * two or more.
	 */
	FRAMEWORK_TERMS(RuleDefinition.of("MOF110-FA", "《政府采购框架协议采购方式管理暂行办法》（财政部令第110号）第三条、第十条", "框架协议期限与入围",
			"服务类框架协议期限最长不超过2年；需由服务对象自主选择的，入围供应商不得少于2家", Confidence.SECONDARY)),

	/**
	 * Large, public-facing or complex projects need a needs survey and focused review.
	 */
	NEEDS_SURVEY(RuleDefinition.of("CK2021-22-11", "《政府采购需求管理办法》（财库〔2021〕22号）第十条、第十一条", "需求调查",
			"采购预算1000万元以上的服务项目、向社会公众提供的公共服务项目、技术复杂或专业性强的项目应当开展需求调查，调查对象不少于3个，并实施重点审查", Confidence.SECONDARY)),

	/** A breach that affects the result decides what happens, by stage. */
	BREACH_AFFECTING_RESULT(RuleDefinition.of("GPLR-71", "《政府采购法实施条例》第七十一条", "影响采购结果的违法行为的处理",
			"违法行为影响或可能影响中标、成交结果的：未确定中标、成交供应商的，终止本次采购活动重新开展；已确定但尚未签订合同的，中标、成交结果无效，从合格候选人中另行确定或重新开展；已签订合同但尚未履行的，撤销合同，另行确定或重新开展；已经履行的，依法承担赔偿责任",
			Confidence.VERIFIED)),

	/** Challenges within 7 working days from the right start. */
	CHALLENGE_PERIOD(RuleDefinition.of("GPL-52", "《政府采购法》第五十二条；《政府采购法实施条例》第五十三条", "质疑期限",
			"供应商应在知道或者应知其权益受到损害之日起7个工作日内提出质疑：对采购文件自收到之日或公告期满之日起算，对采购过程自各环节结束之日起算，对结果自结果公告期满之日起算", Confidence.VERIFIED)),

	/** Answers within 7 working days. */
	CHALLENGE_ANSWER(
			RuleDefinition.of("GPL-53", "《政府采购法》第五十三条", "质疑答复期限", "采购人应当在收到供应商书面质疑后7个工作日内作出答复", Confidence.VERIFIED));

	private final RuleDefinition definition;

	ProcurementRule(RuleDefinition definition) {
		this.definition = definition;
	}

	@Override
	public RuleDefinition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "procurement";
	}

}
