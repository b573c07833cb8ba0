package org.govbuy.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.contract.domain.TermPolicy.MultiYearCondition;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The contract rules, each named by its rule id. */
class ContractPoliciesTests {

	static final LocalDate START = LocalDate.of(2027, 1, 1);

	static final LocalDate PLAN_END = LocalDate.of(2029, 12, 31);

	TermPolicy terms = new TermPolicy();

	ContractDeadlines deadlines = new ContractDeadlines(WorkingDayCalendar.bundled());

	ContractMoneyPolicy money = new ContractMoneyPolicy();

	SmePaymentTerms payments = new SmePaymentTerms();

	@Test
	void refusesAFourYearContractRuleMOF102_24() {
		assertThat(rules(terms.check(START, LocalDate.of(2030, 12, 31), EnumSet.allOf(MultiYearCondition.class),
				LocalDate.of(2031, 12, 31))))
			.containsExactly("MOF102-24");
	}

	@Test
	void refusesAThreeYearContractWithoutTheFiveConditionsRuleMOF102_24() {
		List<RuleViolation> violations = terms.check(START, LocalDate.of(2029, 12, 31),
				EnumSet.of(MultiYearCondition.BUDGET_SECURED, MultiYearCondition.CONTENT_FIXED), PLAN_END);
		assertThat(rules(violations)).containsExactly("MOF102-24");
		assertThat(violations.get(0).message()).contains("连续性强").contains("经费来源稳定").contains("价格变化幅度小");
		assertThat(terms.check(START, LocalDate.of(2029, 12, 31), EnumSet.allOf(MultiYearCondition.class), PLAN_END))
			.isEmpty();
		assertThat(terms.check(START, LocalDate.of(2027, 12, 31), Set.of(), PLAN_END)).isEmpty();
	}

	@Test
	void keepsTheTermWithinTheMediumTermFiscalPlanRuleFS87_3() {
		assertThat(rules(terms.check(START, LocalDate.of(2029, 12, 31), EnumSet.allOf(MultiYearCondition.class),
				LocalDate.of(2028, 12, 31))))
			.containsExactly("FS87-3");
	}

	@Test
	void refusesARenewalWithoutAnExcellentEvaluationRuleLCC2022_14_34() {
		LocalDate initialEnd = LocalDate.of(2027, 12, 31);
		assertThat(
				terms.checkRenewal(START, initialEnd, PerformanceGrade.GOOD, false, true, LocalDate.of(2029, 12, 31)))
			.extracting(RuleViolation::rule)
			.containsExactly("LCC2022-14-34");
		assertThat(terms.checkRenewal(START, initialEnd, PerformanceGrade.EXCELLENT, false, true,
				LocalDate.of(2029, 12, 31)))
			.isEmpty();
		assertThat(terms.checkRenewal(START, initialEnd, PerformanceGrade.EXCELLENT, false, true,
				LocalDate.of(2030, 1, 1)))
			.singleElement()
			.satisfies(violation -> assertThat(violation.message()).contains("超过2年"));
		assertThat(terms.checkRenewal(START, initialEnd, PerformanceGrade.EXCELLENT, true, true,
				LocalDate.of(2028, 12, 31)))
			.singleElement()
			.satisfies(violation -> assertThat(violation.message()).contains("已续签"));
	}

	@Test
	void refusesARenewalBeforeAnyEvaluationIsFinalRuleLCC2022_14_34() {
		assertThat(terms.checkRenewal(START, LocalDate.of(2027, 12, 31), null, false, true, LocalDate.of(2029, 12, 31)))
			.singleElement()
			.satisfies(violation -> {
				assertThat(violation.rule()).isEqualTo("LCC2022-14-34");
				assertThat(violation.message()).contains("尚无已完成的绩效评价");
			});
	}

	@Test
	void flagsPublicationOnTheThirdWorkingDayAfterSigningAsLateRuleGPLR_50() {
		LocalDate signed = LocalDate.of(2026, 9, 29);
		assertThat(deadlines.publishBy(signed)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(rules(deadlines.lateSteps(LocalDate.of(2026, 9, 20), signed, LocalDate.of(2026, 10, 9),
				LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 9))))
			.containsExactly("GPLR-50");
		assertThat(deadlines.lateSteps(LocalDate.of(2026, 9, 20), signed, LocalDate.of(2026, 10, 8),
				LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9)))
			.isEmpty();
	}

	@Test
	void filesWithinSevenWorkingDaysCountingTheMakeUpSaturdayRuleGPL_47() {
		LocalDate signed = LocalDate.of(2026, 9, 29);
		assertThat(deadlines.fileBy(signed)).isEqualTo(LocalDate.of(2026, 10, 14));
		assertThat(rules(deadlines.lateSteps(LocalDate.of(2026, 9, 20), signed, LocalDate.of(2026, 9, 30), null,
				LocalDate.of(2026, 10, 15))))
			.containsExactly("GPL-47");
	}

	@Test
	void signsWithinThirtyDaysOfTheAwardLetterRolledOverNationalDayRuleGPL_46() {
		assertThat(deadlines.signBy(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(rules(deadlines.lateSteps(LocalDate.of(2026, 9, 1), null, null, null, LocalDate.of(2026, 10, 9))))
			.containsExactly("GPL-46");
	}

	@Test
	void capsPerformanceDepositsAtTenPercentAndRefusesCashRuleGPLR_48() {
		Money amount = Money.ofYuan(1_000_000);
		BigDecimal cap = new BigDecimal("0.10");
		assertThat(money.checkPerformanceDeposit(Money.ofYuan(100_000), amount, cap, false)).isEmpty();
		assertThat(rules(money.checkPerformanceDeposit(Money.of("100000.01"), amount, cap, false)))
			.containsExactly("GPLR-48");
		assertThat(rules(money.checkPerformanceDeposit(Money.ofYuan(50_000), amount, cap, true)))
			.containsExactly("GPLR-48");
	}

	@Test
	void capsAllSupplementaryAgreementsAtTenPercentRuleGPL_49() {
		Money original = Money.ofYuan(1_000_000);
		assertThat(money.checkSupplementary(original, Money.ofYuan(60_000), Money.ofYuan(40_000))).isEmpty();
		assertThat(rules(money.checkSupplementary(original, Money.ofYuan(60_000), Money.of("40000.01"))))
			.containsExactly("GPL-49");
	}

	@Test
	void refusesPassThroughAndUnconsentedSubcontractingRuleGPL_48() {
		Money amount = Money.ofYuan(500_000);
		assertThat(rules(money.checkSubcontracting(amount, amount, true))).containsExactly("GPL-48");
		assertThat(rules(money.checkSubcontracting(amount, Money.ofYuan(100_000), false))).containsExactly("GPL-48");
		assertThat(money.checkSubcontracting(amount, Money.ofYuan(100_000), true)).isEmpty();
	}

	@Test
	void refusesPaymentTermsBeyondSixtyDaysRuleSME_9() {
		assertThat(payments.checkAgreedTerm(60)).isEmpty();
		assertThat(payments.checkAgreedTerm(61)).map(RuleViolation::rule).hasValue("SME-9");
	}

	@Test
	void namesTheMissingMandatoryClausesRuleMOF102_23() {
		MandatoryClauses clauses = new MandatoryClauses();
		List<RuleViolation> violations = clauses.check(Map.of(Clause.SCOPE, "社区居家养老上门服务", Clause.PRICE, "人民币壹佰万元整"));
		assertThat(rules(violations)).containsExactly("MOF102-23");
		assertThat(violations.get(0).message()).contains("违约责任").contains("争议解决").doesNotContain("服务内容");
	}

	private static List<String> rules(List<RuleViolation> violations) {
		return violations.stream().map(RuleViolation::rule).toList();
	}

}
