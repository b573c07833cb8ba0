package org.govbuy.provider;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.shared.RuleViolation;

/**
 * Whether a provider may bid and be awarded on a date: qualified, evidence current, not
 * on a bad list, not debarred. Procurement calls it before accepting a bid and before an
 * award.
 */
public interface ProviderEligibility {

	Decision check(UUID providerId, LocalDate on);

	/**
	 * Whether two providers are related (shared legal representative or a declared
	 * control link).
	 */
	boolean related(UUID first, UUID second);

	/**
	 * The outcome, with the reasons that keep the provider out and the warnings that do
	 * not.
	 *
	 * @param eligible whether the provider may bid
	 * @param violations why not
	 * @param warnings what the purchaser should know
	 */
	record Decision(boolean eligible, List<RuleViolation> violations, List<RuleViolation> warnings) {
	}

}
