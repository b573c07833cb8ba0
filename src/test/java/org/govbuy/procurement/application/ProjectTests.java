package org.govbuy.procurement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.StateConflictException;
import org.govbuy.procurement.BidsOpened;
import org.govbuy.procurement.ProcurementAnnounced;
import org.govbuy.procurement.ProcurementAwarded;
import org.govbuy.procurement.ProcurementFailed;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.domain.EvaluationMethod;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The project aggregate: every transition checks where the project stands and registers
 * the event other modules hear.
 */
class ProjectTests {

	static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

	static final Instant DEADLINE = Instant.parse("2026-03-20T01:30:00Z");

	@Test
	void announcingADraftOpensItForBidsAndRegistersProcurementAnnounced() {
		Project project = draft();
		project.announce(LocalDate.of(2026, 3, 2), DEADLINE, NOW);
		assertThat(project.status()).isEqualTo(ProjectStatus.ANNOUNCED);
		assertThat(project.drainEvents()).singleElement().isInstanceOfSatisfying(ProcurementAnnounced.class, event -> {
			assertThat(event.responseDeadline()).isEqualTo(DEADLINE);
			assertThat(event.catalogCode()).isEqualTo("A040101");
		});
		assertThat(project.drainEvents()).as("drained once").isEmpty();
	}

	@Test
	void aProjectIsAnnouncedOnlyOnce() {
		Project project = draft().announce(LocalDate.of(2026, 3, 2), DEADLINE, NOW);
		assertThatThrownBy(() -> project.announce(LocalDate.of(2026, 3, 2), DEADLINE, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("公告中");
	}

	@Test
	void bidsAreTakenUntilTheDeadlineAndOpenedOnlyAfterIt() {
		Project project = draft().announce(LocalDate.of(2026, 3, 2), DEADLINE, NOW);
		project.acceptBid(NOW);
		assertThatThrownBy(() -> project.acceptBid(DEADLINE)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> project.openBids(3, 3, NOW)).isInstanceOf(InvalidInputException.class);
		project.drainEvents();
		project.openBids(3, 5, DEADLINE);
		assertThat(project.status()).isEqualTo(ProjectStatus.EVALUATING);
		assertThat(project.drainEvents()).singleElement()
			.isInstanceOfSatisfying(BidsOpened.class, event -> assertThat(event.bidCount()).isEqualTo(3));
	}

	@Test
	void onlyAReportedCompliantFirstRankedBidIsAwardedWithoutAReason() {
		Project project = evaluated();
		Bid second = bid(2, true);
		assertThatThrownBy(() -> project.award(second, null, DEADLINE)).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> project.award(bid(1, false), null, DEADLINE))
			.isInstanceOf(InvalidInputException.class);
		Bid first = bid(1, true);
		project.award(first, null, DEADLINE);
		assertThat(project.status()).isEqualTo(ProjectStatus.AWARDED);
		assertThat(project.winnerBidId()).isEqualTo(first.id());
		assertThat(project.drainEvents()).singleElement().isInstanceOfSatisfying(ProcurementAwarded.class, event -> {
			assertThat(event.providerId()).isEqualTo(first.providerId());
			assertThat(event.amount()).isEqualTo(Money.ofYuan(450_000));
			assertThat(event.region()).isEqualTo(new RegionCode("370300"));
		});
	}

	@Test
	void anAwardedProjectIsNotTerminatedButAFailedOneCannotFailAgain() {
		Project awarded = evaluated().award(bid(1, true), null, DEADLINE);
		assertThatThrownBy(() -> awarded.terminate("理由", Money.ZERO, LocalDate.of(2026, 3, 21)))
			.isInstanceOf(InvalidInputException.class);
		Project failed = draft().terminate("需求变化", Money.ofYuan(500_000), LocalDate.of(2026, 3, 2));
		assertThat(failed.drainEvents()).singleElement()
			.isInstanceOfSatisfying(ProcurementFailed.class,
					event -> assertThat(event.released()).isEqualTo(Money.ofYuan(500_000)));
		assertThatThrownBy(() -> failed.fail("再次", Money.ZERO, LocalDate.of(2026, 3, 2)))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void anUpheldChallengeMovesTheAwardToTheNextCandidate() {
		Project project = evaluated().award(bid(1, true), null, DEADLINE);
		project.drainEvents();
		Bid next = bid(2, true);
		project.voidAwardFor(next, DEADLINE);
		assertThat(project.winnerBidId()).isEqualTo(next.id());
		assertThat(project.drainEvents()).singleElement().isInstanceOf(ProcurementAwarded.class);
	}

	private static Project draft() {
		return Project.start(new Project.Terms(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "淄博市民政局",
				new RegionCode("370300"), "居家养老上门服务", "上门服务", null, null, ProcurementMethod.COMPETITIVE_CONSULTATION,
				EnumSet.noneOf(MethodGround.class), null, Money.ofYuan(500_000), null, new BigDecimal("0.30"), false,
				EvaluationMethod.COMPREHENSIVE, false, null, false, "A040101"));
	}

	private static Project evaluated() {
		Project project = draft().announce(LocalDate.of(2026, 3, 2), DEADLINE, NOW);
		project.openBids(3, 3, DEADLINE).reportEvaluation(DEADLINE);
		project.drainEvents();
		return project;
	}

	private static Bid bid(int rank, boolean compliant) {
		return new Bid(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "供应商" + rank, false, new byte[0], NOW,
				Money.ofYuan(450_000), null, null, null, rank, compliant, null);
	}

}
