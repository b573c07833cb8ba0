package org.govbuy.procurement;

import org.govbuy.shared.RuleSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the procurement rules with the platform's rules registry. */
@Configuration(proxyBeanMethods = false)
class ProcurementRules {

	@Bean
	RuleSet procurementRuleSet() {
		return RuleSet.of(ProcurementRule.values());
	}

}
