package org.govbuy.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govbuy.delivery.domain.AcceptancePolicy.Participant;
import org.govbuy.delivery.domain.AcceptancePolicy.StandardCheck;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** 验收 against the contract's standards, with those who must take part. */
class AcceptancePolicyTests {

	final AcceptancePolicy policy = new AcceptancePolicy();

	final List<StandardCheck> standards = List.of(new StandardCheck("满意度不低于90%", "抽样满意度93%"));

	final Participant purchaser = new Participant("张伟", ParticipantRole.PURCHASER, "同意验收");

	final Participant recipient = new Participant("刘长海", ParticipantRole.RECIPIENT, "服务及时");

	@Test
	void aTechnicallyComplexPurchaseIsAcceptedWithATestingBodyRuleGPL_41() {
		assertThat(policy.check(standards, "合格", false, true, List.of(purchaser))).map(RuleViolation::rule)
			.containsExactly("GPL-41");
		assertThat(policy.check(standards, "合格", false, true,
				List.of(purchaser, new Participant("山东省产品质量检验研究院", ParticipantRole.THIRD_PARTY, "符合标准"))))
			.isEmpty();
		assertThat(policy.check(standards, "合格", false, false, List.of(purchaser))).isEmpty();
	}

	@Test
	void everyStandardNeedsItsPerformanceAndAPublicServiceItsRecipientRulesGPLR_45AndGPLR_45_R() {
		assertThat(policy.check(List.of(new StandardCheck("满意度不低于90%", "")), "合格", true, List.of(recipient)))
			.map(RuleViolation::rule)
			.containsExactly("GPLR-45");
		assertThat(policy.check(standards, "合格", true, List.of(purchaser))).map(RuleViolation::rule)
			.containsExactly("GPLR-45-R");
		assertThat(policy.check(standards, "合格", true, List.of(purchaser, recipient))).isEmpty();
	}

}
