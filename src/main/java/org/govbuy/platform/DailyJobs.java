package org.govbuy.platform;

import java.time.LocalDate;

/**
 * Runs time-driven work (deadlines, expiries, debarments that end) once per day across
 * every application node. Call it from a listener of Spring Modulith's
 * {@code DayHasPassed}, or from a scheduled method.
 */
public interface DailyJobs {

	/**
	 * Runs the task in one transaction if no node has run this job for this day yet.
	 * @return whether this call ran it
	 */
	boolean runOnce(String job, LocalDate day, Runnable task);

}
