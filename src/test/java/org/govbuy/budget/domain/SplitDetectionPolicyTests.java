package org.govbuy.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.govbuy.budget.domain.SplitDetectionPolicy.Flag;
import org.govbuy.budget.domain.SplitDetectionPolicy.Line;
import org.govbuy.shared.Money;
import org.junit.jupiter.api.Test;

/** 化整为零 (条例28): several lines each below the threshold that together reach it. */
class SplitDetectionPolicyTests {

	static final Money THRESHOLD = Money.ofYuan(2_000_000);

	SplitDetectionPolicy policy = new SplitDetectionPolicy();

	@Test
	void flagsThreeLinesOfTheSameItemThatReachTheThresholdExactlyRuleGPLR_28() {
		List<Flag> flags = policy.detect(List.of(line("1", "A040101", "700000.00"), line("2", "A040101", "650000.00"),
				line("3", "A040101", "650000.00")), THRESHOLD);
		assertThat(flags).singleElement().satisfies(flag -> {
			assertThat(flag.total()).isEqualTo(THRESHOLD);
			assertThat(flag.lines()).hasSize(3);
			assertThat(flag.warning().rule()).isEqualTo("GPLR-28");
			assertThat(flag.warning().message()).contains("A040101").contains("2,000,000.00");
		});
	}

	@Test
	void doesNotFlagLinesThatStayBelowTheThresholdTogether() {
		assertThat(policy.detect(List.of(line("1", "A040101", "700000.00"), line("2", "A040101", "650000.00"),
				line("3", "A040101", "649999.99")), THRESHOLD))
			.isEmpty();
	}

	@Test
	void ignoresOtherItemsOtherYearsAndLinesAlreadyOpenTendered() {
		Line other = new Line("4", "民政局", 2027, "居家养老", "A040102", Money.ofYuan(1_500_000), false);
		Line nextYear = new Line("5", "民政局", 2028, null, "A040101", Money.ofYuan(1_500_000), false);
		Line tendered = new Line("6", "民政局", 2027, null, "A040101", Money.ofYuan(1_900_000), true);
		assertThat(policy.detect(List.of(line("1", "A040101", "600000.00"), other, nextYear, tendered), THRESHOLD))
			.isEmpty();
	}

	@Test
	void groupsByBudgetProjectAcrossItems() {
		Line first = new Line("1", "民政局", 2027, "居家养老服务", "A040101", Money.ofYuan(1_200_000), false);
		Line second = new Line("2", "民政局", 2027, "居家养老服务", "A040102", Money.ofYuan(900_000), false);
		assertThat(policy.detect(List.of(first, second), THRESHOLD)).singleElement()
			.satisfies(flag -> assertThat(flag.groupedBy()).contains("居家养老服务"));
	}

	private static Line line(String reference, String item, String amount) {
		return new Line(reference, "民政局", 2027, null, item, Money.of(amount), false);
	}

}
