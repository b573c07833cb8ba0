package org.govbuy.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The same request sent by several threads released at one instant, for tests of what
 * concurrent commands do.
 */
public final class Concurrently {

	private Concurrently() {
	}

	/** Sends the request {@code times} times at once and returns every answer. */
	public static List<MockHttpServletResponse> send(int times, Callable<ResultActions> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(times);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MockHttpServletResponse>> results = new ArrayList<>();
		try {
			for (int i = 0; i < times; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return request.call().andReturn().getResponse();
				}));
			}
			start.countDown();
			List<MockHttpServletResponse> answers = new ArrayList<>();
			for (Future<MockHttpServletResponse> result : results) {
				answers.add(result.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * One answer succeeded (200); every other is a 409 problem whose detail says why.
	 */
	public static void assertOneSucceededAndTheRestConflicted(List<MockHttpServletResponse> answers, String why)
			throws Exception {
		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(200, 409);
		assertThat(answers).filteredOn(answer -> answer.getStatus() == 200).hasSize(1);
		for (MockHttpServletResponse answer : answers) {
			if (answer.getStatus() == 409) {
				assertThat(answer.getContentType()).contains("application/problem+json");
				assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains(why);
			}
		}
	}

}
