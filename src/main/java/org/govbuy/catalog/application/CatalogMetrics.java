package org.govbuy.catalog.application;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.govbuy.catalog.domain.ImportJobStatus;
import org.govbuy.platform.CachedCounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalog's figures for Prometheus: {@code govbuy_catalog_imports{state}} (import
 * jobs of catalog workbooks: RUNNING, SUCCEEDED, REJECTED, FAILED) and
 * {@code govbuy_catalog_import_rows} (rows of succeeded jobs), cached for
 * {@code govbuy.metrics.gauge-cache}.
 */
@Component
class CatalogMetrics implements MeterBinder {

	static final List<String> STATES = Arrays.stream(ImportJobStatus.values()).map(Enum::name).toList();

	private final CachedCounts counts;

	CatalogMetrics(JdbcClient jdbc, @Value("${govbuy.metrics.gauge-cache:5s}") Duration maxAge) {
		this.counts = new CachedCounts(maxAge, () -> {
			Map<String, Number> values = new HashMap<>();
			jdbc.sql("""
					select status, count(*) as n, coalesce(sum(case when status = :succeeded
					    then processed_rows else 0 end), 0) as r
					from catalog.import_job group by status""")
				.param("succeeded", ImportJobStatus.SUCCEEDED.name())
				.query((rs, row) -> {
					values.put(rs.getString("status"), rs.getLong("n"));
					values.merge("rows", rs.getLong("r"), (a, b) -> a.longValue() + b.longValue());
					return null;
				})
				.list();
			return values;
		});
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String state : STATES) {
			Gauge.builder("govbuy.catalog.imports", counts, c -> c.get(state))
				.description("Catalog import jobs by state")
				.tag("state", state)
				.register(registry);
		}
		Gauge.builder("govbuy.catalog.import.rows", counts, c -> c.get("rows"))
			.description("Rows imported by succeeded catalog import jobs")
			.register(registry);
	}

}
