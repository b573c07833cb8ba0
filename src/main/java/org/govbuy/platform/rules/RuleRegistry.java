package org.govbuy.platform.rules;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govbuy.platform.PlatformRule;
import org.govbuy.shared.Rule;
import org.govbuy.shared.RuleSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

/**
 * Every rule the platform enforces, collected from the modules' {@link RuleSet} beans.
 */
@Service
public class RuleRegistry {

	private final List<Rule> rules;

	private final Map<String, Rule> byId = new HashMap<>();

	RuleRegistry(ObjectProvider<RuleSet> ruleSets) {
		this.rules = ruleSets.orderedStream()
			.flatMap(set -> set.rules().stream())
			.map(Rule.class::cast)
			.sorted(Comparator.comparing(Rule::module).thenComparing(Rule::id))
			.toList();
		for (Rule rule : rules) {
			Rule earlier = byId.putIfAbsent(rule.id(), rule);
			if (earlier != null && earlier != rule) {
				throw new IllegalStateException("规则编号重复：" + rule.id());
			}
		}
	}

	public List<Rule> all() {
		return rules;
	}

	public Optional<Rule> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	@Configuration(proxyBeanMethods = false)
	static class PlatformRules {

		@Bean
		RuleSet platformRuleSet() {
			return RuleSet.of(PlatformRule.values());
		}

	}

}
