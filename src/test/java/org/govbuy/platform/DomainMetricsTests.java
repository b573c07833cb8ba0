package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * The building blocks of the domain metrics: cached aggregate queries, refusal counts.
 */
class DomainMetricsTests {

	@Test
	void aRefusalCountsEachOfItsRulesOnceEvenWhenARuleIsListedTwice() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		RuleRefusals.count(registry, new RuleViolationException(List.of(new RuleViolation("MOF102-10-3", "第十条", "货物"),
				new RuleViolation("MOF102-10-3", "第十条", "工程"), new RuleViolation("BL-13", "第十三条", "先有预算"))));

		assertThat(registry.get(RuleRefusals.METER).tag("rule", "MOF102-10-3").counter().count()).isEqualTo(1);
		assertThat(registry.get(RuleRefusals.METER).tag("rule", "BL-13").counter().count()).isEqualTo(1);
	}

	@Test
	void gaugesOfOneQueryRunItOncePerPeriodAndReadAMissingKeyAsZero() {
		AtomicInteger queries = new AtomicInteger();
		CachedCounts counts = new CachedCounts(Duration.ofMinutes(1), () -> {
			queries.incrementAndGet();
			return Map.of("DRAFT", 3L);
		});

		assertThat(counts.get("DRAFT")).isEqualTo(3);
		assertThat(counts.get("APPROVED")).isZero();
		assertThat(queries).hasValue(1);
	}

	@Test
	void withoutACacheEveryReadQueriesAgain() {
		AtomicInteger queries = new AtomicInteger();
		CachedCounts counts = new CachedCounts(Duration.ZERO, () -> Map.of("n", queries.incrementAndGet()));

		assertThat(counts.get("n")).isEqualTo(1);
		assertThat(counts.get("n")).isEqualTo(2);
	}

}
