package org.govbuy.notification;

/** What a message is about; a user chooses per kind whether and how it reaches them. */
public enum NotificationKind {

	/** 合同签订: a contract of the user's unit or provider was signed. */
	CONTRACT_SIGNED("合同签订"),
	/** 合同终止: a contract of the user's provider ended early. */
	CONTRACT_TERMINATED("合同终止"),
	/** 款项支付: the treasury paid the user's provider. */
	PAYMENT_PAID("款项支付"),
	/** 履约验收: a milestone or contract of the user's provider went through acceptance. */
	ACCEPTANCE_RECORDED("履约验收"),
	/** 预算批复: finance approved a budget line of the user's unit. */
	PLAN_LINE_APPROVED("预算批复"),
	/**
	 * 目录发布: a guiding catalog of the user's region (or the region above) was published.
	 */
	CATALOG_VERSION_PUBLISHED("目录发布");

	private final String label;

	NotificationKind(String label) {
		this.label = label;
	}

	/** The kind's Chinese name, as pages show it. */
	public String label() {
		return label;
	}

}
