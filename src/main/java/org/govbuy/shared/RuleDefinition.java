package org.govbuy.shared;

/**
 * The text of a rule, so that rule enums hold one field instead of five.
 *
 * @param id stable id, e.g. {@code MOF102-8}
 * @param citation document and article
 * @param title short Chinese title
 * @param message the Chinese message of a refusal
 * @param confidence how sure we are of the source
 * @param blocking whether a breach refuses the command (false: a warning or a flag)
 */
public record RuleDefinition(String id, String citation, String title, String message, Confidence confidence,
		boolean blocking) {

	/** A rule that refuses, unless its source is from memory ([M] rules only warn). */
	public static RuleDefinition of(String id, String citation, String title, String message, Confidence confidence) {
		return new RuleDefinition(id, citation, title, message, confidence, confidence != Confidence.MEMORY);
	}

	/** A rule that only warns or flags. */
	public static RuleDefinition warning(String id, String citation, String title, String message,
			Confidence confidence) {
		return new RuleDefinition(id, citation, title, message, confidence, false);
	}

}
