package org.govbuy.budget.domain;

/** Where a line's money comes from; all of them are fiscal funds (法 第二条). */
public enum FundingSource {

	DEPARTMENT_BUDGET("部门预算"), SPECIAL_FUND("专项资金"), CASE_BY_CASE("一事一议");

	private final String label;

	FundingSource(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** By its Chinese label, as typed in a spreadsheet. */
	public static java.util.Optional<FundingSource> ofLabel(String label) {
		for (FundingSource source : values()) {
			if (source.label.equals(label == null ? null : label.trim())) {
				return java.util.Optional.of(source);
			}
		}
		return java.util.Optional.empty();
	}

}
