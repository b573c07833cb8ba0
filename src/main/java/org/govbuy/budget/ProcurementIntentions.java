package org.govbuy.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

/**
 * Whether procurement of an approved budget line may start (for the procurement module):
 * the line is approved (BL-13) and its purchase intention was published at least 30 days
 * before, unless urgent (CK2020-10).
 */
public interface ProcurementIntentions {

	/**
	 * The answer for a line on a date.
	 *
	 * @param lineId the plan line
	 * @param on the intended start of procurement
	 * @param allowed whether it may start
	 * @param earliestStart the first day it may start, if an intention is published
	 * @param violations why not (empty when allowed)
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "IntentionDecision")
	record Decision(UUID lineId, LocalDate on, boolean allowed, LocalDate earliestStart,
			List<RuleViolation> violations) {

		public Decision orThrow() {
			if (!allowed) {
				throw new RuleViolationException(violations);
			}
			return this;
		}

	}

	Decision mayStartProcurement(UUID lineId, LocalDate on);

}
