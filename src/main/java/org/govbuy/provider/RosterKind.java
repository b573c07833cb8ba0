package org.govbuy.provider;

/** The lists supervisors import; all but the first keep a provider out. */
public enum RosterKind {

	/** 民政部门登记的社会组织: proves registration, blocks nobody. */
	REGISTERED_SOCIAL_ORGANIZATIONS("民政登记社会组织名录", false),
	/** 经营异常名录 (市场监管). */
	ABNORMAL_OPERATIONS("经营异常名录", true),
	/** 严重违法失信名单 (市场监管). */
	SERIOUS_VIOLATIONS("严重违法失信名单", true),
	/** 失信被执行人 (法院). */
	DISHONEST_DEBTORS("失信被执行人名单", true),
	/** 政府采购严重违法失信行为记录. */
	PROCUREMENT_VIOLATIONS("政府采购严重违法失信行为记录名单", true);

	private final String label;

	private final boolean blocks;

	RosterKind(String label, boolean blocks) {
		this.label = label;
		this.blocks = blocks;
	}

	public String label() {
		return label;
	}

	public boolean blocks() {
		return blocks;
	}

}
