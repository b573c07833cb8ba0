package org.govbuy.budget.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.platform.CachedCounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The budget's figures for Prometheus: {@code govbuy_plans{state}} (annual plans by
 * state) and {@code govbuy_plan_line_imports} / {@code govbuy_plan_line_import_rows}
 * (stored imports of plan lines and their rows), read by one aggregate query cached for
 * {@code govbuy.metrics.gauge-cache}. Imports as they happen, refused ones included, are
 * counted by {@link BudgetTables} ({@code govbuy_imports_total}).
 */
@Component
class BudgetMetrics implements MeterBinder {

	private final CachedCounts counts;

	BudgetMetrics(JdbcClient jdbc, @Value("${govbuy.metrics.gauge-cache:5s}") Duration maxAge) {
		this.counts = new CachedCounts(maxAge, () -> {
			Map<String, Number> values = new HashMap<>();
			jdbc.sql("select status, count(*) as n from budget.plan group by status")
				.query((rs, row) -> values.put("plan." + rs.getString("status"), rs.getLong("n")))
				.list();
			jdbc.sql("select count(*) as n, coalesce(sum(lines), 0) as r from budget.line_import").query((rs, row) -> {
				values.put("imports", rs.getLong("n"));
				values.put("rows", rs.getLong("r"));
				return null;
			}).list();
			return values;
		});
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (PlanStatus status : PlanStatus.values()) {
			Gauge.builder("govbuy.plans", counts, c -> c.get("plan." + status.name()))
				.description("Annual purchase plans by state")
				.tag("state", status.name())
				.register(registry);
		}
		Gauge.builder("govbuy.plan.line.imports", counts, c -> c.get("imports"))
			.description("Stored imports of plan lines from workbooks")
			.register(registry);
		Gauge.builder("govbuy.plan.line.import.rows", counts, c -> c.get("rows"))
			.description("Plan lines added by stored imports")
			.register(registry);
	}

}
