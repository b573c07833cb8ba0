package org.govbuy.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.govbuy.budget.application.Proposals;
import org.govbuy.platform.StateConflictException;
import org.junit.jupiter.api.Test;

/** Requests that finance or a unit answers once: 年中调整 and 市场点餐 proposals. */
class AdjustmentStatusTests {

	@Test
	void financeDecidesAnAdjustmentRequestOnce() {
		assertThat(AdjustmentStatus.REQUESTED.decide(true)).isEqualTo(AdjustmentStatus.APPROVED);
		assertThat(AdjustmentStatus.REQUESTED.decide(false)).isEqualTo(AdjustmentStatus.REJECTED);
		assertThatThrownBy(() -> AdjustmentStatus.APPROVED.decide(false)).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("已处理");
		assertThatThrownBy(() -> AdjustmentStatus.REJECTED.decide(true)).isInstanceOf(StateConflictException.class);
	}

	@Test
	void aUnitAnswersAProposalOnce() {
		assertThat(Proposals.Status.PROPOSED.accept()).isEqualTo(Proposals.Status.ACCEPTED);
		assertThat(Proposals.Status.PROPOSED.decline()).isEqualTo(Proposals.Status.DECLINED);
		assertThatThrownBy(() -> Proposals.Status.ACCEPTED.decline()).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("已采纳");
		assertThatThrownBy(() -> Proposals.Status.DECLINED.accept()).isInstanceOf(StateConflictException.class)
			.hasMessageContaining("未采纳");
	}

}
