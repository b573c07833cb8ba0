package org.govbuy.contract.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.FundsLedger;
import org.govbuy.contract.AmendmentKind;
import org.govbuy.contract.ContractAmended;
import org.govbuy.contract.domain.ContractMoneyPolicy;
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

	/** What an amendment does. */
	public enum Kind {

		/** 补充合同. */
		SUPPLEMENT("补充合同"),
		/** 合同变更. */
		CHANGE("合同变更"),
		/** 分包. */
		SUBCONTRACT("分包"),
		/** 终止协议: both parties agree to end the contract (法50). */
		TERMINATION("终止协议");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** An amendment and who signed it. */
	public record Amendment(UUID id, UUID contractId, Kind kind, String content, Money amount, String subcontractor,
			String proposedBy, String proposedSide, OffsetDateTime proposedAt, String confirmedBy,
			OffsetDateTime confirmedAt, String status) {

		public String statusLabel() {
			return switch (status) {
				case "PROPOSED" -> "待对方确认";
				case "IN_FORCE" -> "双方已签署";
				case "WITHDRAWN" -> "已撤回";
				default -> status;
			};
		}

	}

	private final JdbcClient jdbc;

	private final Contracts contracts;

	private final FundsLedger ledger;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Amendments(JdbcClient jdbc, Contracts contracts, FundsLedger ledger, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	/** One side proposes an amendment of a signed contract. */
	@Transactional
	public Amendment propose(UUID contractId, Kind kind, String content, Money amount, String subcontractor) {
		Contracts.Contract contract = contracts.lock(contractId);
		String side = side(contract);
		if (!"SIGNED".equals(contract.status())) {
			throw new InvalidInputException("status", "只有履行中的合同可以补充、变更或分包");
		}
		if (kind == null) {
			throw new InvalidInputException("kind", "请选择补充合同、合同变更或分包");
		}
		if (content == null || content.isBlank() || content.strip().length() > 2000) {
			throw new InvalidInputException("content", "请填写内容（不超过2000个字）");
		}
		if ((kind == Kind.SUPPLEMENT || kind == Kind.SUBCONTRACT) && (amount == null || !amount.isPositive())) {
			throw new InvalidInputException("amount", "请填写金额");
		}
		if (kind == Kind.SUBCONTRACT) {
			if (!"PROVIDER".equals(side)) {
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
				values (:id, :contract, :kind, :content, :amount, :subcontractor, :by, :side, :now, 'PROPOSED')""")
			.param("id", id)
			.param("contract", contractId)
			.param("kind", kind.name())
			.param("content", content.strip())
			.param("amount", kind == Kind.SUPPLEMENT || kind == Kind.SUBCONTRACT ? amount.amount() : null)
			.param("subcontractor", kind == Kind.SUBCONTRACT ? subcontractor.strip() : null)
			.param("by", user.username())
			.param("side", side)
			.param("now", OffsetDateTime.now(clock))
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
		String side = side(contract);
		amendment = get(amendmentId);
		if (!"PROPOSED".equals(amendment.status())) {
			throw new org.govbuy.platform.StateConflictException("status", "该记录已生效或已撤回");
		}
		if (side.equals(amendment.proposedSide())) {
			throw new InvalidInputException("status", "须由合同另一方确认签署");
		}
		if (!"SIGNED".equals(contract.status())) {
			throw new InvalidInputException("status", "合同已不在履行中");
		}
		check(contract, amendment.kind(), amendment.amount());
		if (amendment.kind() == Kind.SUPPLEMENT) {
			ledger.reserve(contract.planLineId(), amendment.amount(), "补充合同：" + contract.title(),
					"amendment-reserve-" + amendmentId);
			ledger.contract(contract.planLineId(), amendment.amount(), "补充合同：" + contract.title(),
					"amendment-" + amendmentId);
		}
		if (amendment.kind() == Kind.TERMINATION) {
			contracts.end(contract, "AGREEMENT", "双方协商一致终止：" + amendment.content(), null);
		}
		jdbc.sql("""
				update contract.amendment set status = 'IN_FORCE', confirmed_by = :by, confirmed_at = :now
				where id = :id""")
			.param("by", CurrentUser.require().username())
			.param("now", OffsetDateTime.now(clock))
			.param("id", amendmentId)
			.update();
		audit.record("contract.amendment.confirm", "Amendment", amendmentId, Map.of("status", "PROPOSED"),
				Map.of("status", "IN_FORCE"));
		if (amendment.kind() == Kind.SUPPLEMENT) {
			events.publishEvent(new ContractAmended(contract.id(), contracts.get(contract.id()).total(),
					java.time.LocalDate.now(clock.withZone(Contracts.CHINA)), AmendmentKind.SUPPLEMENT));
		}
		return get(amendmentId);
	}

	/** The proposing side withdraws an unconfirmed amendment. */
	@Transactional
	public Amendment withdraw(UUID amendmentId) {
		Amendment amendment = get(amendmentId);
		Contracts.Contract contract = contracts.lock(amendment.contractId());
		String side = side(contract);
		amendment = get(amendmentId);
		if (!"PROPOSED".equals(amendment.status()) || !side.equals(amendment.proposedSide())) {
			throw new InvalidInputException("status", "只能撤回本方提出、尚未确认的记录");
		}
		jdbc.sql("update contract.amendment set status = 'WITHDRAWN' where id = :id").param("id", amendmentId).update();
		audit.record("contract.amendment.withdraw", "Amendment", amendmentId, Map.of("status", "PROPOSED"),
				Map.of("status", "WITHDRAWN"));
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

	private void check(Contracts.Contract contract, Kind kind, Money amount) {
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
	private String side(Contracts.Contract contract) {
		CurrentUser user = CurrentUser.require();
		if (Contracts.isPurchaser(user, contract)) {
			return "PURCHASER";
		}
		if (contracts.isProvider(user, contract)) {
			return "PROVIDER";
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
				Kind.valueOf(rs.getString("kind")), rs.getString("content"),
				rs.getBigDecimal("amount") == null ? null : Money.of(rs.getBigDecimal("amount")),
				rs.getString("subcontractor"), rs.getString("proposed_by"), rs.getString("proposed_side"),
				rs.getObject("proposed_at", OffsetDateTime.class), rs.getString("confirmed_by"),
				rs.getObject("confirmed_at", OffsetDateTime.class), rs.getString("status"));
	}

}
