package org.govbuy.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.govbuy.budget.application.JdbcFundsLedger;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The funds ledger keeps reserved + contracted ≤ approved and paid ≤ contracted under
 * concurrency.
 */
@IntegrationTest
class FundsLedgerIntegrationTests {

	@Autowired
	JdbcFundsLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sixteenConcurrentReservationsNeverReserveMoreThanApprovedRuleBL_13() throws Exception {
		UUID line = open(Money.ofYuan(1_000_000));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<Boolean>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 16; i++) {
				String key = "reserve-" + i;
				results.add(pool.submit(() -> {
					start.await();
					try {
						ledger.reserve(line, Money.ofYuan(150_000), "采购预留", key);
						return true;
					}
					catch (RuleViolationException ex) {
						assertThat(ex.violations().get(0).rule()).isEqualTo("BL-13");
						return false;
					}
				}));
			}
			start.countDown();
			int succeeded = 0;
			for (Future<Boolean> result : results) {
				succeeded += result.get() ? 1 : 0;
			}
			assertThat(succeeded).isEqualTo(6);
			assertThat(ledger.balance(line).reserved()).isEqualTo(Money.ofYuan(900_000));
			assertThat(jdbc.sql(
					"select coalesce(sum(amount), 0) from budget.funds_movement where line_id = :line and kind = 'RESERVE'")
				.param("line", line)
				.query(java.math.BigDecimal.class)
				.single()).isEqualByComparingTo("900000");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRetriedRequestWithTheSameKeyMovesMoneyOnce() {
		UUID line = open(Money.ofYuan(500_000));
		ledger.reserve(line, Money.ofYuan(300_000), "采购预留", "proc-1");
		ledger.reserve(line, Money.ofYuan(300_000), "采购预留", "proc-1");
		assertThat(ledger.balance(line).reserved()).isEqualTo(Money.ofYuan(300_000));
		ledger.contract(line, Money.ofYuan(280_000), "合同签订", "contract-1");
		ledger.release(line, Money.ofYuan(20_000), "节余释放", "release-1");
		ledger.pay(line, Money.ofYuan(100_000), "首期付款", "pay-1");
		ledger.pay(line, Money.ofYuan(100_000), "首期付款", "pay-1");
		FundsLedger.Balance balance = ledger.balance(line);
		assertThat(balance.reserved()).isEqualTo(Money.ZERO);
		assertThat(balance.contracted()).isEqualTo(Money.ofYuan(280_000));
		assertThat(balance.paid()).isEqualTo(Money.ofYuan(100_000));
		assertThat(balance.available()).isEqualTo(Money.ofYuan(220_000));
	}

	@Test
	void refusesToPayBeyondWhatIsContractedRuleBL_13() {
		UUID line = open(Money.ofYuan(100_000));
		ledger.reserve(line, Money.ofYuan(100_000), "采购预留", "r");
		ledger.contract(line, Money.ofYuan(80_000), "合同", "c");
		assertThatThrownBy(() -> ledger.pay(line, Money.of("80000.01"), "付款", "p"))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("BL-13");
		// The database itself refuses what a faulty caller might try.
		assertThatThrownBy(() -> jdbc.sql("update budget.funds_line set paid = contracted + 1 where line_id = :line")
			.param("line", line)
			.update()).hasMessageContaining("paid_within_contracted");
	}

	private UUID open(Money approved) {
		UUID line = UUID.randomUUID();
		ledger.open(line, UUID.randomUUID(), new RegionCode("370300"), 2027, "社区居家养老上门服务", approved);
		return line;
	}

	@Test
	void anAdjustmentCannotGoBelowWhatIsReservedAndContractedRuleBL_13() {
		UUID line = open(Money.ofYuan(1_000_000));
		ledger.reserve(line, Money.ofYuan(600_000), "采购预留", "adjust-reserve");
		ledger.contract(line, Money.ofYuan(300_000), "合同签订", "adjust-contract");

		assertThatThrownBy(() -> ledger.adjustApproved(line, Money.ofYuan(500_000), "年中调整", "adjust-1"))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("低于已预留和已签约");
		ledger.adjustApproved(line, Money.ofYuan(600_000), "年中调整", "adjust-2");
		ledger.adjustApproved(line, Money.ofYuan(600_000), "年中调整（重试）", "adjust-2");

		assertThat(ledger.balance(line).approved()).isEqualTo(Money.ofYuan(600_000));
		assertThat(ledger.balance(line).available()).isEqualTo(Money.ZERO);
	}

}
