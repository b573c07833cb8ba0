package org.govbuy.contract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.contract.AmendmentKind;
import org.govbuy.contract.ContractAmended;
import org.govbuy.contract.ContractSigned;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.StateConflictException;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** A contract's steps check the state they need and announce what happened. */
class ContractLifecycleTests {

	static final LocalDate AWARDED = LocalDate.of(2026, 3, 2);

	static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

	final UUID id = UUID.randomUUID();

	ContractLifecycle contract(ContractStatus status, LocalDate signedOn, boolean renewal) {
		return new ContractLifecycle(new ContractLifecycle.Parties(id, "HT370300202600001", UUID.randomUUID(),
				new RegionCode("370300"), UUID.randomUUID(), Money.ofYuan(500_000), LocalDate.of(2026, 4, 1),
				LocalDate.of(2027, 3, 31), "居家养老服务", "淄博市民政局", "淄博市颐康居家养老服务中心", true, 30), status, renewal, AWARDED,
				signedOn, Money.ZERO);
	}

	@Test
	void signingADraftMakesItSignedAndAnnouncesContractSigned() {
		ContractLifecycle draft = contract(ContractStatus.DRAFT, null, false);
		assertThat(draft.sign(null, TODAY)).isEqualTo(TODAY);
		assertThat(draft.status()).isEqualTo(ContractStatus.SIGNED);
		assertThat(draft.events()).singleElement().isInstanceOfSatisfying(ContractSigned.class, signed -> {
			assertThat(signed.contractId()).isEqualTo(id);
			assertThat(signed.amount()).isEqualTo(Money.ofYuan(500_000));
			assertThat(signed.signedOn()).isEqualTo(TODAY);
		});
	}

	@Test
	void aSignedOrEndedContractIsNotSignedAgain() {
		assertThatThrownBy(() -> contract(ContractStatus.SIGNED, TODAY, false).sign(null, TODAY))
			.isInstanceOf(StateConflictException.class);
		assertThatThrownBy(() -> contract(ContractStatus.TERMINATED, null, false).sign(null, TODAY))
			.isInstanceOf(StateConflictException.class);
	}

	@Test
	void aSignatureBeforeTheAwardIsRefusedRuleGPL_46AndOneInTheFutureIsInvalid() {
		assertThatThrownBy(() -> contract(ContractStatus.DRAFT, null, false).sign(AWARDED.minusDays(1), TODAY))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.violations()).map(RuleViolation::rule).containsExactly("GPL-46"));
		assertThatThrownBy(() -> contract(ContractStatus.DRAFT, null, false).sign(TODAY.plusDays(1), TODAY))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void publicationAndFilingFollowTheSignatureAndAreNotInTheFuture() {
		assertThatThrownBy(
				() -> contract(ContractStatus.DRAFT, null, false).stepAfterSigning("published_on", null, TODAY))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("签订后");
		ContractLifecycle signed = contract(ContractStatus.SIGNED, TODAY.minusDays(2), false);
		assertThat(signed.stepAfterSigning("filed_on", null, TODAY)).isEqualTo(TODAY);
		assertThatThrownBy(() -> signed.stepAfterSigning("filed_on", TODAY.minusDays(3), TODAY))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void onlyASignedOriginalIsRenewed() {
		contract(ContractStatus.SIGNED, TODAY, false).requireRenewable();
		assertThatThrownBy(() -> contract(ContractStatus.SIGNED, TODAY, true).requireRenewable())
			.hasMessageContaining("续签合同不能再次续签");
		assertThatThrownBy(() -> contract(ContractStatus.DRAFT, null, false).requireRenewable())
			.hasMessageContaining("只有已签订的合同可以续签");
	}

	@Test
	void aSupplementInForceAnnouncesTheNewAmountAndAChangeDoesNot() {
		ContractLifecycle signed = contract(ContractStatus.SIGNED, TODAY, false);
		signed.amend(AmendmentKind.CHANGE, null, TODAY);
		signed.amend(AmendmentKind.SUPPLEMENT, Money.ofYuan(40_000), TODAY);
		assertThat(signed.events()).singleElement()
			.isEqualTo(new ContractAmended(id, Money.ofYuan(540_000), TODAY, AmendmentKind.SUPPLEMENT));
		assertThatThrownBy(() -> contract(ContractStatus.TERMINATED, TODAY, false).amend(AmendmentKind.SUPPLEMENT,
				Money.ofYuan(1), TODAY))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void terminationEndsTheContractOnceAndAnnouncesWhatWasReleased() {
		ContractLifecycle signed = contract(ContractStatus.SIGNED, TODAY, false);
		signed.terminate(TODAY, "继续履行将损害公共利益", Money.ofYuan(300_000));
		assertThat(signed.status()).isEqualTo(ContractStatus.TERMINATED);
		assertThat(signed.events()).singleElement()
			.isInstanceOfSatisfying(ContractTerminated.class,
					ended -> assertThat(ended.released()).isEqualTo(Money.ofYuan(300_000)));
		assertThatThrownBy(() -> signed.terminate(TODAY, "再次终止", Money.ZERO)).hasMessageContaining("合同已终止");
	}

	@Test
	void anAmendmentIsConfirmedOrWithdrawnOnlyWhileProposed() {
		assertThat(AmendmentStatus.PROPOSED.confirm()).isEqualTo(AmendmentStatus.IN_FORCE);
		assertThat(AmendmentStatus.PROPOSED.withdraw()).isEqualTo(AmendmentStatus.WITHDRAWN);
		assertThatThrownBy(AmendmentStatus.IN_FORCE::confirm).isInstanceOf(StateConflictException.class);
		assertThatThrownBy(AmendmentStatus.WITHDRAWN::withdraw).isInstanceOf(InvalidInputException.class);
	}

}
