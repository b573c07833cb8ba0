package org.govbuy.procurement.domain;

/** How the bids of a procurement are evaluated (条例34). */
public enum EvaluationMethod {

	/** 综合评分法: technical points from the panel plus price points. */
	COMPREHENSIVE,
	/**
	 * 最低评标价法: the lowest compliant price ranks first, for technically standard services.
	 */
	LOWEST_PRICE

}
