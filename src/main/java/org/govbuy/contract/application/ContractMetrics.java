package org.govbuy.contract.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.govbuy.platform.CachedCounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Contracts' figures for Prometheus: {@code govbuy_contracts{state}},
 * {@code govbuy_payment_requests{state}}, and the unpaid requests past their due date
 * (the SME payment term, 保障中小企业款项支付条例): {@code govbuy_payments_overdue} and
 * {@code govbuy_payments_overdue_amount_yuan}. One aggregate query per scrape at most,
 * cached for {@code govbuy.metrics.gauge-cache}; "today" is the China date of the
 * application clock, as in {@link Payments#overdue()}.
 */
@Component
class ContractMetrics implements MeterBinder {

	static final List<String> CONTRACT_STATES = List.of("DRAFT", "SIGNED", "TERMINATED");

	static final List<String> PAYMENT_STATES = List.of("REQUESTED", "SENT", "PAID", "REJECTED", "RETURNED");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final CachedCounts counts;

	ContractMetrics(JdbcClient jdbc, Clock clock, @Value("${govbuy.metrics.gauge-cache:5s}") Duration maxAge) {
		this.counts = new CachedCounts(maxAge, () -> {
			Map<String, Number> values = new HashMap<>();
			jdbc.sql("select status, count(*) as n from contract.contract group by status")
				.query((rs, row) -> values.put("contract." + rs.getString("status"), rs.getLong("n")))
				.list();
			jdbc.sql("select status, count(*) as n from contract.payment group by status")
				.query((rs, row) -> values.put("payment." + rs.getString("status"), rs.getLong("n")))
				.list();
			jdbc.sql("""
					select count(*) as n, coalesce(sum(amount), 0) as amount from contract.payment
					where status in ('REQUESTED', 'SENT') and due_on < :today""")
				.param("today", LocalDate.now(clock.withZone(CHINA)))
				.query((rs, row) -> {
					values.put("overdue", rs.getLong("n"));
					values.put("overdue.amount", rs.getBigDecimal("amount"));
					return null;
				})
				.list();
			return values;
		});
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String state : CONTRACT_STATES) {
			Gauge.builder("govbuy.contracts", counts, c -> c.get("contract." + state))
				.description("Contracts by state")
				.tag("state", state)
				.register(registry);
		}
		for (String state : PAYMENT_STATES) {
			Gauge.builder("govbuy.payment.requests", counts, c -> c.get("payment." + state))
				.description("Payment requests by state")
				.tag("state", state)
				.register(registry);
		}
		Gauge.builder("govbuy.payments.overdue", counts, c -> c.get("overdue"))
			.description("Unpaid payment requests past their due date")
			.register(registry);
		Gauge.builder("govbuy.payments.overdue.amount", counts, c -> c.get("overdue.amount"))
			.description("Amount of unpaid payment requests past their due date")
			.baseUnit("yuan")
			.register(registry);
	}

}
