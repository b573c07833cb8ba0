package org.govbuy.procurement.domain;

/** The kinds of notice a procurement publishes on the portal. */
public enum NoticeKind {

	/** 采购公告: the call for responses. */
	PROCUREMENT("采购公告"),
	/** 单一来源采购公示: the proposed only supplier, at least 5 working days. */
	SINGLE_SOURCE("单一来源公示"),
	/** 更正公告: a clarification or change of the documents. */
	CORRECTION("更正公告"),
	/** 结果公告: the winner (or the admitted providers, or a changed result). */
	RESULT("结果公告"),
	/** 终止公告: the procurement ended without an award. */
	TERMINATION("终止公告");

	private final String label;

	NoticeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
