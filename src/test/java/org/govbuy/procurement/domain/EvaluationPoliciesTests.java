package org.govbuy.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.domain.LowPriceReview.Reason;
import org.govbuy.procurement.domain.LowPriceReview.Triggers;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * Price weights, price scores, low-price triggers, supplier counts, deposits and panels.
 */
class EvaluationPoliciesTests {

	PriceWeightPolicy weights = new PriceWeightPolicy();

	LowPriceReview lowPrice = new LowPriceReview();

	SupplierCountPolicy counts = new SupplierCountPolicy();

	DepositPolicy deposits = new DepositPolicy();

	PanelPolicy panels = new PanelPolicy();

	@Test
	void refusesATenderPriceWeightBelowTenPercentRuleMOF87_55() {
		assertThat(weights.check(ProcurementMethod.OPEN_TENDER, new BigDecimal("0.09"))).map(RuleViolation::rule)
			.hasValue("MOF87-55");
		assertThat(weights.check(ProcurementMethod.OPEN_TENDER, new BigDecimal("0.10"))).isEmpty();
		assertThat(weights.check(ProcurementMethod.OPEN_TENDER, new BigDecimal("0.40"))).isEmpty();
	}

	@Test
	void keepsTheConsultationPriceWeightBetweenTenAndThirtyPercentRuleCK214_24() {
		assertThat(weights.check(ProcurementMethod.COMPETITIVE_CONSULTATION, new BigDecimal("0.05")))
			.map(RuleViolation::rule)
			.hasValue("CK214-24");
		assertThat(weights.check(ProcurementMethod.COMPETITIVE_CONSULTATION, new BigDecimal("0.35")))
			.map(RuleViolation::rule)
			.hasValue("CK214-24");
		assertThat(weights.check(ProcurementMethod.COMPETITIVE_CONSULTATION, new BigDecimal("0.30"))).isEmpty();
	}

	@Test
	void scoresPriceAgainstTheLowestValidPrice() {
		PriceScoring scoring = new PriceScoring();
		assertThat(scoring.score(Money.ofYuan(800_000), Money.ofYuan(800_000), new BigDecimal("30")))
			.isEqualByComparingTo("30.00");
		assertThat(scoring.score(Money.ofYuan(1_000_000), Money.ofYuan(800_000), new BigDecimal("30")))
			.isEqualByComparingTo("24.00");
	}

	@Test
	void triggersTheReviewBelowHalfTheAverageRuleCK2026_2() {
		List<Money> prices = List.of(Money.ofYuan(100), Money.ofYuan(300), Money.ofYuan(320), Money.ofYuan(380));
		// average 275; 50% = 137.5
		assertThat(lowPrice.triggered(Money.ofYuan(100), prices, null, Triggers.DEFAULT))
			.contains(Reason.BELOW_AVERAGE);
		assertThat(lowPrice.triggered(Money.ofYuan(300), prices, null, Triggers.DEFAULT)).isEmpty();
	}

	@Test
	void triggersTheReviewBelowHalfTheSecondLowestRuleCK2026_2() {
		List<Money> prices = List.of(Money.ofYuan(140), Money.ofYuan(290), Money.ofYuan(300), Money.ofYuan(310));
		// average 260, 50% = 130 (not triggered); second lowest 290, 50% = 145
		assertThat(lowPrice.triggered(Money.ofYuan(140), prices, null, Triggers.DEFAULT))
			.containsExactly(Reason.BELOW_SECOND_LOWEST);
	}

	@Test
	void triggersTheReviewBelowFortyFivePercentOfTheMaximumPriceRuleCK2026_2() {
		List<Money> prices = List.of(Money.ofYuan(440), Money.ofYuan(500), Money.ofYuan(520));
		assertThat(lowPrice.triggered(Money.ofYuan(440), prices, Money.ofYuan(1000), Triggers.DEFAULT))
			.containsExactly(Reason.BELOW_MAXIMUM_PRICE);
		assertThat(lowPrice.triggered(Money.ofYuan(450), List.of(Money.ofYuan(450), Money.ofYuan(500)),
				Money.ofYuan(1000), Triggers.DEFAULT))
			.isEmpty();
	}

	@Test
	void refusesTriggerPercentagesAboveSixtyFivePercentRuleCK2026_2() {
		assertThatThrownBy(() -> new Triggers(new BigDecimal("0.70"), new BigDecimal("0.50"), new BigDecimal("0.45")))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("CK2026-2");
	}

	@Test
	void failsATenderWithTwoCompliantBiddersRuleGPL_36() {
		assertThat(counts.afterReview(ProcurementMethod.OPEN_TENDER, 2).proceeds()).isFalse();
		assertThat(counts.afterReview(ProcurementMethod.OPEN_TENDER, 2).ended()).map(RuleViolation::rule)
			.hasValue("GPL-36");
		assertThat(counts.afterReview(ProcurementMethod.OPEN_TENDER, 3).proceeds()).isTrue();
	}

	@Test
	void continuesAConsultationWithTwoCompliantSuppliersAndEndsItWithOneRuleCK2015_124() {
		assertThat(counts.afterReview(ProcurementMethod.COMPETITIVE_CONSULTATION, 2).proceeds()).isTrue();
		SupplierCountPolicy.Outcome one = counts.afterReview(ProcurementMethod.COMPETITIVE_CONSULTATION, 1);
		assertThat(one.proceeds()).isFalse();
		assertThat(one.ended()).map(RuleViolation::rule).hasValue("CK2015-124");
	}

	@Test
	void aDirectCommissionOutsideTheLawProceedsWithItsOneNamedProviderButACompetitiveReviewDoesNot() {
		assertThat(counts.afterReview(ProcurementMethod.DIRECT_COMMISSION, 1).proceeds()).isTrue();
		assertThat(counts.afterReview(ProcurementMethod.DIRECT_COMMISSION, 0).proceeds()).isFalse();
		assertThat(counts.afterReview(ProcurementMethod.COMPETITIVE_REVIEW, 1).proceeds()).isFalse();
	}

	@Test
	void refusesDepositsAboveTwoPercentOrInCashRuleGPLR_33() {
		Money budget = Money.ofYuan(1_000_000);
		BigDecimal cap = new BigDecimal("0.02");
		assertThat(deposits.check(Money.ofYuan(20_000), budget, cap, DepositPolicy.Form.GUARANTEE)).isEmpty();
		assertThat(deposits.check(Money.of("20000.01"), budget, cap, DepositPolicy.Form.GUARANTEE))
			.extracting(RuleViolation::rule)
			.containsExactly("GPLR-33");
		assertThat(deposits.check(Money.ofYuan(10_000), budget, cap, DepositPolicy.Form.CASH))
			.extracting(RuleViolation::rule)
			.containsExactly("GPLR-33");
	}

	@Test
	void sizesEvaluationPanelsRuleMOF87_47() {
		PanelPolicy.Thresholds thresholds = new PanelPolicy.Thresholds(Money.ofYuan(2_000_000),
				Money.ofYuan(10_000_000));
		assertThat(panels.check(ProcurementMethod.OPEN_TENDER, 5, 4, Money.ofYuan(3_000_000), thresholds, false))
			.isEmpty();
		assertThat(panels.check(ProcurementMethod.OPEN_TENDER, 5, 4, Money.ofYuan(10_000_000), thresholds, false))
			.extracting(RuleViolation::rule)
			.containsExactly("MOF87-47");
		assertThat(panels.check(ProcurementMethod.COMPETITIVE_CONSULTATION, 4, 4, Money.ofYuan(500_000), thresholds,
				false))
			.extracting(RuleViolation::rule)
			.containsExactly("MOF87-47");
		assertThat(panels.check(ProcurementMethod.COMPETITIVE_CONSULTATION, 3, 1, Money.ofYuan(500_000), thresholds,
				false))
			.extracting(RuleViolation::rule)
			.containsExactly("MOF87-47");
		assertThat(panels.minimumSize(ProcurementMethod.COMPETITIVE_NEGOTIATION, Money.ofYuan(2_000_000), thresholds,
				false))
			.isEqualTo(5);
	}

}
