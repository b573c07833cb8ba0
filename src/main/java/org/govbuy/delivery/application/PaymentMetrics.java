package org.govbuy.delivery.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.govbuy.delivery.domain.PaymentStatus;
import org.govbuy.platform.CachedCounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payment figures for Prometheus: {@code govbuy_payment_requests{state}}, and the unpaid
 * requests past their due date (the SME payment term, 保障中小企业款项支付条例):
 * {@code govbuy_payments_overdue} and {@code govbuy_payments_overdue_amount_yuan}. One
 * aggregate query per scrape at most, cached for {@code govbuy.metrics.gauge-cache};
 * "today" is the China date of the application clock, as in {@link Payments#overdue()}.
 */
@Component
class PaymentMetrics implements MeterBinder {

	private final CachedCounts counts;

	PaymentMetrics(JdbcClient jdbc, Clock clock, @Value("${govbuy.metrics.gauge-cache:5s}") Duration maxAge) {
		this.counts = new CachedCounts(maxAge, () -> {
			Map<String, Number> values = new HashMap<>();
			jdbc.sql("select status, count(*) as n from delivery.payment group by status")
				.query((rs, row) -> values.put("payment." + rs.getString("status"), rs.getLong("n")))
				.list();
			jdbc.sql("""
					select count(*) as n, coalesce(sum(amount), 0) as amount from delivery.payment
					where status in (:unpaid) and due_on < :today""")
				.param("unpaid", PaymentStatus.unpaidStates())
				.param("today", LocalDate.now(clock.withZone(Payments.CHINA)))
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
		for (PaymentStatus state : PaymentStatus.values()) {
			Gauge.builder("govbuy.payment.requests", counts, c -> c.get("payment." + state.name()))
				.description("Payment requests by state")
				.tag("state", state.name())
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
