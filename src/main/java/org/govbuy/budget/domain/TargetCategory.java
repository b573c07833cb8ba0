package org.govbuy.budget.domain;

/** The kinds of performance indicators (绩效指标) of a line. */
public enum TargetCategory {

	OUTPUT("数量指标"), QUALITY("质量指标"), TIMELINESS("时效指标"), COST("成本指标"), BENEFIT("效益指标"), SATISFACTION("满意度指标");

	private final String label;

	TargetCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** By its Chinese label, as typed in a spreadsheet. */
	public static java.util.Optional<TargetCategory> ofLabel(String label) {
		for (TargetCategory category : values()) {
			if (category.label.equals(label == null ? null : label.trim())) {
				return java.util.Optional.of(category);
			}
		}
		return java.util.Optional.empty();
	}

}
