package org.govbuy.evaluation;

/** Which evaluation of a contract: one per year of its term, and one at its end. */
public enum EvaluationKind {

	/** 年度评价: at the end of each year of the term but the last. */
	ANNUAL("年度评价"),
	/** 期末评价: when the term ends, or the contract ends early. */
	COMPLETION("期末评价");

	private final String label;

	EvaluationKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
