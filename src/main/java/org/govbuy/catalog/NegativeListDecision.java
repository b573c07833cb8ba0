package org.govbuy.catalog;

import java.util.List;

import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

/**
 * The outcome of a negative-list check: refused by declared attributes (with the violated
 * rules), or allowed, possibly with keyword warnings a reviewer must clear with a
 * comment.
 *
 * @param outcome refused, needs review or allowed
 * @param violations the rules that refuse (empty unless refused)
 * @param warnings keywords found in the name or description
 */
public record NegativeListDecision(Outcome outcome, List<RuleViolation> violations, List<KeywordWarning> warnings) {

	public NegativeListDecision {
		violations = List.copyOf(violations);
		warnings = List.copyOf(warnings);
	}

	public enum Outcome {

		/** A declared attribute puts the purchase on the negative list. */
		REFUSED,
		/**
		 * Nothing declared, but keywords found: a reviewer must clear them with a
		 * comment.
		 */
		NEEDS_REVIEW,
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
	 * A keyword of the negative list found in a name or description.
	 *
	 * @param keyword the word found
	 * @param entry the negative-list entry it hints at
	 * @param rule that entry's rule id
	 * @param citation its source
	 * @param message what the reviewer should check (Chinese)
	 */
	public record KeywordWarning(String keyword, String entry, String rule, String citation,
			String message) implements java.io.Serializable {
	}

}
