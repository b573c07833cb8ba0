package org.govbuy.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.govbuy.contract.domain.TerminationPolicy.Ground;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** 法50: neither party changes, suspends or terminates a contract on its own. */
class TerminationPolicyTests {

	final TerminationPolicy policy = new TerminationPolicy();

	@Test
	void thePurchaserAloneMayNotEndByAgreementOrForABreachWithoutAFailedAcceptanceRuleGPL_50() {
		assertThat(policy.checkUnilateral(null, 0)).map(RuleViolation::rule).containsExactly("GPL-50");
		assertThat(policy.checkUnilateral(Ground.AGREEMENT, 3)).map(RuleViolation::rule).containsExactly("GPL-50");
		assertThat(policy.checkUnilateral(Ground.PROVIDER_BREACH, 0)).map(RuleViolation::rule)
			.containsExactly("GPL-50");
	}

	@Test
	void thePublicInterestOrABreachOnRecordEndsTheContract() {
		assertThat(policy.checkUnilateral(Ground.PUBLIC_INTEREST, 0)).isEmpty();
		assertThat(policy.checkUnilateral(Ground.PROVIDER_BREACH, 1)).isEmpty();
	}

}
