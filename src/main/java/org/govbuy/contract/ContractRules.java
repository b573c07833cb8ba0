package org.govbuy.contract;

import org.govbuy.shared.RuleSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the contract rules with the platform's rules registry. */
@Configuration(proxyBeanMethods = false)
class ContractRules {

	@Bean
	RuleSet contractRuleSet() {
		return RuleSet.of(ContractRule.values());
	}

}
