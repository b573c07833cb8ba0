package org.govbuy.provider;

/**
 * The eligibility conditions a provider declares and proves (法22, 102 §7, 条例19, seeds 000
 * and 001), each with whether evidence can expire.
 */
public enum ChecklistItem {

	/** 独立承担民事责任的能力: 营业执照 or 登记证书. */
	CIVIL_LIABILITY("具有独立承担民事责任的能力", "营业执照、社会组织登记证书等", true),
	/** 健全的治理结构和内部管理制度. */
	GOVERNANCE("具有健全的治理结构和内部管理制度", "章程、组织架构、内部管理制度", false),
	/** 健全的财务会计和资产管理制度. */
	ACCOUNTING("具有健全的财务会计和资产管理制度", "财务会计制度、资产管理制度", false),
	/** 履行合同所必需的设施、人员和专业技术能力. */
	CAPACITY("具有履行合同所必需的设施、人员和专业技术能力", "场所、人员名册、专业资格证书", false),
	/** 依法缴纳税收和社会保障资金的良好记录. */
	TAX_AND_SOCIAL_SECURITY("具有依法缴纳税收和社会保障资金的良好记录", "近期纳税证明、社保缴纳证明", true),
	/** 前三年无重大违法记录 (条例19: 刑事处罚、责令停产停业、吊销许可证或执照、较大数额罚款). */
	NO_MAJOR_VIOLATIONS("参加采购活动前三年内无重大违法记录（刑事处罚、责令停产停业、吊销许可证或执照、较大数额罚款）", "书面声明", false),
	/** 年检或年报公示. */
	ANNUAL_REPORT("按规定通过年检或按要求履行年度报告公示义务", "年检结论或年报公示截图", true),
	/** 信用状况良好. */
	CREDIT("信用状况良好，未列入失信被执行人、严重违法失信名单", "信用中国查询记录", true),
	/** 行业资质 where the service needs one. */
	INDUSTRY_QUALIFICATION("具备提供服务所需的行业资质（如有）", "行业许可或资质证书", true),
	/** 经会计师事务所审计的财务报告 (seed 000). */
	AUDITED_ACCOUNTS("财务报告经具有合法资质的注册会计师审计", "上一年度审计报告", true);

	private final String label;

	private final String evidenceHint;

	private final boolean expires;

	ChecklistItem(String label, String evidenceHint, boolean expires) {
		this.label = label;
		this.evidenceHint = evidenceHint;
		this.expires = expires;
	}

	public String label() {
		return label;
	}

	public String evidenceHint() {
		return evidenceHint;
	}

	/** Whether its evidence carries an expiry date. */
	public boolean expires() {
		return expires;
	}

}
