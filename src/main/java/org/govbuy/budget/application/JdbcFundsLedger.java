package org.govbuy.budget.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.BudgetRule;
import org.govbuy.budget.FundsLedger;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funds ledger on {@code budget.funds_line}: each movement locks the line's row,
 * checks, moves and records the movement with its idempotency key in one transaction; the
 * table's checks keep the invariants even against a faulty caller.
 */
@Service
public class JdbcFundsLedger implements FundsLedger {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	JdbcFundsLedger(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Opens the ledger of a line when finance approves it. */
	@Transactional
	public Balance open(UUID lineId, UUID unitId, RegionCode region, int fiscalYear, String title, Money approved) {
		jdbc.sql("""
				insert into budget.funds_line (line_id, unit_id, region_code, fiscal_year, title, approved, opened_at)
				values (:line, :unit, :region, :year, :title, :approved, :now) on conflict (line_id) do nothing""")
			.param("line", lineId)
			.param("unit", unitId)
			.param("region", region.value())
			.param("year", fiscalYear)
			.param("title", title)
			.param("approved", approved.amount())
			.param("now", OffsetDateTime.now(clock))
			.update();
		audit.record("funds.open", "FundsLine", lineId, null, Map.of("approved", approved.toString(), "title", title));
		return balance(lineId);
	}

	@Override
	public Balance balance(UUID lineId) {
		return jdbc.sql("select * from budget.funds_line where line_id = :line")
			.param("line", lineId)
			.query((rs, row) -> new Balance(lineId, Money.of(rs.getBigDecimal("approved")),
					Money.of(rs.getBigDecimal("reserved")), Money.of(rs.getBigDecimal("contracted")),
					Money.of(rs.getBigDecimal("paid"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("预算行不存在或尚未批复"));
	}

	@Override
	@Transactional
	public Balance reserve(UUID lineId, Money amount, String purpose, String idempotencyKey) {
		return move(lineId, "RESERVE", amount, purpose, idempotencyKey, (balance) -> {
			if (amount.isGreaterThan(balance.available())) {
				throw BudgetRule.WITHIN_BUDGET
					.refusal("拟预留" + amount.format() + "，可用余额仅" + balance.available().format());
			}
			return "reserved = reserved + :amount";
		});
	}

	@Override
	@Transactional
	public Balance release(UUID lineId, Money amount, String purpose, String idempotencyKey) {
		return move(lineId, "RELEASE", amount, purpose, idempotencyKey, (balance) -> {
			if (amount.isGreaterThan(balance.reserved())) {
				throw new InvalidInputException("amount", "释放金额超过已预留金额" + balance.reserved().format());
			}
			return "reserved = reserved - :amount";
		});
	}

	@Override
	@Transactional
	public Balance contract(UUID lineId, Money amount, String purpose, String idempotencyKey) {
		return move(lineId, "CONTRACT", amount, purpose, idempotencyKey, (balance) -> {
			if (amount.isGreaterThan(balance.reserved())) {
				throw BudgetRule.WITHIN_BUDGET
					.refusal("合同金额" + amount.format() + "超过为该采购预留的" + balance.reserved().format());
			}
			return "reserved = reserved - :amount, contracted = contracted + :amount";
		});
	}

	@Override
	@Transactional
	public Balance adjustApproved(UUID lineId, Money approved, String purpose, String idempotencyKey) {
		if (approved.isNegative()) {
			throw new InvalidInputException("amount", "批复金额不能为负数");
		}
		Balance before = balance(lineId);
		Money difference = approved.minus(before.approved());
		if (difference.isZero()) {
			return before;
		}
		String kind = difference.isPositive() ? "INCREASE" : "DECREASE";
		Money amount = difference.isPositive() ? difference : Money.ZERO.minus(difference);
		return move(lineId, kind, amount, purpose, idempotencyKey, (balance) -> {
			Money committed = balance.reserved().plus(balance.contracted());
			if (committed.isGreaterThan(approved)) {
				throw BudgetRule.WITHIN_BUDGET.refusal("调整后金额" + approved.format() + "低于已预留和已签约的" + committed.format());
			}
			return difference.isPositive() ? "approved = approved + :amount" : "approved = approved - :amount";
		});
	}

	@Override
	@Transactional
	public Balance pay(UUID lineId, Money amount, String purpose, String idempotencyKey) {
		return move(lineId, "PAY", amount, purpose, idempotencyKey, (balance) -> {
			Money unpaid = balance.contracted().minus(balance.paid());
			if (amount.isGreaterThan(unpaid)) {
				throw BudgetRule.WITHIN_BUDGET.refusal("支付" + amount.format() + "超过合同未付金额" + unpaid.format());
			}
			return "paid = paid + :amount";
		});
	}

	@Override
	@Transactional
	public Balance uncontract(UUID lineId, Money amount, String purpose, String idempotencyKey) {
		return move(lineId, "UNCONTRACT", amount, purpose, idempotencyKey, (balance) -> {
			Money unpaid = balance.contracted().minus(balance.paid());
			if (amount.isGreaterThan(unpaid)) {
				throw new InvalidInputException("amount", "释放金额超过合同未付金额" + unpaid.format());
			}
			return "contracted = contracted - :amount";
		});
	}

	private Balance move(UUID lineId, String kind, Money amount, String purpose, String idempotencyKey,
			java.util.function.Function<Balance, String> check) {
		if (!amount.isPositive()) {
			throw new InvalidInputException("amount", "金额须大于0");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
			throw new InvalidInputException("idempotencyKey", "请提供幂等键（不超过100个字符）");
		}
		// Lock the line: concurrent movements on one line run one after another.
		jdbc.sql("select line_id from budget.funds_line where line_id = :line for update")
			.param("line", lineId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("预算行不存在或尚未批复"));
		var done = jdbc
			.sql("select kind, amount from budget.funds_movement where line_id = :line and idempotency_key = :key")
			.param("line", lineId)
			.param("key", idempotencyKey)
			.query((rs, n) -> Map.entry(rs.getString("kind"), Money.of(rs.getBigDecimal("amount"))))
			.optional();
		if (done.isPresent()) {
			if (!done.get().getKey().equals(kind) || done.get().getValue().compareTo(amount) != 0) {
				throw new org.govbuy.platform.IdempotencyKeyConflictException(idempotencyKey, "幂等键“" + idempotencyKey
						+ "”已用于该预算行的另一笔资金变动（" + done.get().getValue().format() + "元），不同的变动请使用新的幂等键");
			}
			return balance(lineId);
		}
		Balance before = balance(lineId);
		String update = check.apply(before);
		jdbc.sql("update budget.funds_line set " + update + " where line_id = :line")
			.param("amount", amount.amount())
			.param("line", lineId)
			.update();
		jdbc.sql(
				"""
						insert into budget.funds_movement (id, line_id, kind, amount, purpose, idempotency_key, actor, created_at)
						values (:id, :line, :kind, :amount, :purpose, :key, :actor, :now)""")
			.param("id", UUID.randomUUID())
			.param("line", lineId)
			.param("kind", kind)
			.param("amount", amount.amount())
			.param("purpose", purpose == null || purpose.isBlank() ? kind : purpose)
			.param("key", idempotencyKey)
			.param("actor", CurrentUser.current().map(CurrentUser::username).orElse("system"))
			.param("now", OffsetDateTime.now(clock))
			.update();
		Balance after = balance(lineId);
		audit.record("funds." + kind.toLowerCase(), "FundsLine", lineId, before, after);
		return after;
	}

}
