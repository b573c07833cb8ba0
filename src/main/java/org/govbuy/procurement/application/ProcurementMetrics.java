package org.govbuy.procurement.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.govbuy.platform.CachedCounts;
import org.govbuy.procurement.domain.ProjectStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Procurement's figure for Prometheus: {@code govbuy_procurements{stage}} (procurement
 * projects by stage), one aggregate query cached for {@code govbuy.metrics.gauge-cache}.
 */
@Component
class ProcurementMetrics implements MeterBinder {

	private final CachedCounts counts;

	ProcurementMetrics(JdbcClient jdbc, @Value("${govbuy.metrics.gauge-cache:5s}") Duration maxAge) {
		this.counts = new CachedCounts(maxAge, () -> {
			Map<String, Number> values = new HashMap<>();
			jdbc.sql("select status, count(*) as n from procurement.project group by status")
				.query((rs, row) -> values.put(rs.getString("status"), rs.getLong("n")))
				.list();
			return values;
		});
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (ProjectStatus status : ProjectStatus.values()) {
			Gauge.builder("govbuy.procurements", counts, c -> c.get(status.name()))
				.description("Procurement projects by stage")
				.tag("stage", status.name())
				.register(registry);
		}
	}

}
