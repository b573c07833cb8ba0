package org.govbuy.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, on a clock the test moves. */
class LoginThrottleTests {

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-08T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

	final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15), 30, 100, Duration.ofMinutes(15));

	@Test
	void fiveFailuresAreFreeThenEachFurtherAttemptWaitsTwiceAsLongUpToTheCap() {
		for (int failure = 1; failure <= 4; failure++) {
			throttle.failed("alice", "203.0.113.1");
			assertThat(throttle.waitBefore("alice", "203.0.113.1")).isEmpty();
		}
		assertThat(throttle.failed("alice", "203.0.113.1")).as("the fifth failure starts the delays").isTrue();
		long expected = 1;
		for (int failure = 6; failure <= 15; failure++) {
			assertThat(throttle.waitBefore("alice", "203.0.113.1")).contains(Duration.ofSeconds(expected));
			clock.advance(Duration.ofSeconds(expected));
			assertThat(throttle.waitBefore("alice", "203.0.113.1")).isEmpty();
			throttle.failed("alice", "203.0.113.1");
			expected = Math.min(expected * 2, 900);
		}
		assertThat(throttle.waitBefore("alice", "203.0.113.1")).contains(Duration.ofMinutes(15));
	}

	@Test
	void anotherAddressAndAnotherAccountAreNotHeldBack() {
		for (int failure = 1; failure <= 8; failure++) {
			throttle.failed("alice", "203.0.113.1");
		}
		assertThat(throttle.waitBefore("alice", "203.0.113.1")).isPresent();
		assertThat(throttle.waitBefore("alice", "198.51.100.2")).isEmpty();
		assertThat(throttle.waitBefore("bob", "203.0.113.1")).isEmpty();
	}

	@Test
	void usernamesCountAlikeWhateverTheirCase() {
		for (int failure = 1; failure <= 5; failure++) {
			throttle.failed(failure % 2 == 0 ? "Alice" : " alice ", "203.0.113.1");
		}
		assertThat(throttle.waitBefore("ALICE", "203.0.113.1")).isPresent();
	}

	@Test
	void successStartsAfresh() {
		for (int failure = 1; failure <= 5; failure++) {
			throttle.failed("alice", "203.0.113.1");
		}
		clock.advance(Duration.ofSeconds(1));
		throttle.succeeded("alice", "203.0.113.1");
		throttle.failed("alice", "203.0.113.1");
		assertThat(throttle.waitBefore("alice", "203.0.113.1")).isEmpty();
	}

	@Test
	void aClockSetBackNeverMakesTheWaitLongerThanTheDelay() {
		for (int failure = 1; failure <= 5; failure++) {
			throttle.failed("alice", "203.0.113.1");
		}
		clock.advance(Duration.ofDays(-30));
		assertThat(throttle.waitBefore("alice", "203.0.113.1")).contains(Duration.ofSeconds(1));
	}

	@Test
	void theAddressBucketRefillsOverItsWindow() {
		for (int account = 1; account <= 30; account++) {
			throttle.failed("user" + account, "203.0.113.9");
		}
		Optional<Duration> wait = throttle.waitBefore("someone", "203.0.113.9");
		assertThat(wait).hasValueSatisfying(
				duration -> assertThat(duration).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
		clock.advance(wait.orElseThrow());
		assertThat(throttle.waitBefore("someone", "203.0.113.9")).isEmpty();
	}

}
