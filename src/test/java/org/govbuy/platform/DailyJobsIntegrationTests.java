package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * A daily job runs once per day however many nodes (threads here) try at the same moment.
 */
@IntegrationTest
class DailyJobsIntegrationTests {

	@Autowired
	DailyJobs jobs;

	@Test
	void runsAJobOncePerDayUnderConcurrentTriggers() throws Exception {
		AtomicInteger runs = new AtomicInteger();
		LocalDate day = LocalDate.of(2026, 11, 25);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			java.util.List<Future<Boolean>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 8; i++) {
				Callable<Boolean> attempt = () -> {
					start.await();
					return jobs.runOnce("test.concurrent", day, runs::incrementAndGet);
				};
				results.add(pool.submit(attempt));
			}
			start.countDown();
			long ran = 0;
			for (Future<Boolean> result : results) {
				ran += result.get() ? 1 : 0;
			}
			assertThat(ran).isEqualTo(1);
			assertThat(runs).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jobs.runOnce("test.concurrent", day.plusDays(1), runs::incrementAndGet)).isTrue();
	}

	@Test
	void retriesAFailedRunOnTheNextTrigger() {
		LocalDate day = LocalDate.of(2026, 11, 26);
		assertThatThrownBy(() -> jobs.runOnce("test.failing", day, () -> {
			throw new IllegalStateException("boom");
		})).hasMessage("boom");
		assertThat(jobs.runOnce("test.failing", day, () -> {
		})).isTrue();
	}

}
