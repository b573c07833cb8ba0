package org.govbuy.budget;

import org.govbuy.shared.RuleSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the budget rules with the platform's rules registry. */
@Configuration(proxyBeanMethods = false)
class BudgetRules {

	@Bean
	RuleSet budgetRuleSet() {
		return RuleSet.of(BudgetRule.values());
	}

}
