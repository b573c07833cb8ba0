package org.govbuy.delivery.domain;

/** In what capacity someone took part in an acceptance. */
public enum ParticipantRole {

	/** 采购人代表. */
	PURCHASER("采购人代表"),
	/** 服务对象: a recipient of the service (required for public services, 条例45). */
	RECIPIENT("服务对象"),
	/** 专家. */
	EXPERT("专家"),
	/** 第三方机构: e.g. a recognised testing body (法41). */
	THIRD_PARTY("第三方机构");

	private final String label;

	ParticipantRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
