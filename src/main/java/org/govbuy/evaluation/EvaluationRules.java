package org.govbuy.evaluation;

import org.govbuy.shared.RuleSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the evaluation rules with the platform's rules registry. */
@Configuration(proxyBeanMethods = false)
class EvaluationRules {

	@Bean
	RuleSet evaluationRuleSet() {
		return RuleSet.of(EvaluationRule.values());
	}

}
