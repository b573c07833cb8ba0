package org.govbuy.platform;

/** What an organization is to the platform. */
public enum OrganizationKind {

	/** 财政部门: owns the catalog, thresholds and budget review of its region. */
	FINANCE_BUREAU("财政部门"),
	/** 购买主体: a unit that buys services. */
	PURCHASER("购买主体"),
	/** 监督部门: audit, 民政, 市场监管, 机构编制. */
	SUPERVISOR("监督部门"),
	/** 承接主体: a provider of services. */
	PROVIDER("承接主体"),
	/** 第三方评价机构: evaluates performance. */
	EVALUATOR("第三方评价机构"),
	/** 评审专家库: the home of evaluation experts. */
	EXPERT_POOL("评审专家库"),
	/** 平台运营: the platform operator. */
	OPERATOR("平台运营单位");

	private final String label;

	OrganizationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
