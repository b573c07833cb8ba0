package org.govbuy.platform;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The result of one cheap aggregate query (a count or sum per key), read by several
 * Micrometer gauges and run again at most once per {@code maxAge}: a scrape reads every
 * gauge of a module from one query, and frequent scrapes do not load the database. A key
 * the query does not return reads as 0.
 */
public final class CachedCounts {

	private final Supplier<Map<String, ? extends Number>> query;

	private final long maxAgeNanos;

	private Map<String, ? extends Number> values = Map.of();

	private long readAt;

	private boolean read;

	public CachedCounts(Duration maxAge, Supplier<Map<String, ? extends Number>> query) {
		this.query = query;
		this.maxAgeNanos = maxAge.toNanos();
	}

	/** The value for {@code key}, from a query at most {@code maxAge} old. */
	public synchronized double get(String key) {
		long now = System.nanoTime();
		if (!read || now - readAt >= maxAgeNanos) {
			values = query.get();
			readAt = now;
			read = true;
		}
		Number value = values.get(key);
		return value == null ? 0 : value.doubleValue();
	}

}
