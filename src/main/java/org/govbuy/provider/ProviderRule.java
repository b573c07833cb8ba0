package org.govbuy.provider;

import org.govbuy.shared.Confidence;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleDefinition;

/** The rules of who may provide services and for how long a bad actor is kept out. */
public enum ProviderRule implements Rule {

	/** A unified social credit code must carry its check character. */
	CREDIT_CODE(RuleDefinition.of("GB32100-4", "《法人和其他组织统一社会信用代码编码规则》（GB 32100-2015）第4章", "统一社会信用代码校验",
			"统一社会信用代码应为18位，第18位校验码应按国家标准计算一致", Confidence.SECONDARY)),

	/** Who may be a provider (102 §6). */
	PROVIDER_TYPES(RuleDefinition.of("MOF102-6", "《政府购买服务管理办法》（财政部令第102号）第六条", "承接主体范围",
			"承接主体包括依法成立的企业、社会组织（不含由财政拨款保障的群团组织），公益二类和从事生产经营活动的事业单位，农村集体经济组织，基层群众性自治组织，以及具备条件的个人",
			Confidence.SECONDARY)),

	/** 公益一类事业单位 and fiscally funded 群团 with 事业编制 are not providers (102 §8). */
	EXCLUDED_PROVIDERS(RuleDefinition.of("MOF102-8-P", "《政府购买服务管理办法》（财政部令第102号）第八条", "不得作为承接主体的单位",
			"公益一类事业单位、使用事业编制且由财政拨款保障的群团组织，不作为政府购买服务的承接主体", Confidence.SECONDARY)),

	/**
	 * Every condition of 法22 is proven and reviewed before a provider may bid (102 §7).
	 */
	ELIGIBILITY_CONDITIONS(RuleDefinition.of("GPL-22", "《政府采购法》第二十二条；《政府购买服务管理办法》第七条", "承接主体资格条件",
			"承接主体应当具有独立承担民事责任的能力，具有良好的商业信誉和健全的财务会计制度，具有履行合同所必需的设备和专业技术能力，有依法缴纳税收和社会保障资金的良好记录，参加采购活动前三年内在经营活动中没有重大违法记录",
			Confidence.VERIFIED)),

	/** Evidence that has expired suspends the qualification. */
	EVIDENCE_CURRENT(RuleDefinition.of("GPL-22-EXP", "《政府采购法》第二十二条", "资格证明须在有效期内", "资格证明材料已过有效期，资格暂停，更新材料并经审核后恢复",
			Confidence.VERIFIED)),

	/** Bad-list members are kept out (K2 — from memory: a configurable block). */
	CREDIT_LISTS(RuleDefinition.of("CK2016-125", "《关于在政府采购活动中查询及使用信用记录有关问题的通知》（财库〔2016〕125号）第二条", "信用记录查询",
			"列入失信被执行人、重大税收违法案件当事人名单、政府采购严重违法失信行为记录名单等的供应商，拒绝其参与政府采购活动（可由地区配置为提示）", Confidence.MEMORY)),

	/** Debarment of 1–3 years (法77). */
	DEBARMENT(RuleDefinition.of("GPL-77", "《政府采购法》第七十七条", "禁止参加政府采购活动",
			"供应商提供虚假材料、恶意串通等情形的，列入不良行为记录名单，在一至三年内禁止参加政府采购活动", Confidence.VERIFIED)),

	/** False complaints: 1–3 years (条例73). */
	FALSE_COMPLAINT(RuleDefinition.of("GPLR-73", "《政府采购法实施条例》第七十三条", "虚假、恶意投诉",
			"供应商捏造事实、提供虚假材料或者以非法手段取得证明材料进行投诉的，列入不良行为记录名单，禁止其1至3年内参加政府采购活动", Confidence.VERIFIED)),

	/** Fraud keeps a provider out for 3 years (seed 001). */
	FRAUD_EXIT(RuleDefinition.of("MZ2017-51-33", "《芒市政府向社会力量购买服务实施方案（试行）》（芒政办发〔2017〕51号）第三部分第（三）项（种子文件001）", "退出机制",
			"对弄虚作假、冒领财政资金的承接主体，依法给予行政处罚，3年内不得介入政府购买服务", Confidence.VERIFIED)),

	/**
	 * A 差 grade is a warning on the provider's credit record (seed 002:
	 * 建立社会力量承接政府购买服务的信用体系; 102 §21: results are used in choosing providers).
	 */
	CREDIT_WARNING(RuleDefinition.warning("BJ2014-34-CREDIT-W",
			"《北京市人民政府办公厅关于政府向社会力量购买服务的实施意见》（京政办发〔2014〕34号）第三部分第（六）项（种子文件002）；《政府购买服务管理办法》第二十一条", "绩效评价为差的信用警示",
			"绩效评价结果为“差”的，记入承接主体信用记录并予以警示", Confidence.SECONDARY)),

	/**
	 * A second 差 within two years is proposed to finance as a restriction: the count and
	 * the window are the platform's own reading of the credit system (configurable:
	 * govbuy.provider.credit.poor-grades, govbuy.provider.credit.window-years).
	 */
	CREDIT_RESTRICTION(RuleDefinition.warning("BJ2014-34-CREDIT-R",
			"《北京市人民政府办公厅关于政府向社会力量购买服务的实施意见》（京政办发〔2014〕34号）第三部分第（六）项（种子文件002）；《政府购买服务管理办法》第二十一条（次数与期限为本平台可配置规则）",
			"两年内两次绩效评价为差的限制建议", "承接主体两年内两次绩效评价结果为“差”的，向财政部门提出限制其承接政府购买服务的建议，由财政部门决定", Confidence.MEMORY)),

	/** Related parties may not bid in the same lot (条例18). */
	RELATED_PARTIES(RuleDefinition.of("GPLR-18", "《政府采购法实施条例》第十八条", "关联供应商",
			"单位负责人为同一人或者存在直接控股、管理关系的不同供应商，不得参加同一合同项下的政府采购活动", Confidence.VERIFIED));

	private final RuleDefinition definition;

	ProviderRule(RuleDefinition definition) {
		this.definition = definition;
	}

	@Override
	public RuleDefinition definition() {
		return definition;
	}

	@Override
	public String module() {
		return "provider";
	}

}
