package org.govbuy.platform;

import java.time.Duration;

/**
 * A clock whose time can be moved forward: the training clock of a training or demo
 * environment (never in production), and the clock tests move by hand. Every rule, job
 * and deadline reads the application's one {@link java.time.Clock}; when that clock is
 * shiftable, moving it moves them all.
 */
public interface ShiftableClock {

	/** Moves the time forward by the given (positive) duration. */
	void shift(Duration by);

}
