package org.govbuy.catalog;

import java.util.List;

import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

/**
 * The outcome of a negative-list screening: refused (declared attributes, or words a
 * reviewer would refuse on, each violation naming its rule and the triggering words),
 * held for the finance reviewer (uncertain words, highlighted), or allowed.
 *
 * @param outcome refused, held or allowed
 * @param violations the rules that refuse (empty unless refused)
 * @param warnings the uncertain hits, each with its triggering words
 * @param nature what the words say is bought
 * @param triggers every word that triggered a refusal or a hold, for highlighting
 * @param wording the normalised wording a reviewer's decision is remembered for
 * @param exception the reviewer's recorded decision applied to this wording, if any
 */
public record NegativeListDecision(Outcome outcome, List<RuleViolation> violations, List<KeywordWarning> warnings,
		PurchaseNature nature, List<String> triggers, String wording, String exception) {

	public NegativeListDecision {
		violations = List.copyOf(violations);
		warnings = List.copyOf(warnings);
		triggers = List.copyOf(triggers);
	}

	public NegativeListDecision(Outcome outcome, List<RuleViolation> violations, List<KeywordWarning> warnings) {
		this(outcome, violations, warnings, PurchaseNature.SERVICE, List.of(), "", null);
	}

	/** Whether the screen holds this description for the finance reviewer. */
	public boolean held() {
		return outcome == Outcome.HELD;
	}

	public enum Outcome {

		/** A declared attribute puts the purchase on the negative list. */
		REFUSED,
		/**
		 * Uncertain words found: held for the finance reviewer, who excludes or allows it
		 * with a reason.
		 */
		HELD,
		/** Neither. */
		ALLOWED

	}

	public boolean refused() {
		return outcome == Outcome.REFUSED;
	}

	/** Throws the refusal (answered 422 with the violations) if refused. */
	public NegativeListDecision orThrow() {
		if (refused()) {
			throw new RuleViolationException(violations);
		}
		return this;
	}

	/**
	 * An uncertain hit of the negative list in a name or description.
	 *
	 * @param keyword the triggering words (joined with 、)
	 * @param entry the negative-list entry it hints at
	 * @param rule that entry's rule id
	 * @param citation its source
	 * @param message what the reviewer should check (Chinese)
	 */
	public record KeywordWarning(String keyword, String entry, String rule, String citation,
			String message) implements java.io.Serializable {
	}

}
