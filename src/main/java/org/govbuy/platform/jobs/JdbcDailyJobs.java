package org.govbuy.platform.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.govbuy.platform.DailyJobs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link DailyJobs} on a table: the first node to insert (job, day) runs the job. */
@Service
class JdbcDailyJobs implements DailyJobs {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcDailyJobs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public boolean runOnce(String job, LocalDate day, Runnable task) {
		int claimed = jdbc.sql(
				"insert into platform.daily_job_run (job, day, started_at) values (:job, :day, :now) on conflict do nothing")
			.param("job", job)
			.param("day", day)
			.param("now", OffsetDateTime.now(clock))
			.update();
		if (claimed == 0) {
			return false;
		}
		task.run();
		return true;
	}

}
