package org.govbuy.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.govbuy.procurement.domain.BreachOutcome.Consequence;
import org.govbuy.procurement.domain.BreachOutcome.Stage;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class FrameworkSurveyAndBreachTests {

	@Test
	void limitsServiceFrameworkAgreementsToTwoYearsAndTwoChoicesRuleMOF110_FA() {
		FrameworkAgreementPolicy policy = new FrameworkAgreementPolicy();
		LocalDate start = LocalDate.of(2027, 1, 1);
		assertThat(policy.checkAgreement(start, LocalDate.of(2028, 12, 31), 3, true)).isEmpty();
		assertThat(policy.checkAgreement(start, LocalDate.of(2029, 1, 1), 3, true)).extracting(RuleViolation::rule)
			.containsExactly("MOF110-FA");
		assertThat(policy.checkAgreement(start, LocalDate.of(2027, 12, 31), 1, true)).extracting(RuleViolation::rule)
			.containsExactly("MOF110-FA");
		assertThat(policy.checkOrder(1, true)).hasSize(1);
		assertThat(policy.checkOrder(2, false)).hasSize(1);
		assertThat(policy.checkOrder(3, true)).isEmpty();
	}

	@Test
	void requiresANeedsSurveyOfThreePartiesForLargeOrPublicProjectsRuleCK2021_22_11() {
		NeedsSurveyPolicy policy = new NeedsSurveyPolicy();
		Money large = Money.ofYuan(10_000_000);
		assertThat(policy.required(Money.ofYuan(10_000_000), large, false, false)).isTrue();
		assertThat(policy.required(Money.of("9999999.99"), large, false, false)).isFalse();
		assertThat(policy.required(Money.ofYuan(500_000), large, true, false)).isTrue();
		assertThat(policy.check(true, 2)).map(RuleViolation::rule).hasValue("CK2021-22-11");
		assertThat(policy.check(true, 3)).isEmpty();
		assertThat(policy.check(false, 0)).isEmpty();
	}

	@Test
	void decidesTheConsequenceOfABreachByStageRuleGPLR_71() {
		BreachOutcome outcome = new BreachOutcome();
		assertThat(outcome.consequence(Stage.BEFORE_AWARD)).isEqualTo(Consequence.RESTART);
		assertThat(outcome.consequence(Stage.AWARDED)).isEqualTo(Consequence.VOID_AND_NEXT_CANDIDATE);
		assertThat(outcome.consequence(Stage.SIGNED)).isEqualTo(Consequence.CANCEL_CONTRACT_AND_NEXT_CANDIDATE);
		assertThat(outcome.decision(Stage.PERFORMED).rule()).isEqualTo("GPLR-71");
	}

}
