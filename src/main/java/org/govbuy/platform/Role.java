package org.govbuy.platform;

/** The roles of GovBuy users; a user holds one or more. */
public enum Role {

	/** 系统管理员: users, organizations, regions, parameters. */
	ADMIN("系统管理员"),
	/** 财政经办: finance bureau officer. */
	FINANCE_CLERK("财政经办"),
	/** 财政审核: finance bureau reviewer. */
	FINANCE_REVIEWER("财政审核"),
	/** 购买主体经办: purchasing unit clerk. */
	PURCHASER_CLERK("购买主体经办"),
	/** 购买主体负责人: head of a purchasing unit. */
	PURCHASER_HEAD("购买主体负责人"),
	/** 承接主体: service provider. */
	PROVIDER("承接主体"),
	/** 评审专家: evaluation expert. */
	EXPERT("评审专家"),
	/** 第三方评价机构: third-party performance evaluator. */
	EVALUATOR("第三方评价机构"),
	/** 监督: audit, 民政 or 市场监管 supervisor. */
	SUPERVISOR("监督");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The authority name Spring Security checks with {@code hasRole}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Finance and supervision users see their region and the regions below it. */
	public boolean seesRegion() {
		return this == FINANCE_CLERK || this == FINANCE_REVIEWER || this == SUPERVISOR;
	}

}
