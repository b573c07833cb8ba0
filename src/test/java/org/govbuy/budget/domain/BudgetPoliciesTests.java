package org.govbuy.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The checks on plan lines: targets, ex-ante assessment, horizon, affordability,
 * intention.
 */
class BudgetPoliciesTests {

	LineSubmissionPolicy submission = new LineSubmissionPolicy(Money.ofYuan(5_000_000), 3);

	@Test
	void aLineWithoutPerformanceTargetsIsRefusedRuleBL_32() {
		assertThat(submission.check(BudgetLines.withoutTargets(BudgetLines.line("居家养老", 800_000)), 2027, "第1行"))
			.extracting(RuleViolation::rule)
			.containsExactly("BL-32");
		assertThat(submission.check(BudgetLines.line("居家养老", 800_000), 2027, "第1行")).isEmpty();
	}

	@Test
	void aNewMajorLineNeedsAPassedExAnteAssessmentAtTheThresholdInclusiveRuleMOF102_20() {
		LineDraft major = BudgetLines.asNew(BudgetLines.line("养老服务综合体运营", 5_000_000), null);
		assertThat(submission.check(major, 2027, "第1行")).extracting(RuleViolation::rule).containsExactly("MOF102-20");

		LineDraft failed = BudgetLines.asNew(major, BudgetLines.assessment(ExAnteAssessment.Conclusion.FAILED));
		assertThat(submission.check(failed, 2027, "第1行")).extracting(RuleViolation::message)
			.anyMatch(message -> message.contains("不予支持"));

		LineDraft passed = BudgetLines.asNew(major, BudgetLines.assessment(ExAnteAssessment.Conclusion.PASSED));
		assertThat(submission.check(passed, 2027, "第1行")).isEmpty();

		LineDraft belowThreshold = BudgetLines.asNew(BudgetLines.line("小项目", 4_999_999), null);
		assertThat(submission.check(belowThreshold, 2027, "第1行")).isEmpty();
	}

	@Test
	void laterYearsStayWithinTheMediumTermPlanRuleFS87_3_PLAN() {
		LineDraft threeYears = BudgetLines.withLaterYears(
				BudgetLines.withLaterYears(BudgetLines.line("居家养老", 800_000), 2028, 800_000), 2029, 800_000);
		assertThat(submission.horizon(threeYears, 2027, "第1行")).isEmpty();
		assertThat(threeYears.totalAmount()).isEqualTo(Money.ofYuan(2_400_000));

		LineDraft fourYears = BudgetLines.withLaterYears(threeYears, 2030, 800_000);
		assertThat(submission.horizon(fourYears, 2027, "第1行")).extracting(RuleViolation::message)
			.singleElement()
			.asString()
			.contains("2030", "2027—2029");

		LineDraft backwards = BudgetLines.withLaterYears(BudgetLines.line("居家养老", 800_000), 2026, 1);
		assertThat(submission.horizon(backwards, 2027, "第1行")).extracting(RuleViolation::rule)
			.containsExactly("FS87-3-PLAN");
	}

	@Test
	void aLineThatPushesAYearPastTheCapacityIsFlaggedRuleSEED004_2() {
		AffordabilityPolicy policy = new AffordabilityPolicy(Money.ofYuan(10_000_000));
		LineDraft line = BudgetLines.withLaterYears(BudgetLines.line("居家养老", 1_000_000), 2028, 2_000_000);

		assertThat(policy.flag(Map.of(2027, Money.ofYuan(9_000_000)), line, 2027)).isEmpty();
		assertThat(policy.flag(Map.of(2027, Money.ofYuan(9_000_000), 2028, Money.ofYuan(8_500_000)), line, 2027))
			.hasValueSatisfying(flag -> assertThat(flag).contains("2028年承诺支出将达", "财政承受能力"));
		assertThat(new AffordabilityPolicy(Money.ZERO).flag(Map.of(2027, Money.ofYuan(99_000_000)), line, 2027))
			.as("no capacity set: no flag")
			.isEmpty();
	}

	@Test
	void procurementStartsThirtyDaysAfterTheIntentionUnlessUrgentRuleCK2020_10() {
		IntentionPolicy policy = new IntentionPolicy(30);
		LocalDate published = LocalDate.of(2027, 1, 5);

		assertThat(policy.earliestStart(published)).isEqualTo(LocalDate.of(2027, 2, 4));
		assertThat(policy.refusal(published, false, LocalDate.of(2027, 2, 3)))
			.hasValueSatisfying(violation -> assertThat(violation.message()).contains("2027-02-04"));
		assertThat(policy.refusal(published, false, LocalDate.of(2027, 2, 4))).isEmpty();
		assertThat(policy.refusal(published, true, LocalDate.of(2027, 1, 6))).isEmpty();
		assertThat(policy.refusal(null, false, LocalDate.of(2027, 6, 1)))
			.hasValueSatisfying(violation -> assertThat(violation.rule()).isEqualTo("CK2020-10"));
	}

}
