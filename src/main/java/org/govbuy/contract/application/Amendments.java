package org.govbuy.contract.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.FundsLedger;
import org.govbuy.contract.AmendmentKind;
import org.govbuy.contract.domain.AmendmentStatus;
import org.govbuy.contract.domain.ContractLifecycle;
import org.govbuy.contract.domain.ContractMoneyPolicy;
import org.govbuy.contract.domain.ContractSide;
import org.govbuy.contract.domain.TerminationPolicy;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What changes a signed contract, and only by a record both parties sign (G8): one side
 * proposes, the other confirms. Supplementary agreements add money within 10% of the
 * original (GPL-49) from the same budget line; a partial subcontract is in force only
 * with the purchaser's consent, and a pass-through is refused (GPL-48).
 */
@Service
public class Amendments {

	/** An amendment and who signed it. */
	public record Amendment(UUID id, UUID contractId, AmendmentKind kind, String content, Money amount,
			String subcontractor, String proposedBy, ContractSide proposedSide, OffsetDateTime proposedAt,
			String confirmedBy, OffsetDateTime confirmedAt, AmendmentStatus status) {

		public String statusLabel() {
			return status.label();
		}

		/** Whether the other side has yet to sign it. */
		public boolean awaitsConfirmation() {
			return status == AmendmentStatus.PROPOSED;
		}

	}

	private final JdbcClient jdbc;

	private final Contracts contracts;

	private final ContractTermination termination;

	private final FundsLedger ledger;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Amendments(JdbcClient jdbc, Contracts contracts, ContractTermination termination, FundsLedger ledger,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.termination = termination;
		this.events = events;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	/** One side proposes an amendment of a signed contract. */
	@Transactional
	public Amendment propose(UUID contractId, AmendmentKind kind, String content, Money amount, String subcontractor) {
		Contracts.Contract contract = contracts.lock(contractId);
		ContractSide side = side(contract);
		contract.lifecycle().requireInPerformance("只有履行中的合同可以补充、变更或分包");
		if (kind == null) {
			throw new InvalidInputException("kind", "请选择补充合同、合同变更或分包");
		}
		if (content == null || content.isBlank() || content.strip().length() > 2000) {
			throw new InvalidInputException("content", "请填写内容（不超过2000个字）");
		}
		if (kind.hasAmount() && (amount == null || !amount.isPositive())) {
			throw new InvalidInputException("amount", "请填写金额");
		}
		if (kind == AmendmentKind.SUBCONTRACT) {
			if (side != ContractSide.PROVIDER) {
				throw new InvalidInputException("kind", "分包由承接主体提出，经采购人同意");
			}
			if (subcontractor == null || subcontractor.isBlank()) {
				throw new InvalidInputException("subcontractor", "请填写分包单位");
			}
		}
		check(contract, kind, amount);
		UUID id = UUID.randomUUID();
		CurrentUser user = CurrentUser.require();
		jdbc.sql("""
				insert into contract.amendment (id, contract_id, kind, content, amount, subcontractor, proposed_by,
				  proposed_side, proposed_at, status)
				values (:id, :contract, :kind, :content, :amount, :subcontractor, :by, :side, :now, :status)""")
			.param("id", id)
			.param("contract", contractId)
			.param("kind", kind.name())
			.param("content", content.strip())
			.param("amount", kind.hasAmount() ? amount.amount() : null)
			.param("subcontractor", kind == AmendmentKind.SUBCONTRACT ? subcontractor.strip() : null)
			.param("by", user.username())
			.param("side", side.name())
			.param("now", OffsetDateTime.now(clock))
			.param("status", AmendmentStatus.PROPOSED.name())
			.update();
		audit.record("contract.amendment.propose", "Amendment", id, null,
				Map.of("contract", contractId.toString(), "kind", kind.name()));
		return get(id);
	}

	/**
	 * The other side confirms: the amendment is in force; a supplement's money is
	 * reserved and contracted on the contract's budget line.
	 */
	@Transactional
	public Amendment confirm(UUID amendmentId) {
		Amendment amendment = get(amendmentId);
		Contracts.Contract contract = contracts.lock(amendment.contractId());
		ContractSide side = side(contract);
		amendment = get(amendmentId);
		AmendmentStatus confirmed = amendment.status().confirm();
		if (side == amendment.proposedSide()) {
			throw new InvalidInputException("status", "须由合同另一方确认签署");
		}
		ContractLifecycle lifecycle = contract.lifecycle();
		lifecycle.requireInPerformance("合同已不在履行中");
		check(contract, amendment.kind(), amendment.amount());
		if (amendment.kind() == AmendmentKind.SUPPLEMENT) {
			ledger.reserve(contract.planLineId(), amendment.amount(), "补充合同：" + contract.title(),
					"amendment-reserve-" + amendmentId);
			ledger.contract(contract.planLineId(), amendment.amount(), "补充合同：" + contract.title(),
					"amendment-" + amendmentId);
		}
		if (amendment.kind() == AmendmentKind.TERMINATION) {
			termination.end(contract, TerminationPolicy.Ground.AGREEMENT.name(), "双方协商一致终止：" + amendment.content(),
					null);
		}
		else {
			lifecycle.amend(amendment.kind(), amendment.amount(), Contracts.today(clock));
		}
		jdbc.sql("""
				update contract.amendment set status = :status, confirmed_by = :by, confirmed_at = :now
				where id = :id""")
			.param("status", confirmed.name())
			.param("by", CurrentUser.require().username())
			.param("now", OffsetDateTime.now(clock))
			.param("id", amendmentId)
			.update();
		audit.record("contract.amendment.confirm", "Amendment", amendmentId,
				Map.of("status", amendment.status().name()), Map.of("status", confirmed.name()));
		lifecycle.events().forEach(events::publishEvent);
		return get(amendmentId);
	}

	/** The proposing side withdraws an unconfirmed amendment. */
	@Transactional
	public Amendment withdraw(UUID amendmentId) {
		Amendment amendment = get(amendmentId);
		Contracts.Contract contract = contracts.lock(amendment.contractId());
		ContractSide side = side(contract);
		amendment = get(amendmentId);
		if (side != amendment.proposedSide()) {
			throw new InvalidInputException("status", "只能撤回本方提出、尚未确认的记录");
		}
		AmendmentStatus withdrawn = amendment.status().withdraw();
		jdbc.sql("update contract.amendment set status = :status where id = :id")
			.param("status", withdrawn.name())
			.param("id", amendmentId)
			.update();
		audit.record("contract.amendment.withdraw", "Amendment", amendmentId,
				Map.of("status", amendment.status().name()), Map.of("status", withdrawn.name()));
		return get(amendmentId);
	}

	/** A contract's amendments, oldest first. */
	public List<Amendment> ofContract(UUID contractId) {
		contracts.visible(contractId);
		return jdbc.sql("select * from contract.amendment where contract_id = :id order by proposed_at")
			.param("id", contractId)
			.query((rs, n) -> map(rs))
			.list();
	}

	private void check(Contracts.Contract contract, AmendmentKind kind, Money amount) {
		List<RuleViolation> violations = switch (kind) {
			case SUPPLEMENT ->
				new ContractMoneyPolicy().checkSupplementary(contract.amount(), contract.supplements(), amount);
			case SUBCONTRACT -> new ContractMoneyPolicy().checkSubcontracting(contract.total(), amount, true);
			case CHANGE, TERMINATION -> List.of();
		};
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	/** Which side of the contract the current user is on; strangers see no contract. */
	private ContractSide side(Contracts.Contract contract) {
		CurrentUser user = CurrentUser.require();
		if (Contracts.isPurchaser(user, contract)) {
			return ContractSide.PURCHASER;
		}
		if (contracts.isProvider(user, contract)) {
			return ContractSide.PROVIDER;
		}
		throw new NotFoundException("合同不存在");
	}

	private Amendment get(UUID id) {
		return jdbc.sql("select * from contract.amendment where id = :id")
			.param("id", id)
			.query((rs, n) -> map(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("记录不存在"));
	}

	private static Amendment map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Amendment(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
				AmendmentKind.valueOf(rs.getString("kind")), rs.getString("content"),
				rs.getBigDecimal("amount") == null ? null : Money.of(rs.getBigDecimal("amount")),
				rs.getString("subcontractor"), rs.getString("proposed_by"),
				ContractSide.valueOf(rs.getString("proposed_side")), rs.getObject("proposed_at", OffsetDateTime.class),
				rs.getString("confirmed_by"), rs.getObject("confirmed_at", OffsetDateTime.class),
				AmendmentStatus.valueOf(rs.getString("status")));
	}

}
