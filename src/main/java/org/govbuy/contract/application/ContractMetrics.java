package org.govbuy.contract.application;

import java.time.Duration;
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
 * Contracts' figures for Prometheus: {@code govbuy_contracts{state}}. One aggregate query
 * per scrape at most, cached for {@code govbuy.metrics.gauge-cache}. Payment requests are
 * counted by the delivery module.
 */
@Component
class ContractMetrics implements MeterBinder {

	static final List<String> CONTRACT_STATES = List.of("DRAFT", "SIGNED", "TERMINATED");

	private final CachedCounts counts;

	ContractMetrics(JdbcClient jdbc, @Value("${govbuy.metrics.gauge-cache:5s}") Duration maxAge) {
		this.counts = new CachedCounts(maxAge, () -> {
			Map<String, Number> values = new HashMap<>();
			jdbc.sql("select status, count(*) as n from contract.contract group by status")
				.query((rs, row) -> values.put("contract." + rs.getString("status"), rs.getLong("n")))
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
	}

}
