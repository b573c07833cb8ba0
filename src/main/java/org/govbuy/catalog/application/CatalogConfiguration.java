package org.govbuy.catalog.application;

import org.govbuy.catalog.CatalogRule;
import org.govbuy.shared.RuleSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's rules for the registry. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	RuleSet catalogRuleSet() {
		return RuleSet.of(CatalogRule.values());
	}

}
