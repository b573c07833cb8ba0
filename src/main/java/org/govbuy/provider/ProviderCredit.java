package org.govbuy.provider;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.shared.PerformanceGrade;

/**
 * The credit record other modules add to: evaluation grades, sanctions, false complaints,
 * terminations for breach, late milestones. Events accumulate on the provider and show on
 * its credit history.
 */
public interface ProviderCredit {

	/**
	 * Records an event.
	 * @param providerId the provider
	 * @param kind a short code such as {@code EVALUATION_GRADE} or {@code SANCTION}
	 * @param description what happened, in Chinese
	 * @param source the module that records it
	 * @param occurredOn when it happened
	 */
	void record(UUID providerId, String kind, String description, String source, LocalDate occurredOn);

	/**
	 * Records an event once: an event fed by another module's event carries a source key
	 * (e.g. {@code milestone-late:<id>}), so the same event delivered again records
	 * nothing.
	 * @param sourceKey what the event comes from, unique across the credit record
	 * @return whether it was recorded now (false: already on record)
	 */
	boolean record(UUID providerId, String kind, String description, String source, LocalDate occurredOn,
			String sourceKey);

	/**
	 * Records a final performance evaluation grade once per evaluation, and applies the
	 * credit policy: a 差 is a warning, a second 差 within two years a proposal to finance
	 * to restrict the provider.
	 * @param evaluationId the evaluation graded
	 * @param grade its grade
	 * @param description the result as the credit history shows it, in Chinese
	 * @param gradedOn the day it became final
	 * @return whether it was recorded now (false: already on record)
	 */
	boolean recordGrade(UUID providerId, UUID evaluationId, PerformanceGrade grade, String description,
			LocalDate gradedOn);

	/** The kinds of credit events other modules record. */
	final class Kinds {

		/** 绩效评价结果. */
		public static final String EVALUATION_GRADE = "EVALUATION_GRADE";

		/** 因承接主体违约终止合同. */
		public static final String TERMINATION_BREACH = "TERMINATION_BREACH";

		/** 履约节点逾期. */
		public static final String LATE_MILESTONE = "LATE_MILESTONE";

		/** 信用警示 (a 差 grade). */
		public static final String WARNING = "WARNING";

		private Kinds() {
		}

	}

}
