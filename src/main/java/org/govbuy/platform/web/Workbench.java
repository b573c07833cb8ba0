package org.govbuy.platform.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.WorkItem;
import org.govbuy.platform.WorkItems;
import org.govbuy.shared.WorkingDayCalendar;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The 工作台: every module's to-dos for a user, ranked against today's Beijing date on the
 * legal calendar (预警 first, then by deadline).
 */
@Component
public class Workbench {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ObjectProvider<WorkItems> sources;

	private final LegalCalendar calendar;

	private final Clock clock;

	Workbench(ObjectProvider<WorkItems> sources, LegalCalendar calendar, Clock clock) {
		this.sources = sources;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * One line of the 工作台 as the home page shows it.
	 *
	 * @param item the to-do
	 * @param severity how urgent it is today
	 * @param deadlineText its deadline in Chinese date form, empty without one
	 */
	public record Todo(WorkItem item, WorkItem.Severity severity, String deadlineText) {

		public boolean overdue() {
			return severity == WorkItem.Severity.OVERDUE;
		}

		public boolean near() {
			return severity == WorkItem.Severity.NEAR;
		}

	}

	List<Todo> todosFor(CurrentUser user) {
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		WorkingDayCalendar days = calendar.calendar();
		return sources.orderedStream()
			.flatMap(source -> source.itemsFor(user).stream())
			.sorted(WorkItem.ordering(today, days))
			.map(item -> new Todo(item, item.severity(today, days), chinese(item.deadline())))
			.toList();
	}

	/** 2026年12月8日. */
	static String chinese(LocalDate date) {
		return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
