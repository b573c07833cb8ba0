package org.govbuy.shared;

/**
 * A regulatory rule the platform enforces: a stable id (e.g. {@code MOF102-8} for
 * 财政部令第102号 第八条), the citation of its source article, a Chinese title and message, and
 * how sure we are of the source text. Modules declare their rules as enums implementing
 * this interface.
 */
public interface Rule {

	/** The rule's text; enums hold it as their one field. */
	RuleDefinition definition();

	/** The module that enforces the rule. */
	String module();

	/**
	 * Stable id, used in API answers, tests and documentation; never reused for another
	 * rule.
	 */
	default String id() {
		return definition().id();
	}

	/** Document and article, e.g. 《政府采购法》第三十五条. */
	default String citation() {
		return definition().citation();
	}

	/** Short Chinese title. */
	default String title() {
		return definition().title();
	}

	/** The Chinese message shown when the rule refuses a command. */
	default String message() {
		return definition().message();
	}

	/** How sure we are of the source text (RULES.md marks). */
	default Confidence confidence() {
		return definition().confidence();
	}

	/**
	 * Whether a breach refuses the command or only warns (rules from memory only warn).
	 */
	default boolean blocking() {
		return definition().blocking();
	}

	/** A violation of this rule with its standard message. */
	default RuleViolation violation() {
		return new RuleViolation(id(), citation(), message());
	}

	/** A violation of this rule whose message names the specifics of the case. */
	default RuleViolation violation(String detail) {
		return new RuleViolation(id(), citation(), message() + "：" + detail);
	}

	/** Refuses the command with this rule. */
	default RuleViolationException refusal(String detail) {
		return new RuleViolationException(violation(detail));
	}

}
