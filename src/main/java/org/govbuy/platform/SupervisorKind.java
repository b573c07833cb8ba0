package org.govbuy.platform;

/** The supervising departments of government purchase of services. */
public enum SupervisorKind {

	/** 审计机关. */
	AUDIT("审计"),
	/** 民政部门: social organizations. */
	CIVIL_AFFAIRS("民政"),
	/** 市场监督管理部门: enterprises, 经营异常名录. */
	MARKET_REGULATION("市场监管"),
	/** 机构编制部门: 费随事转, staffing. */
	STAFFING("机构编制");

	private final String label;

	SupervisorKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
