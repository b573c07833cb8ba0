package org.govbuy.delivery.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.contract.ContractPerformance;
import org.govbuy.delivery.domain.PaymentStatus;
import org.govbuy.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the contract module asks of a contract's delivery ({@link ContractPerformance}):
 * the money its payment requests hold, its failed acceptances and its payment schedule.
 */
@Component
class DeliveryFacts implements ContractPerformance {

	private final JdbcClient jdbc;

	private final ContractAccounts accounts;

	DeliveryFacts(JdbcClient jdbc, ContractAccounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/**
	 * Locks the contract's account first, as payment requests do, so that no request
	 * slips in between the sum and the caller's commit.
	 */
	@Override
	@Transactional
	public Settlement settle(UUID contractId) {
		if (!accounts.open(contractId)) {
			return Settlement.NONE;
		}
		accounts.lock(contractId);
		return settlement(contractId);
	}

	@Override
	public Settlement settlement(UUID contractId) {
		return jdbc.sql("""
				select coalesce(sum(amount) filter (where status in (:committing)), 0) as committed,
				  coalesce(sum(amount) filter (where status = :paid), 0) as paid
				from delivery.payment where contract_id = :id""")
			.param("id", contractId)
			.param("committing", PaymentStatus.committing())
			.param("paid", PaymentStatus.PAID.name())
			.query((rs, n) -> new Settlement(Money.of(rs.getBigDecimal("committed")),
					Money.of(rs.getBigDecimal("paid"))))
			.single();
	}

	@Override
	public int failedAcceptances(UUID contractId) {
		return jdbc.sql("select count(*) from delivery.acceptance where contract_id = :id and result = :failed")
			.param("id", contractId)
			.param("failed", Acceptances.Result.FAILED.name())
			.query(Integer.class)
			.single();
	}

	@Override
	public List<Instalment> schedule(UUID contractId) {
		return jdbc
			.sql("select title, amount_share, due_on from delivery.milestone where contract_id = :id"
					+ " and amount_share is not null order by seq")
			.param("id", contractId)
			.query((rs, n) -> new Instalment(rs.getString("title"),
					Money.of(rs.getObject("amount_share", BigDecimal.class)), rs.getObject("due_on", LocalDate.class)))
			.list();
	}

}
