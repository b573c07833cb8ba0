package org.govbuy.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.FundsLedger;
import org.govbuy.contract.domain.ContractDeadlines;
import org.govbuy.contract.domain.ContractLifecycle;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.procurement.ProcurementAwards;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing a contract (the funds ledger moves its money from reserved to contracted and
 * gives back what the award left), then publishing it on the portal and filing it with
 * finance on the working-day calendar; late steps (GPL-46, GPLR-50, GPL-47) are flagged
 * for finance.
 */
@Service
public class ContractSigning {

	private final JdbcClient jdbc;

	private final Contracts contracts;

	private final ContractRows rows;

	private final ProcurementAwards awards;

	private final FundsLedger ledger;

	private final LegalCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ContractSigning(JdbcClient jdbc, Contracts contracts, ContractRows rows, ProcurementAwards awards,
			FundsLedger ledger, LegalCalendar calendar, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.rows = rows;
		this.awards = awards;
		this.ledger = ledger;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Signs the contract: the line's reservation for the procurement becomes contracted
	 * money and the rest of it is released (a renewal reserves and contracts on its own
	 * line). A signature dated before the award is refused and one later than 30 days
	 * after it is flagged (GPL-46).
	 */
	@Transactional
	public Contracts.Contract sign(UUID contractId, LocalDate signedOn) {
		CurrentUser user = Contracts.requirePurchaser();
		Contracts.Contract contract = contracts.lockOwn(contractId, user);
		ContractLifecycle lifecycle = contract.lifecycle();
		LocalDate date = lifecycle.sign(signedOn, today());
		if (contract.renewal()) {
			ledger.reserve(contract.planLineId(), contract.amount(), "续签合同：" + contract.title(),
					"contract-reserve-" + contractId);
		}
		ledger.contract(contract.planLineId(), contract.amount(), "合同签订：" + contract.title(), "contract-" + contractId);
		Money left = contract.renewal() ? Money.ZERO : reservedFor(contract).minus(contract.amount());
		if (left.isPositive()) {
			ledger.release(contract.planLineId(), left, "合同签订后释放采购结余：" + contract.title(),
					"contract-release-" + contractId);
		}
		rows.signed(contractId, lifecycle);
		audit.record("contract.sign", "Contract", contractId, Map.of("status", ContractStatus.DRAFT.name()),
				Map.of("status", lifecycle.status().name(), "signedOn", date.toString()));
		lifecycle.events().forEach(events::publishEvent);
		return flagLateSteps(contractId);
	}

	/**
	 * Records publication (条例50: within 2 working days) of the redacted version on the
	 * portal; late publication is flagged.
	 */
	@Transactional
	public Contracts.Contract publish(UUID contractId, LocalDate publishedOn) {
		Contracts.Contract contract = contracts.lockOwn(contractId, Contracts.requirePurchaser());
		LocalDate on = contract.lifecycle().stepAfterSigning("published_on", publishedOn, today());
		jdbc.sql("update contract.contract set published_on = :date where id = :id")
			.param("date", on)
			.param("id", contractId)
			.update();
		audit.record("contract.publish", "Contract", contractId, null, Map.of("published_on", on.toString()));
		return flagLateSteps(contractId);
	}

	/**
	 * Records filing with finance (法47: within 7 working days); late filing is flagged.
	 */
	@Transactional
	public Contracts.Contract file(UUID contractId, LocalDate filedOn) {
		Contracts.Contract contract = contracts.lockOwn(contractId, Contracts.requirePurchaser());
		LocalDate on = contract.lifecycle().stepAfterSigning("filed_on", filedOn, today());
		jdbc.sql("update contract.contract set filed_on = :date where id = :id")
			.param("date", on)
			.param("id", contractId)
			.update();
		audit.record("contract.file", "Contract", contractId, null, Map.of("filed_on", on.toString()));
		return flagLateSteps(contractId);
	}

	/** Writes the late steps (GPL-46, GPLR-50, GPL-47) finance sees on the contract. */
	private Contracts.Contract flagLateSteps(UUID contractId) {
		Contracts.Contract contract = contracts.get(contractId);
		List<RuleViolation> late = new ContractDeadlines(calendar.calendar()).lateSteps(contract.awardedOn(),
				contract.signedOn(), contract.publishedOn(), contract.filedOn(), today());
		String text = late.isEmpty() ? null
				: String.join("；", late.stream().map(v -> v.rule() + " " + v.message()).toList());
		jdbc.sql("update contract.contract set late_steps = :late where id = :id")
			.param("late", text == null || text.length() <= 1000 ? text : text.substring(0, 999))
			.param("id", contractId)
			.update();
		return contracts.get(contractId);
	}

	private Money reservedFor(Contracts.Contract contract) {
		return awards.award(contract.projectId()).map(ProcurementAwards.Award::reserved).orElse(contract.amount());
	}

	private LocalDate today() {
		return Contracts.today(clock);
	}

}
