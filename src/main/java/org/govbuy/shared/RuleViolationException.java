package org.govbuy.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command was refused by one or more rules. The API answers it with 422 and the
 * violations; the UI shows the same text.
 */
public class RuleViolationException extends RuntimeException {

	private final List<RuleViolation> violations;

	public RuleViolationException(RuleViolation violation) {
		this(List.of(violation));
	}

	public RuleViolationException(List<RuleViolation> violations) {
		super(violations.stream().map(RuleViolation::describe).collect(Collectors.joining("；")));
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("a refusal needs at least one violation");
		}
		this.violations = List.copyOf(violations);
	}

	public List<RuleViolation> violations() {
		return violations;
	}

}
