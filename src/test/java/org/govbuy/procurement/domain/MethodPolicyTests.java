package org.govbuy.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.domain.MethodChoice.Approvals;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** Choosing a lawful method for a purchase of services (RULES.md D1–D4). */
class MethodPolicyTests {

	static final Money THRESHOLD = Money.ofYuan(2_000_000);

	static final Money LIMIT = Money.ofYuan(1_000_000);

	static final LocalDate START = LocalDate.of(2026, 12, 1);

	MethodPolicy policy = new MethodPolicy();

	@Test
	void refusesInquiryForServicesRuleMOF74_3() {
		assertThat(rules(choice(ProcurementMethod.INQUIRY, Money.ofYuan(1_500_000)))).contains("MOF74-3");
	}

	@Test
	void requiresOpenTenderAtExactlyTheThresholdRuleGPL_27() {
		assertThat(rules(choice(ProcurementMethod.COMPETITIVE_CONSULTATION, THRESHOLD))).containsExactly("GPL-27");
		assertThat(rules(choice(ProcurementMethod.COMPETITIVE_CONSULTATION, Money.of("1999999.99")))).isEmpty();
		assertThat(policy.propose(choice(ProcurementMethod.OPEN_TENDER, THRESHOLD)))
			.isEqualTo(ProcurementMethod.OPEN_TENDER);
	}

	@Test
	void allowsAnotherMethodAboveTheThresholdOnlyWithBothApprovalsBeforeTheStartRuleGPL_27() {
		Approvals before = new Approvals(true, true, START.minusDays(3));
		Approvals after = new Approvals(true, true, START.plusDays(1));
		Approvals financeOnly = new Approvals(false, true, START.minusDays(3));
		assertThat(rules(choice(ProcurementMethod.COMPETITIVE_CONSULTATION, THRESHOLD, before, Set.of()))).isEmpty();
		assertThat(rules(choice(ProcurementMethod.COMPETITIVE_CONSULTATION, THRESHOLD, after, Set.of())))
			.containsExactly("GPL-27");
		assertThat(rules(choice(ProcurementMethod.COMPETITIVE_CONSULTATION, THRESHOLD, financeOnly, Set.of())))
			.containsExactly("GPL-27");
	}

	@Test
	void refusesInvitedTenderWithoutItsGroundsRuleGPL_29() {
		assertThat(rules(choice(ProcurementMethod.INVITED_TENDER, Money.ofYuan(1_500_000)))).containsExactly("GPL-29");
		assertThat(rules(choice(ProcurementMethod.INVITED_TENDER, Money.ofYuan(1_500_000), Approvals.NONE,
				Set.of(MethodGround.SPECIAL_LIMITED_SUPPLIERS))))
			.isEmpty();
	}

	@Test
	void refusesNegotiationWithoutItsGroundsRuleGPL_30() {
		assertThat(rules(choice(ProcurementMethod.COMPETITIVE_NEGOTIATION, Money.ofYuan(1_500_000))))
			.containsExactly("GPL-30");
		assertThat(rules(choice(ProcurementMethod.COMPETITIVE_NEGOTIATION, Money.ofYuan(1_500_000), Approvals.NONE,
				Set.of(MethodGround.SPECIAL_LIMITED_SUPPLIERS))))
			.containsExactly("GPL-30");
	}

	@Test
	void refusesSingleSourceWithoutItsGroundsRuleGPL_31() {
		assertThat(rules(choice(ProcurementMethod.SINGLE_SOURCE, Money.ofYuan(1_500_000)))).containsExactly("GPL-31");
		assertThat(rules(choice(ProcurementMethod.SINGLE_SOURCE, Money.ofYuan(1_500_000), Approvals.NONE,
				Set.of(MethodGround.ONLY_SUPPLIER))))
			.isEmpty();
	}

	@Test
	void allowsFrameworkAgreementsOnlyInTheirCasesRuleMOF110_3() {
		assertThat(rules(choice(ProcurementMethod.FRAMEWORK_AGREEMENT, Money.ofYuan(1_500_000))))
			.containsExactly("MOF110-3");
		assertThat(rules(choice(ProcurementMethod.FRAMEWORK_AGREEMENT, Money.ofYuan(1_500_000), Approvals.NONE,
				Set.of(MethodGround.RECIPIENT_CHOICE))))
			.isEmpty();
	}

	@Test
	void refusesMethodsOutsideProcurementLawWhenTheLawAppliesRuleGPL_26() {
		assertThat(rules(choice(ProcurementMethod.DIRECT_COMMISSION, Money.ofYuan(1_000_000)))).contains("GPL-26");
	}

	@Test
	void appliesProcurementLawAtTheLimitOrForCentralizedItems() {
		assertThat(policy.procurementLawApplies(choice(ProcurementMethod.OPEN_TENDER, LIMIT))).isTrue();
		assertThat(policy.procurementLawApplies(choice(ProcurementMethod.OPEN_TENDER, Money.of("999999.99"))))
			.isFalse();
		MethodChoice centralized = new MethodChoice(ProcurementMethod.COMPETITIVE_CONSULTATION, Money.ofYuan(50_000),
				THRESHOLD, LIMIT, true, true, Set.of(), Approvals.NONE, START, null);
		assertThat(policy.procurementLawApplies(centralized)).isTrue();
	}

	@Test
	void requiresAPublishedRationaleOutsideProcurementLawRuleLCC2022_14_33() {
		MethodChoice withoutReason = new MethodChoice(ProcurementMethod.DIRECT_COMMISSION, Money.ofYuan(300_000),
				THRESHOLD, LIMIT, false, true, Set.of(), Approvals.NONE, START, " ");
		MethodChoice withReason = new MethodChoice(ProcurementMethod.DIRECT_COMMISSION, Money.ofYuan(300_000),
				THRESHOLD, LIMIT, false, true, Set.of(), Approvals.NONE, START, "本地仅一家具备资质的社区社会组织");
		assertThat(rules(withoutReason)).containsExactly("LCC2022-14-33");
		assertThat(rules(withReason)).isEmpty();
		assertThat(policy.decide(withReason).proposed()).isEqualTo(ProcurementMethod.COMPETITIVE_REVIEW);
	}

	private MethodChoice choice(ProcurementMethod method, Money amount) {
		return choice(method, amount, Approvals.NONE, Set.of());
	}

	private MethodChoice choice(ProcurementMethod method, Money amount, Approvals approvals,
			Set<MethodGround> grounds) {
		return new MethodChoice(method, amount, THRESHOLD, LIMIT, false, true, grounds, approvals, START, null);
	}

	private java.util.List<String> rules(MethodChoice choice) {
		return policy.decide(choice).violations().stream().map(RuleViolation::rule).toList();
	}

}
