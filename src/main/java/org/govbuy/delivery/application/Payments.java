package org.govbuy.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.budget.BudgetRule;
import org.govbuy.budget.FundsLedger;
import org.govbuy.delivery.PaymentPaid;
import org.govbuy.contract.ContractParties.ContractSummary;
import org.govbuy.delivery.domain.PaymentStatus;
import org.govbuy.delivery.domain.SmePayments;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment by progress or acceptance: the provider (or the purchaser) requests, the
 * purchaser approves and sends the request to the treasury (国库集中支付), finance records the
 * treasury's payment or its return. A request counts against the contract from the moment
 * it is made, under the contract's row lock, so paid ≤ contracted ≤ approved holds under
 * concurrent requests; an idempotency key makes a retried request one request. Payments
 * owed to an SME after acceptance fall due within the agreed days (at most 60, SME-9) and
 * are flagged with the statutory interest when late (SME-17).
 */
@Service
public class Payments {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** What a request is based on. */
	public enum Basis {

		/** 按进度. */
		PROGRESS("按进度"),
		/** 按验收. */
		ACCEPTANCE("按验收");

		private final String label;

		Basis(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/**
	 * A payment request.
	 *
	 * @param contractId the contract
	 * @param amount how much
	 * @param purpose what for (e.g. 第一季度服务费)
	 * @param basis progress or acceptance
	 * @param milestoneId the accepted milestone, or null for the final acceptance
	 */
	public record Request(UUID contractId, Money amount, String purpose, Basis basis, UUID milestoneId) {
	}

	/** A payment request with its treasury status and, for an SME, its due date. */
	public record Payment(UUID id, UUID contractId, String contractNumber, String contractTitle, String providerName,
			Money amount, String purpose, Basis basis, UUID milestoneId, String idempotencyKey, PaymentStatus status,
			String requestedBy, OffsetDateTime requestedAt, LocalDate acceptedOn, LocalDate dueOn, String approvedBy,
			OffsetDateTime approvedAt, String treasuryRef, OffsetDateTime paidAt, String remark, String overdue) {

		public String statusLabel() {
			return status.label();
		}

	}

	private final JdbcClient jdbc;

	private final DeliveryAccess access;

	private final ContractAccounts accounts;

	private final Acceptances acceptances;

	private final FundsLedger ledger;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Payments(JdbcClient jdbc, DeliveryAccess access, ContractAccounts accounts, Acceptances acceptances,
			FundsLedger ledger, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.access = access;
		this.accounts = accounts;
		this.acceptances = acceptances;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Requests a payment: refused beyond what the contract has not yet committed (BL-13);
	 * the same idempotency key returns the first request.
	 */
	@Transactional
	public Payment request(Request request, String idempotencyKey) {
		CurrentUser user = CurrentUser.require();
		if (request.contractId() == null) {
			throw new InvalidInputException("contractId", "请选择合同");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
			throw new InvalidInputException("idempotencyKey", "请提供幂等键 Idempotency-Key（不超过100个字符）");
		}
		ContractSummary contract = lock(request.contractId());
		if (!access.isPurchaser(contract.unitId(), user) && !access.isProvider(contract.providerId(), user)) {
			throw new NotFoundException("合同不存在");
		}
		Optional<Payment> earlier = byKey(contract.id(), idempotencyKey);
		if (earlier.isPresent()) {
			if (!sameRequest(earlier.get(), request)) {
				throw new org.govbuy.platform.IdempotencyKeyConflictException(idempotencyKey,
						"幂等键 Idempotency-Key “" + idempotencyKey + "”已用于另一笔支付申请（" + earlier.get().amount().format()
								+ "元，" + earlier.get().purpose() + "），不同的申请请使用新的幂等键");
			}
			return earlier.get();
		}
		if (!contract.signed()) {
			throw new InvalidInputException("status", "只有履行中的合同可以申请支付");
		}
		if (request.amount() == null || !request.amount().isPositive()) {
			throw new InvalidInputException("amount", "支付金额须大于0");
		}
		if (request.purpose() != null && request.purpose().strip().length() > 300) {
			throw new InvalidInputException("purpose", "用途不超过300个字");
		}
		Basis basis = request.basis() == null ? Basis.PROGRESS : request.basis();
		LocalDate acceptedOn = null;
		LocalDate dueOn = null;
		if (basis == Basis.ACCEPTANCE) {
			acceptedOn = acceptances.acceptedOn(contract.id(), request.milestoneId())
				.orElseThrow(() -> new InvalidInputException("milestoneId", "该履约节点（或终期）尚未验收合格，不能按验收申请支付"));
			dueOn = contract.providerSme() ? new SmePayments().dueDate(acceptedOn, contract.paymentDays())
					: acceptedOn.plusDays(contract.paymentDays());
			if (request.milestoneId() != null) {
				requireWithinMilestone(contract.id(), request.milestoneId(), request.amount());
			}
		}
		Money uncommitted = contract.total().minus(committed(contract.id()));
		if (request.amount().isGreaterThan(uncommitted)) {
			throw new RuleViolationException(
					List.of(BudgetRule.WITHIN_BUDGET.violation("申请支付" + request.amount().format() + "超过合同尚未申请的金额"
							+ uncommitted.format() + "（合同金额" + contract.total().format() + "）")));
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into delivery.payment (id, contract_id, amount, purpose, basis, milestone_id, idempotency_key,
				  status, requested_by, requested_at, accepted_on, due_on)
				values (:id, :contract, :amount, :purpose, :basis, :milestone, :key, :status, :by, :now, :accepted,
				  :due)""")
			.param("id", id)
			.param("contract", contract.id())
			.param("amount", request.amount().amount())
			.param("purpose",
					request.purpose() == null || request.purpose().isBlank() ? "合同款" : request.purpose().strip())
			.param("basis", basis.name())
			.param("milestone", request.milestoneId())
			.param("key", idempotencyKey)
			.param("status", PaymentStatus.REQUESTED.name())
			.param("by", user.username())
			.param("now", OffsetDateTime.now(clock))
			.param("accepted", acceptedOn)
			.param("due", dueOn)
			.update();
		audit.record("payment.request", "Payment", id, null, Map.of("contract", contract.id().toString(), "amount",
				request.amount().toString(), "key", idempotencyKey));
		return get(id);
	}

	/**
	 * Payment by a milestone's acceptance never outruns the work: the requests for one
	 * milestone stay within the amount it was given.
	 */
	private void requireWithinMilestone(UUID contractId, UUID milestoneId, Money amount) {
		jdbc.sql("select amount_share from delivery.milestone where id = :id and contract_id = :contract")
			.param("id", milestoneId)
			.param("contract", contractId)
			.query(java.math.BigDecimal.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.map(Money::of)
			.findFirst()
			.ifPresent(share -> {
				Money requested = Money.of(jdbc.sql("""
						select coalesce(sum(amount), 0) from delivery.payment
						where milestone_id = :id and status in (:committing)""")
					.param("id", milestoneId)
					.param("committing", PaymentStatus.committing())
					.query(java.math.BigDecimal.class)
					.single());
				if (requested.plus(amount).isGreaterThan(share)) {
					throw new InvalidInputException("amount", "该节点约定金额为" + share.format() + "，已申请" + requested.format()
							+ "，本次申请" + amount.format() + "超出节点金额");
				}
			});
	}

	/** The purchaser approves a request and sends it to the treasury. */
	@Transactional
	public Payment approve(UUID paymentId) {
		Payment payment = lockForPurchaser(paymentId);
		PaymentStatus sent = payment.status().approve();
		String reference = "GK" + LocalDate.now(clock.withZone(CHINA)).format(DateTimeFormatter.BASIC_ISO_DATE) + String
			.format("%06d", jdbc.sql("select nextval('delivery.treasury_number')").query(Long.class).single());
		jdbc.sql("""
				update delivery.payment set status = :status, approved_by = :by, approved_at = :now, treasury_ref = :ref
				where id = :id""")
			.param("status", sent.name())
			.param("by", CurrentUser.require().username())
			.param("now", OffsetDateTime.now(clock))
			.param("ref", reference)
			.param("id", paymentId)
			.update();
		audit.record("payment.approve", "Payment", paymentId, Map.of("status", payment.status().name()),
				Map.of("status", sent.name(), "treasuryRef", reference));
		return get(paymentId);
	}

	/** The purchaser sends a request back; its amount is free to request again. */
	@Transactional
	public Payment reject(UUID paymentId, String reason) {
		Payment payment = lockForPurchaser(paymentId);
		return close(payment, payment.status().reject(), reason, "payment.reject");
	}

	/**
	 * Finance records the treasury's answer: paid (the funds ledger pays the line) or
	 * returned (退票; the amount is free to request again).
	 */
	@Transactional
	public Payment treasury(UUID paymentId, boolean paid, String remark) {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)) {
			throw new AccessDeniedException("只有财政部门可以登记国库支付结果");
		}
		Payment payment = lockPayment(paymentId);
		ContractSummary contract = lock(payment.contractId());
		if (!user.scope().permits(contract.unitId(), contract.region())) {
			throw new NotFoundException("支付申请不存在");
		}
		if (!paid) {
			return close(payment, payment.status().giveBack(), remark, "payment.return");
		}
		PaymentStatus done = payment.status().pay();
		ledger.pay(contract.planLineId(), payment.amount(),
				"国库集中支付：" + contract.title() + "（" + payment.purpose() + "）", "payment-" + paymentId);
		jdbc.sql("update delivery.payment set status = :status, paid_at = :now, remark = :remark where id = :id")
			.param("status", done.name())
			.param("now", OffsetDateTime.now(clock))
			.param("remark", remark == null || remark.isBlank() ? null : remark.strip())
			.param("id", paymentId)
			.update();
		audit.record("payment.paid", "Payment", paymentId, Map.of("status", payment.status().name()),
				Map.of("status", done.name(), "amount", payment.amount().toString()));
		events.publishEvent(new PaymentPaid(paymentId, contract.id(), contract.providerId(), payment.amount(),
				LocalDate.now(clock.withZone(CHINA)), payment.dueOn()));
		return get(paymentId);
	}

	/**
	 * What payment requests of the contract may still ask for: its amount with the
	 * supplementary agreements in force, less what open and paid requests hold.
	 */
	public Money uncommitted(UUID contractId) {
		return access.summary(contractId).total().minus(committed(contractId));
	}

	/** A contract's payment requests, oldest first. */
	public List<Payment> ofContract(UUID contractId) {
		access.readable(contractId);
		return query("p.contract_id = :contract order by p.requested_at", Map.of("contract", contractId));
	}

	/** One request, if its contract is visible to the current user. */
	public Payment visible(UUID paymentId) {
		Payment payment = get(paymentId);
		access.readable(payment.contractId());
		return payment;
	}

	/** Requests in the current user's scope waiting for the treasury, for finance. */
	public List<Payment> sentToTreasury() {
		CurrentUser user = CurrentUser.require();
		Map<String, Object> params = new HashMap<>();
		params.put("pattern", user.scope().regionPattern());
		params.put("org", user.scope().organizationFilter());
		params.put("sent", PaymentStatus.SENT.name());
		return query(
				"p.status = :sent and c.region_code like :pattern and (cast(:org as uuid) is null or c.unit_id = :org)"
						+ " order by p.approved_at",
				params);
	}

	/** Unpaid requests due to SMEs that are past their due date, in the user's scope. */
	public List<Payment> overdue() {
		CurrentUser user = CurrentUser.require();
		Map<String, Object> params = new HashMap<>();
		params.put("pattern", user.scope().regionPattern());
		params.put("org", user.scope().organizationFilter());
		params.put("today", LocalDate.now(clock.withZone(CHINA)));
		params.put("unpaid", PaymentStatus.unpaidStates());
		return query(
				"p.status in (:unpaid) and c.provider_sme and p.due_on < :today" + " and c.region_code like :pattern"
						+ " and (cast(:org as uuid) is null or c.unit_id = :org) order by p.due_on",
				params);
	}

	private Payment close(Payment payment, PaymentStatus status, String reason, String action) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "请填写原因");
		}
		jdbc.sql("update delivery.payment set status = :status, remark = :remark where id = :id")
			.param("status", status.name())
			.param("remark", reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip())
			.param("id", payment.id())
			.update();
		audit.record(action, "Payment", payment.id(), Map.of("status", payment.status().name()),
				Map.of("status", status.name(), "reason", reason.strip()));
		return get(payment.id());
	}

	private Payment lockForPurchaser(UUID paymentId) {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			throw new AccessDeniedException("只有购买主体可以办理合同");
		}
		Payment payment = lockPayment(paymentId);
		ContractSummary contract = lock(payment.contractId());
		if (!contract.unitId().equals(user.organizationId())) {
			throw new NotFoundException("支付申请不存在");
		}
		return payment;
	}

	private Payment lockPayment(UUID paymentId) {
		jdbc.sql("select id from delivery.payment where id = :id for update")
			.param("id", paymentId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("支付申请不存在"));
		return get(paymentId);
	}

	/**
	 * Locks the contract's account (payment requests of one contract run one after
	 * another), then reads the contract: a termination committed meanwhile is seen.
	 */
	private ContractSummary lock(UUID contractId) {
		accounts.lock(contractId);
		return access.summary(contractId);
	}

	/** What the contract's requests hold: requested, sent and paid. */
	private Money committed(UUID contractId) {
		return Money.of(jdbc.sql(
				"select coalesce(sum(amount), 0) from delivery.payment where contract_id = :id and status in (:committing)")
			.param("id", contractId)
			.param("committing", PaymentStatus.committing())
			.query(java.math.BigDecimal.class)
			.single());
	}

	/** Whether a retried request asks for what the first one asked. */
	private static boolean sameRequest(Payment earlier, Request request) {
		String purpose = request.purpose() == null || request.purpose().isBlank() ? "合同款" : request.purpose().strip();
		Basis basis = request.basis() == null ? Basis.PROGRESS : request.basis();
		return request.amount() != null && request.amount().compareTo(earlier.amount()) == 0
				&& purpose.equals(earlier.purpose()) && basis == earlier.basis()
				&& java.util.Objects.equals(request.milestoneId(), earlier.milestoneId());
	}

	private Optional<Payment> byKey(UUID contractId, String key) {
		return query("p.contract_id = :contract and p.idempotency_key = :key",
				Map.of("contract", contractId, "key", key))
			.stream()
			.findFirst();
	}

	private Payment get(UUID paymentId) {
		return query("p.id = :id", Map.of("id", paymentId)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("支付申请不存在"));
	}

	private List<Payment> query(String where, Map<String, ?> params) {
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		return jdbc.sql("""
				select p.*, c.number, c.title, c.provider_name, c.provider_sme
				from delivery.payment p join delivery.contract_account c on c.contract_id = p.contract_id
				where """ + " " + where).params(params).query((rs, n) -> {
			Money amount = Money.of(rs.getBigDecimal("amount"));
			LocalDate due = rs.getObject("due_on", LocalDate.class);
			PaymentStatus status = PaymentStatus.valueOf(rs.getString("status"));
			String overdue = null;
			if (due != null && rs.getBoolean("provider_sme") && status.unpaid()) {
				overdue = new SmePayments().overdue(amount, due, today, null)
					.map(RuleViolation::message)
					.map(text -> "SME-17 " + text)
					.orElse(null);
			}
			return new Payment(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
					rs.getString("number"), rs.getString("title"), rs.getString("provider_name"), amount,
					rs.getString("purpose"), Basis.valueOf(rs.getString("basis")),
					rs.getObject("milestone_id", UUID.class), rs.getString("idempotency_key"), status,
					rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class),
					rs.getObject("accepted_on", LocalDate.class), due, rs.getString("approved_by"),
					rs.getObject("approved_at", OffsetDateTime.class), rs.getString("treasury_ref"),
					rs.getObject("paid_at", OffsetDateTime.class), rs.getString("remark"), overdue);
		}).list();
	}

}
