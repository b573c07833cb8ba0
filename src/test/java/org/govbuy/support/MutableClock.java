package org.govbuy.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.govbuy.platform.ShiftableClock;

/** A clock that tests move by hand, for lockouts, deadlines and expiries. */
public class MutableClock extends Clock implements ShiftableClock {

	private volatile Instant now;

	private final ZoneId zone;

	public MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public void advance(Duration duration) {
		now = now.plus(duration);
	}

	@Override
	public void shift(Duration by) {
		advance(by);
	}

	public void set(Instant instant) {
		now = instant;
	}

	/** Back to the real time. */
	public void reset() {
		now = Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}

}
