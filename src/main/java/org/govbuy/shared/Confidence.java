package org.govbuy.shared;

/** How the source text of a rule was checked (the marks of RULES.md). */
public enum Confidence {

	/** [V] checked against a full text of the law or regulation. */
	VERIFIED("V", "已核对原文"),
	/** [V2] checked against secondary copies that quote the article. */
	SECONDARY("V2", "已核对转载"),
	/** [M] from memory; enforced as a warning until confirmed. */
	MEMORY("M", "待核实（仅提示）");

	private final String mark;

	private final String label;

	Confidence(String mark, String label) {
		this.mark = mark;
		this.label = label;
	}

	public String mark() {
		return mark;
	}

	public String label() {
		return label;
	}

}
