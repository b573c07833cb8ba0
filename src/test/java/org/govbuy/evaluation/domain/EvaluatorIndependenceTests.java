package org.govbuy.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govbuy.evaluation.domain.EvaluatorIndependence.Candidate;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A third-party evaluator is independent of the provider (EVAL-2, 财综〔2018〕42号). */
class EvaluatorIndependenceTests {

	static final String PROVIDER = "52370300MJD123456X";

	@Test
	void anIndependentEvaluatorMayEvaluate() {
		assertThat(EvaluatorIndependence.check(new Candidate("山东正衡", "91370300MA3C000001", PROVIDER, false, false)))
			.isEmpty();
	}

	@Test
	void refusesTheProviderItselfRuleEVAL_2() {
		assertThat(EvaluatorIndependence.check(new Candidate("颐康", PROVIDER, PROVIDER, false, false)))
			.extracting(RuleViolation::rule)
			.containsExactly("EVAL-2");
	}

	@Test
	void refusesAnEvaluatorRelatedToTheProviderRuleEVAL_2() {
		assertThat(EvaluatorIndependence.check(new Candidate("关联咨询", "91370300MA3C000002", PROVIDER, true, false)))
			.singleElement()
			.satisfies(violation -> assertThat(violation.message()).contains("关联关系"));
	}

	@Test
	void refusesTheProvidersConsultantRuleEVAL_2() {
		assertThat(EvaluatorIndependence.check(new Candidate("顾问", "91370300MA3C000003", PROVIDER, false, true)))
			.singleElement()
			.satisfies(violation -> assertThat(violation.message()).contains("咨询服务"));
	}

	@Test
	void anEvaluatorAcceptsOnlyWithItsDeclarationRuleEVAL_2() {
		assertThatThrownBy(() -> EvaluatorIndependence.requireDeclaration(false))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("EVAL-2");
	}

}
