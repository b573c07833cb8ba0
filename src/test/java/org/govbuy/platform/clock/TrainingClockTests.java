package org.govbuy.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class TrainingClockTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	final Clock real = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), CHINA);

	@Test
	void runsAheadOfTheRealClockByWhatItWasShifted() {
		TrainingClock clock = new TrainingClock(real);
		clock.shift(Duration.ofDays(10));
		clock.shift(Duration.ofHours(2));
		assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-17T04:00:00Z"));
		assertThat(clock.withZone(ZoneId.of("UTC")).instant()).isEqualTo(clock.instant());
	}

	@Test
	void neverRunsBack() {
		TrainingClock clock = new TrainingClock(real);
		assertThatIllegalArgumentException().isThrownBy(() -> clock.shift(Duration.ofDays(-1)));
		clock.shift(Duration.ofDays(3));
		clock.restore(Duration.ofDays(1));
		assertThat(clock.offset()).isEqualTo(Duration.ofDays(3));
		clock.restore(Duration.ofDays(5));
		assertThat(clock.offset()).isEqualTo(Duration.ofDays(5));
	}

}
