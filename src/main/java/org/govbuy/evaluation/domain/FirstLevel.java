package org.govbuy.evaluation.domain;

/** The four first-level indicators of the framework (财预〔2020〕10号 annex; RULES.md I4). */
public enum FirstLevel {

	/** 决策. */
	DECISION("决策"),
	/** 过程: budget execution among others. */
	PROCESS("过程"),
	/** 产出. */
	OUTPUT("产出"),
	/** 效益: satisfaction of service recipients among others. */
	BENEFIT("效益");

	private final String label;

	FirstLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
