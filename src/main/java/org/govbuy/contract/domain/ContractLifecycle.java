package org.govbuy.contract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govbuy.contract.AmendmentKind;
import org.govbuy.contract.ContractAmended;
import org.govbuy.contract.ContractRule;
import org.govbuy.contract.ContractSigned;
import org.govbuy.contract.ContractTerminated;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.StateConflictException;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;

/**
 * A contract's way from draft to signature, publication, filing, amendment and
 * termination: each step checks the state it needs, moves the contract on and registers
 * the event others react to. The application layer persists the new state and publishes
 * {@link #events()}.
 */
public final class ContractLifecycle {

	private final Parties parties;

	private final boolean renewal;

	private final LocalDate awardedOn;

	private ContractStatus status;

	private Money supplements;

	private LocalDate signedOn;

	private final List<Object> events = new ArrayList<>();

	/**
	 * Who and what the contract binds, as its events carry it.
	 *
	 * @param contractId the contract
	 * @param number its number
	 * @param unitId the purchasing unit
	 * @param region the unit's region
	 * @param providerId the provider
	 * @param amount the signed amount
	 * @param startsOn first day of performance
	 * @param endsOn last day of performance
	 * @param title the contract's title
	 * @param unitName the purchasing unit's name
	 * @param providerName the provider's name
	 * @param providerSme whether the provider is a small or medium enterprise
	 * @param paymentDays days from acceptance to payment
	 */
	public record Parties(UUID contractId, String number, UUID unitId, RegionCode region, UUID providerId, Money amount,
			LocalDate startsOn, LocalDate endsOn, String title, String unitName, String providerName,
			boolean providerSme, int paymentDays) {
	}

	public ContractLifecycle(Parties parties, ContractStatus status, boolean renewal, LocalDate awardedOn,
			LocalDate signedOn, Money supplements) {
		this.parties = parties;
		this.status = status;
		this.renewal = renewal;
		this.awardedOn = awardedOn;
		this.signedOn = signedOn;
		this.supplements = supplements == null ? Money.ZERO : supplements;
	}

	public ContractStatus status() {
		return status;
	}

	public LocalDate signedOn() {
		return signedOn;
	}

	/** Whether the contract is being performed (signed and not ended). */
	public boolean inPerformance() {
		return status == ContractStatus.SIGNED;
	}

	/** The events registered by the steps taken, in order. */
	public List<Object> events() {
		return List.copyOf(events);
	}

	/**
	 * Both parties sign a draft on {@code requested} (today when null): not in the
	 * future, not before the award (GPL-46).
	 */
	public LocalDate sign(LocalDate requested, LocalDate today) {
		if (status != ContractStatus.DRAFT) {
			throw new StateConflictException("status", "合同已签订或已终止");
		}
		LocalDate date = requested == null ? today : requested;
		if (date.isAfter(today)) {
			throw new InvalidInputException("signedOn", "签订日期不能晚于今天");
		}
		if (awardedOn != null && date.isBefore(awardedOn)) {
			throw new RuleViolationException(List.of(ContractRule.SIGNING_DEADLINE
				.violation("签订日期" + date + "早于中标、成交结果确定日" + awardedOn + "：合同只能在中标、成交通知书发出之后签订")));
		}
		status = ContractStatus.SIGNED;
		signedOn = date;
		events.add(new ContractSigned(parties.contractId(), parties.number(), parties.unitId(), parties.region(),
				parties.providerId(), parties.amount(), parties.startsOn(), parties.endsOn(), date, parties.title(),
				parties.unitName(), parties.providerName(), parties.providerSme(), parties.paymentDays()));
		return date;
	}

	/**
	 * The day a step after signing (publication 条例50, filing 法47) is recorded for:
	 * between the signature and today.
	 * @param field the field the date is given in
	 */
	public LocalDate stepAfterSigning(String field, LocalDate requested, LocalDate today) {
		if (signedOn == null) {
			throw new InvalidInputException("status", "合同签订后才能公告和备案");
		}
		LocalDate on = requested == null ? today : requested;
		if (on.isBefore(signedOn) || on.isAfter(today)) {
			throw new InvalidInputException(field, "日期应在签订日期与今天之间");
		}
		return on;
	}

	/** A renewal starts only from a signed original that is not itself a renewal. */
	public void requireRenewable() {
		if (renewal) {
			throw new InvalidInputException("contractId", "续签合同不能再次续签");
		}
		if (status != ContractStatus.SIGNED) {
			throw new InvalidInputException("status", "只有已签订的合同可以续签");
		}
	}

	/** Amendments are proposed and confirmed only while the contract is performed. */
	public void requireInPerformance(String message) {
		if (status != ContractStatus.SIGNED) {
			throw new InvalidInputException("status", message);
		}
	}

	/**
	 * An amendment signed by both parties takes effect; a supplementary agreement adds
	 * its amount to what the contract is worth and is announced.
	 */
	public void amend(AmendmentKind kind, Money amount, LocalDate effectiveOn) {
		requireInPerformance("合同已不在履行中");
		if (kind == AmendmentKind.SUPPLEMENT) {
			supplements = supplements.plus(amount);
			events
				.add(new ContractAmended(parties.contractId(), parties.amount().plus(supplements), effectiveOn, kind));
		}
	}

	/** A contract ends only once. */
	public void requireNotTerminated() {
		if (status == ContractStatus.TERMINATED) {
			throw new InvalidInputException("status", "合同已终止");
		}
	}

	/**
	 * The contract ends on {@code on}; {@code released} is what went back to the budget
	 * line.
	 */
	public void terminate(LocalDate on, String reason, Money released) {
		terminate(on, reason, released, false);
	}

	/**
	 * The contract ends on {@code on}; {@code providerBreach} when the ground is the
	 * provider's breach on record ({@link TerminationPolicy.Ground#PROVIDER_BREACH}).
	 */
	public void terminate(LocalDate on, String reason, Money released, boolean providerBreach) {
		requireNotTerminated();
		status = ContractStatus.TERMINATED;
		events.add(new ContractTerminated(parties.contractId(), parties.providerId(), on, reason, released,
				providerBreach));
	}

}
