package org.govbuy.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.FundsLedger;
import org.govbuy.contract.ContractPerformance;
import org.govbuy.contract.domain.ContractLifecycle;
import org.govbuy.contract.domain.TerminationPolicy;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending a contract early (法50): the purchaser alone only for a lawful ground, both
 * parties by a termination record ({@link Amendments}); what the contract has not paid
 * goes back to the budget line through {@code FundsLedger.uncontract}.
 */
@Service
public class ContractTermination {

	/** The ground recorded when a draft, which binds nobody yet, is withdrawn. */
	static final String UNSIGNED = "UNSIGNED";

	private final Contracts contracts;

	private final ContractRows rows;

	private final FundsLedger ledger;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ContractPerformance performance;

	ContractTermination(Contracts contracts, ContractRows rows, FundsLedger ledger, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events, ContractPerformance performance) {
		this.performance = performance;
		this.contracts = contracts;
		this.rows = rows;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The purchaser ends a contract on its own motion: a draft at any time; a signed
	 * contract only because going on would harm the public interest or for the provider's
	 * breach on record (GPL-50) — an agreed end is a termination record the provider
	 * confirms ({@link Amendments}). What the contract has not paid goes back to the
	 * budget line; payment requests still in process must be settled first.
	 */
	@Transactional
	public Contracts.Contract terminate(UUID contractId, TerminationPolicy.Ground ground, String reason, LocalDate on) {
		CurrentUser user = Contracts.requirePurchaser();
		Contracts.Contract contract = contracts.lockOwn(contractId, user);
		contract.lifecycle().requireNotTerminated();
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "请填写终止原因");
		}
		if (contract.inPerformance()) {
			List<RuleViolation> violations = new TerminationPolicy().checkUnilateral(ground,
					performance.failedAcceptances(contractId));
			if (!violations.isEmpty()) {
				throw new RuleViolationException(violations);
			}
		}
		return end(contract, contract.inPerformance() ? ground.name() : UNSIGNED, reason, on);
	}

	/**
	 * Ends a locked contract on a lawful ground: the unpaid part goes back to the budget
	 * line (a draft holds no contracted money: the procurement's reservation stays with
	 * the procurement).
	 */
	Contracts.Contract end(Contracts.Contract contract, String ground, String reason, LocalDate on) {
		// Under delivery's lock on the contract's account: no payment request slips in
		// meanwhile.
		ContractPerformance.Settlement settled = performance.settle(contract.id());
		if (settled.committed().isGreaterThan(settled.paid())) {
			throw new InvalidInputException("status", "尚有未办结的支付申请，请先审核或退回");
		}
		ContractLifecycle lifecycle = contract.lifecycle();
		Money released = Money.ZERO;
		if (lifecycle.inPerformance()) {
			released = contract.total().minus(settled.paid());
			if (released.isPositive()) {
				ledger.uncontract(contract.planLineId(), released, "合同终止释放未支付金额：" + contract.title(),
						"contract-terminate-" + contract.id());
			}
		}
		LocalDate date = on == null ? Contracts.today(clock) : on;
		lifecycle.terminate(date, reason.strip(), released,
				TerminationPolicy.Ground.PROVIDER_BREACH.name().equals(ground));
		rows.terminated(contract.id(), lifecycle, date, reason.strip(), ground, released);
		audit.record("contract.terminate", "Contract", contract.id(), Map.of("status", contract.status().name()),
				Map.of("status", lifecycle.status().name(), "ground", ground, "released", released.toString(), "reason",
						reason.strip()));
		lifecycle.events().forEach(events::publishEvent);
		return contracts.get(contract.id());
	}

}
