package org.govbuy.evaluation.application;

import org.govbuy.evaluation.domain.TemplateRule;
import org.govbuy.shared.RuleSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the indicator-system rules with the platform's rules registry. */
@Configuration(proxyBeanMethods = false)
class TemplateRules {

	@Bean
	RuleSet evaluationTemplateRuleSet() {
		return RuleSet.of(TemplateRule.values());
	}

}
