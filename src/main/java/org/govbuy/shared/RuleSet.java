package org.govbuy.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The rules one module enforces. Each module registers one as a bean; the platform's
 * rules registry lists them all.
 */
public interface RuleSet {

	Collection<? extends Rule> rules();

	static RuleSet of(Rule... rules) {
		List<Rule> list = Arrays.asList(rules);
		return () -> list;
	}

}
