package org.govbuy.platform;

import java.util.LinkedHashSet;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

/**
 * Counts the rule refusals that reach a user (the API's 422, a page's refusal): the
 * Micrometer counter {@code govbuy.rule.refusals} (Prometheus
 * {@code govbuy_rule_refusals_total}) tagged with the rule id, once per rule and refusal.
 * Recorded in the global registry, which Spring Boot binds to its own, because pages run
 * commands through the static {@link PageCommands}.
 */
public final class RuleRefusals {

	public static final String METER = "govbuy.rule.refusals";

	private RuleRefusals() {
	}

	public static void count(RuleViolationException refusal) {
		count(Metrics.globalRegistry, refusal);
	}

	static void count(MeterRegistry registry, RuleViolationException refusal) {
		Set<String> rules = new LinkedHashSet<>();
		for (RuleViolation violation : refusal.violations()) {
			rules.add(violation.rule() == null ? "unknown" : violation.rule());
		}
		for (String rule : rules) {
			Counter.builder(METER)
				.description("Commands refused by a rule, by rule id")
				.tag("rule", rule)
				.register(registry)
				.increment();
		}
	}

}
