package org.govbuy.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.shared.WorkingDayCalendar;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official holidays and make-up working days, kept in {@code platform.calendar_day}:
 * loaded from the notices shipped with the project (2024–2026) and extended by
 * administrators who import each new year's notice. The calendar is rebuilt after each
 * import.
 */
@Service
public class HolidayCalendar implements LegalCalendar {

	static final String BUNDLED = "calendar/workdays-cn-2024-2026.csv";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

	HolidayCalendar(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public WorkingDayCalendar calendar() {
		WorkingDayCalendar calendar = current.get();
		if (calendar == null) {
			calendar = reload();
		}
		return calendar;
	}

	/** Loads the bundled notices into the table where their dates are missing. */
	@Transactional
	public int importBundled() throws IOException {
		try (InputStream in = new ClassPathResource(BUNDLED).getInputStream()) {
			return upsert(WorkingDayCalendar
				.parseCsv(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)), false);
		}
	}

	/**
	 * Imports a year's notice (CSV {@code date,kind,name}); rows for existing dates
	 * replace them. The whole file is checked before anything is stored.
	 */
	@Transactional
	public int importCsv(InputStream csv) throws IOException {
		List<WorkingDayCalendar.CalendarDay> days = WorkingDayCalendar
			.parseCsv(new java.io.InputStreamReader(csv, java.nio.charset.StandardCharsets.UTF_8));
		int count = upsert(days, true);
		audit.record("calendar.import", "Calendar", null, null, Map.of("rows", days.size(), "years",
				days.stream().map(day -> day.date().getYear()).distinct().sorted().toList()));
		return count;
	}

	public List<WorkingDayCalendar.CalendarDay> days(int year) {
		return jdbc
			.sql("select day, kind, name from platform.calendar_day where extract(year from day) = :year order by day")
			.param("year", year)
			.query((rs, row) -> new WorkingDayCalendar.CalendarDay(rs.getObject("day", java.time.LocalDate.class),
					WorkingDayCalendar.DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
			.list();
	}

	private int upsert(List<WorkingDayCalendar.CalendarDay> days, boolean replace) {
		int changed = 0;
		for (WorkingDayCalendar.CalendarDay day : days) {
			changed += jdbc.sql(
					"insert into platform.calendar_day (day, kind, name) values (:day, :kind, :name) on conflict (day) do "
							+ (replace ? "update set kind = excluded.kind, name = excluded.name" : "nothing"))
				.param("day", day.date())
				.param("kind", day.kind().name())
				.param("name", day.name())
				.update();
		}
		reload();
		return changed;
	}

	/** Picks up imports made on other nodes. */
	@Scheduled(fixedDelayString = "${govbuy.calendar.refresh:PT10M}",
			initialDelayString = "${govbuy.calendar.refresh:PT10M}")
	void refresh() {
		reload();
	}

	private WorkingDayCalendar reload() {
		List<WorkingDayCalendar.CalendarDay> all = jdbc
			.sql("select day, kind, name from platform.calendar_day order by day")
			.query((rs, row) -> new WorkingDayCalendar.CalendarDay(rs.getObject("day", java.time.LocalDate.class),
					WorkingDayCalendar.DayKind.valueOf(rs.getString("kind")), rs.getString("name")))
			.list();
		WorkingDayCalendar calendar = WorkingDayCalendar.of(all);
		current.set(calendar);
		return calendar;
	}

}
