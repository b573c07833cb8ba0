package org.govbuy.budget.domain;

import java.time.LocalDate;

/**
 * The record of an ex-ante performance assessment (事前绩效评估): need, economy, targets,
 * feasibility and funding checked before the budget request (102 §20).
 *
 * @param conclusion passed, passed after changes, or failed
 * @param assessedOn when
 * @param assessedBy who assessed (the unit, finance or a third party)
 * @param summary the findings
 */
public record ExAnteAssessment(Conclusion conclusion, LocalDate assessedOn, String assessedBy, String summary) {

	public enum Conclusion {

		PASSED("予以支持"), PASSED_WITH_CHANGES("调整完善后予以支持"), FAILED("不予支持");

		private final String label;

		Conclusion(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	public boolean passed() {
		return conclusion != Conclusion.FAILED;
	}

}
