package org.govbuy.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.provider.domain.CreditPolicy.EarlierGrade;
import org.govbuy.shared.PerformanceGrade;
import org.junit.jupiter.api.Test;

/** What a final grade does to a provider's credit (seed 002; 102 §21). */
class CreditPolicyTests {

	static final LocalDate TODAY = LocalDate.of(2027, 6, 30);

	final CreditPolicy policy = new CreditPolicy();

	@Test
	void aGradeAbovePoorChangesNothing() {
		for (PerformanceGrade grade : List.of(PerformanceGrade.EXCELLENT, PerformanceGrade.GOOD,
				PerformanceGrade.FAIR)) {
			CreditPolicy.Outcome outcome = policy.onGrade(UUID.randomUUID(), grade, TODAY,
					List.of(poor(TODAY.minusMonths(6))));
			assertThat(outcome.warning()).isEmpty();
			assertThat(outcome.proposal()).isEmpty();
		}
	}

	@Test
	void aFirstPoorGradeIsAWarningRuleBJ2014_34_CREDIT_W() {
		CreditPolicy.Outcome outcome = policy.onGrade(UUID.randomUUID(), PerformanceGrade.POOR, TODAY,
				List.of(new EarlierGrade(UUID.randomUUID(), PerformanceGrade.GOOD, TODAY.minusMonths(3))));
		assertThat(outcome.warning()).hasValueSatisfying(w -> assertThat(w.rule()).isEqualTo("BJ2014-34-CREDIT-W"));
		assertThat(outcome.proposal()).isEmpty();
	}

	@Test
	void aSecondPoorGradeWithinTwoYearsIsAProposalToFinanceRuleBJ2014_34_CREDIT_R() {
		EarlierGrade first = poor(TODAY.minusYears(2));
		UUID second = UUID.randomUUID();
		CreditPolicy.Outcome outcome = policy.onGrade(second, PerformanceGrade.POOR, TODAY, List.of(first));
		assertThat(outcome.warning()).isPresent();
		assertThat(outcome.proposal()).hasValueSatisfying(proposal -> {
			assertThat(proposal.firstEvaluation()).isEqualTo(first.evaluationId());
			assertThat(proposal.secondEvaluation()).isEqualTo(second);
			assertThat(proposal.reason().rule()).isEqualTo("BJ2014-34-CREDIT-R");
		});
	}

	@Test
	void aPoorGradeMoreThanTwoYearsAgoDoesNotCountRuleBJ2014_34_CREDIT_R() {
		CreditPolicy.Outcome outcome = policy.onGrade(UUID.randomUUID(), PerformanceGrade.POOR, TODAY,
				List.of(poor(TODAY.minusYears(2).minusDays(1))));
		assertThat(outcome.warning()).isPresent();
		assertThat(outcome.proposal()).isEmpty();
	}

	@Test
	void theSameEvaluationDeliveredAgainIsNotItsOwnSecondPoorGrade() {
		EarlierGrade same = poor(TODAY);
		assertThat(policy.onGrade(same.evaluationId(), PerformanceGrade.POOR, TODAY, List.of(same)).proposal())
			.isEmpty();
	}

	@Test
	void theCountAndTheWindowAreConfigurable() {
		CreditPolicy threeInThree = new CreditPolicy(3, 3);
		assertThat(threeInThree
			.onGrade(UUID.randomUUID(), PerformanceGrade.POOR, TODAY, List.of(poor(TODAY.minusYears(1))))
			.proposal()).isEmpty();
		assertThat(threeInThree
			.onGrade(UUID.randomUUID(), PerformanceGrade.POOR, TODAY,
					List.of(poor(TODAY.minusYears(3)), poor(TODAY.minusYears(1))))
			.proposal()).isPresent();
	}

	private static EarlierGrade poor(LocalDate on) {
		return new EarlierGrade(UUID.randomUUID(), PerformanceGrade.POOR, on);
	}

}
