package org.govbuy.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.govbuy.platform.ShiftableClock;

/**
 * The system clock plus an offset that an administrator moves forward in a training or
 * demo environment; the offset is kept in {@code platform.training_clock} so a restart
 * (or another node) keeps the simulated date.
 */
public final class TrainingClock extends Clock implements ShiftableClock {

	private final Clock system;

	private volatile Duration offset = Duration.ZERO;

	public TrainingClock(Clock system) {
		this.system = system;
	}

	@Override
	public void shift(Duration by) {
		if (by.isNegative()) {
			throw new IllegalArgumentException("the training clock only moves forward");
		}
		offset = offset.plus(by);
	}

	/** How far the simulated time is ahead of the real time. */
	public Duration offset() {
		return offset;
	}

	/** Takes the offset another node (or the previous run) stored. */
	void restore(Duration stored) {
		if (stored.compareTo(offset) > 0) {
			offset = stored;
		}
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		TrainingClock zoned = new TrainingClock(system.withZone(zone));
		zoned.offset = offset;
		return zoned;
	}

	@Override
	public Instant instant() {
		return system.instant().plus(offset);
	}

}
