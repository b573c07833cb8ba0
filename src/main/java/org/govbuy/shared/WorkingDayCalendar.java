package org.govbuy.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working days in mainland China: Monday to Friday, except the official holidays, plus
 * the weekend days the State Council's annual notice (国务院办公厅关于部分节假日安排的通知) turns into
 * working days (调休上班). Deadlines in procurement law count in working days or calendar
 * days; this calendar computes both as 《民法典》 counts periods: the start day is not counted
 * (第二百零一条), and a period whose last day is a 法定休假日 ends on the first day after it
 * (第二百零三条). Weekends count as 法定休假日 unless they are make-up working days.
 * <p>
 * Immutable and free of I/O once built. The notices are published a year at a time, so a
 * date in a year the data does not {@linkplain #covers(LocalDate) cover} is computed from
 * weekends alone; callers mark such results as provisional.
 */
public final class WorkingDayCalendar {

	/**
	 * The bundled calendar on the classpath, 2024–2026 (sources: 国办发明电〔2023〕7号 and
	 * later).
	 */
	public static final String BUNDLED_RESOURCE = "calendar/workdays-cn-2024-2026.csv";

	/**
	 * A year counts as covered when the data holds at least this many of its dates. A
	 * notice lists over twenty dates for its own year but may spill a 元旦 weekend into the
	 * December before (the 2024 notice lists 2023-12-30 and 2023-12-31), which must not
	 * make that year look covered.
	 */
	static final int MIN_DATES_FOR_COVERED_YEAR = 10;

	/** How the notice treats a date that differs from the ordinary week. */
	public enum DayKind {

		/**
		 * A day of an official holiday period (放假), weekend days inside the period
		 * included.
		 */
		HOLIDAY,
		/** A Saturday or Sunday that is a make-up working day (调休上班). */
		WORKDAY

	}

	/**
	 * One date of a holiday notice.
	 *
	 * @param date the date
	 * @param kind holiday or make-up working day
	 * @param name the holiday it belongs to, e.g. {@code 春节}; may be empty
	 */
	public record CalendarDay(LocalDate date, DayKind kind, String name) {

		public CalendarDay {
			if (date == null || kind == null) {
				throw new IllegalArgumentException("日期和类型不能为空");
			}
			name = name == null ? "" : name.strip();
		}

	}

	private final Map<LocalDate, CalendarDay> days;

	private final Set<Integer> coveredYears;

	/**
	 * A calendar from the dates that differ from the ordinary week, without holiday
	 * names.
	 * @param days holidays and make-up working days
	 * @param coveredYears the years whose notices the data fully holds
	 */
	public WorkingDayCalendar(Map<LocalDate, DayKind> days, Set<Integer> coveredYears) {
		this(days.entrySet().stream().map((day) -> new CalendarDay(day.getKey(), day.getValue(), "")).toList(),
				coveredYears);
	}

	private WorkingDayCalendar(List<CalendarDay> days, Set<Integer> coveredYears) {
		Map<LocalDate, CalendarDay> byDate = new TreeMap<>();
		for (CalendarDay day : days) {
			if (byDate.put(day.date(), day) != null) {
				throw new IllegalArgumentException("节假日安排中日期重复：" + day.date());
			}
			if (day.kind() == DayKind.WORKDAY && !isWeekend(day.date())) {
				// A make-up working day on a weekday would change nothing; it is a data
				// error.
				throw new IllegalArgumentException("调休上班日应为周六或周日：" + day.date());
			}
		}
		this.days = Collections.unmodifiableMap(byDate);
		this.coveredYears = Collections.unmodifiableSet(new TreeSet<>(coveredYears));
	}

	/** A calendar covering exactly the given years. */
	public static WorkingDayCalendar of(List<CalendarDay> days, Set<Integer> coveredYears) {
		return new WorkingDayCalendar(days, coveredYears);
	}

	/**
	 * A calendar whose covered years are those holding at least
	 * {@value #MIN_DATES_FOR_COVERED_YEAR} of the dates, so a neighbouring year's 元旦
	 * weekend does not count.
	 */
	public static WorkingDayCalendar of(List<CalendarDay> days) {
		Set<Integer> covered = days.stream()
			.collect(Collectors.groupingBy((day) -> day.date().getYear(), Collectors.counting()))
			.entrySet()
			.stream()
			.filter((year) -> year.getValue() >= MIN_DATES_FOR_COVERED_YEAR)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		return new WorkingDayCalendar(days, covered);
	}

	/**
	 * A calendar from CSV text (see {@link #parseCsv(Reader)}), covered years derived.
	 */
	public static WorkingDayCalendar fromCsv(InputStream csv) {
		return of(parseCsv(new InputStreamReader(csv, StandardCharsets.UTF_8)));
	}

	/** The calendar bundled with the platform ({@value #BUNDLED_RESOURCE}). */
	public static WorkingDayCalendar bundled() {
		try (InputStream csv = WorkingDayCalendar.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
			if (csv == null) {
				throw new IllegalStateException("找不到节假日数据：" + BUNDLED_RESOURCE);
			}
			return fromCsv(csv);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads UTF-8 CSV with the header {@code date,kind,name}: an ISO date,
	 * {@code HOLIDAY} or {@code WORKDAY}, and the holiday's name (no quoting; names hold
	 * no commas). Blank lines are skipped. The reader is not closed.
	 * @throws IllegalArgumentException naming the line of a malformed row
	 */
	public static List<CalendarDay> parseCsv(Reader csv) {
		BufferedReader lines = new BufferedReader(csv);
		List<CalendarDay> days = new ArrayList<>();
		try {
			String header = lines.readLine();
			if (header == null || !header.replace("\uFEFF", "").strip().equals("date,kind,name")) {
				throw new IllegalArgumentException("节假日数据的表头应为 date,kind,name：" + header);
			}
			int number = 1;
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				if (!line.isBlank()) {
					days.add(parseRow(line, number));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(days);
	}

	private static CalendarDay parseRow(String line, int number) {
		String[] fields = line.split(",", 3);
		if (fields.length < 2) {
			throw new IllegalArgumentException("节假日数据第" + number + "行格式错误：" + line);
		}
		try {
			return new CalendarDay(LocalDate.parse(fields[0].strip()), DayKind.valueOf(fields[1].strip()),
					fields.length > 2 ? fields[2] : "");
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			throw new IllegalArgumentException("节假日数据第" + number + "行格式错误：" + line, ex);
		}
	}

	/**
	 * Whether people work on this date: a weekday that is no holiday, or a make-up
	 * working day.
	 */
	public boolean isWorkingDay(LocalDate date) {
		CalendarDay day = days.get(date);
		if (day != null) {
			return day.kind() == DayKind.WORKDAY;
		}
		return !isWeekend(date);
	}

	/**
	 * The n-th working day after {@code from}, which itself is not counted; {@code from}
	 * when n is 0. "Within 5 working days of the 12th" ends on
	 * {@code addWorkingDays(12th, 5)}.
	 */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("工作日天数不能为负数：" + n);
		}
		LocalDate date = from;
		for (int counted = 0; counted < n; counted++) {
			date = nextWorkingDay(date);
		}
		return date;
	}

	/**
	 * The number of working days after {@code from} up to and including {@code to}; 0 if
	 * to ≤ from.
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
			if (isWorkingDay(date)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The last day of a period of calendar days starting after {@code from}:
	 * {@code from + days}, moved to the next working day if that date is a holiday or an
	 * ordinary weekend day (《民法典》第二百零三条). A make-up working day is a working day, so a
	 * period may end on one.
	 */
	public LocalDate calendarDayDeadline(LocalDate from, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("期间天数不能为负数：" + days);
		}
		LocalDate last = from.plusDays(days);
		return isWorkingDay(last) ? last : nextWorkingDay(last);
	}

	/** The first working day after the date. */
	public LocalDate nextWorkingDay(LocalDate date) {
		return step(date, (day) -> day.plusDays(1));
	}

	/** The last working day before the date. */
	public LocalDate previousWorkingDay(LocalDate date) {
		return step(date, (day) -> day.minusDays(1));
	}

	private LocalDate step(LocalDate date, Function<LocalDate, LocalDate> direction) {
		LocalDate candidate = direction.apply(date);
		while (!isWorkingDay(candidate)) {
			candidate = direction.apply(candidate);
		}
		return candidate;
	}

	/**
	 * Whether the official notice for the date's year is part of the data; results that
	 * reach beyond covered years are provisional.
	 */
	public boolean covers(LocalDate date) {
		return coveredYears.contains(date.getYear());
	}

	/** The years whose notices the data holds. */
	public Set<Integer> coveredYears() {
		return coveredYears;
	}

	/**
	 * The name of the holiday the date belongs to, if it is a holiday with a known name.
	 */
	public Optional<String> holidayName(LocalDate date) {
		return Optional.ofNullable(days.get(date))
			.filter((day) -> day.kind() == DayKind.HOLIDAY && !day.name().isEmpty())
			.map(CalendarDay::name);
	}

	/**
	 * The notice's entry for the date: a holiday or make-up working day, or empty for an
	 * ordinary day.
	 */
	public Optional<CalendarDay> entry(LocalDate date) {
		return Optional.ofNullable(days.get(date));
	}

	/** All holidays and make-up working days, in date order. */
	public List<CalendarDay> days() {
		return List.copyOf(days.values());
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

}
