package org.govbuy.platform.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.Role;
import org.govbuy.platform.ShiftableClock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves the platform's date forward in a training or demo environment: the one clock
 * every rule, job and deadline reads jumps to the chosen day, and each day passed on the
 * way is announced as Spring Modulith's {@link DayHasPassed}, so the daily work (overdue
 * milestones, expiries) runs for it as it would have. Only forward: time never runs back
 * under records already made.
 */
@Service
public class TrainingClocks {

	private final Clock clock;

	private final boolean enabled;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	TrainingClocks(Clock clock, @Value("${govbuy.training-clock.enabled:false}") boolean enabled, JdbcClient jdbc,
			ApplicationEventPublisher events, AuditTrail audit) {
		this.clock = clock;
		this.enabled = enabled;
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	/** Whether this deployment runs on a training clock. */
	public boolean enabled() {
		return enabled;
	}

	/**
	 * The platform's date when the training clock runs ahead of the real date, else
	 * empty: what the banner on every page shows.
	 */
	public Optional<LocalDate> simulatedToday() {
		LocalDate today = today();
		boolean ahead = today.isAfter(LocalDate.now(Clock.system(clock.getZone())));
		return enabled && ahead ? Optional.of(today) : Optional.empty();
	}

	/** The platform's date. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Moves the platform to the start of the same time of day on {@code target},
	 * announcing every day passed.
	 * @return the new date
	 */
	@Transactional
	public LocalDate moveTo(LocalDate target, CurrentUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new org.springframework.security.access.AccessDeniedException("只有系统管理员可以调整培训时钟");
		}
		if (!enabled || !(clock instanceof ShiftableClock shiftable)) {
			throw new InvalidInputException("date", "本环境未开启培训时钟（govbuy.training-clock.enabled），平台日期即实际日期");
		}
		LocalDate today = today();
		if (target == null || !target.isAfter(today)) {
			throw new InvalidInputException("date", "培训时钟只能向后调整：请选择 " + today + " 之后的日期");
		}
		if (target.isAfter(today.plusYears(3))) {
			throw new InvalidInputException("date", "一次最多向后调整三年");
		}
		ZonedDateTime now = ZonedDateTime.now(clock);
		Duration by = Duration.between(now, now.with(target));
		shiftable.shift(by);
		store(user);
		for (LocalDate day = today; day.isBefore(target); day = day.plusDays(1)) {
			events.publishEvent(DayHasPassed.of(day));
		}
		audit.record("platform.training-clock.move", "TrainingClock", 1, Map.of("date", today.toString()),
				Map.of("date", target.toString()));
		return target;
	}

	private void store(CurrentUser user) {
		if (clock instanceof TrainingClock training) {
			jdbc.sql(
					"""
							insert into platform.training_clock (id, offset_ms, moved_by, moved_at) values (1, :offset, :by, :at)
							on conflict (id) do update set offset_ms = excluded.offset_ms, moved_by = excluded.moved_by,
							  moved_at = excluded.moved_at""")
				.param("offset", training.offset().toMillis())
				.param("by", user.username())
				.param("at", java.sql.Timestamp.from(Instant.now()))
				.update();
		}
	}

	/**
	 * Takes the stored offset at start and, every minute, the one another node stored.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(fixedDelayString = "${govbuy.training-clock.refresh:PT1M}", initialDelayString = "PT1M")
	public void restore() {
		if (enabled && clock instanceof TrainingClock training) {
			jdbc.sql("select offset_ms from platform.training_clock where id = 1")
				.query(Long.class)
				.optional()
				.ifPresent(stored -> training.restore(Duration.ofMillis(stored)));
		}
	}

}
