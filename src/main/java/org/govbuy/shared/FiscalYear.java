package org.govbuy.shared;

import java.time.LocalDate;
import java.time.Year;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A budget year. China's fiscal year is the calendar year, 1 January to 31 December
 * (《预算法》第十八条), so budgets, plans and reports group by the year of their dates.
 *
 * @param value the year, 2000 to 2100
 */
public record FiscalYear(int value) implements Comparable<FiscalYear> {

	/** Serialized to JSON as the plain value. */
	@JsonValue
	public int value() {
		return value;
	}

	/** The earliest year the platform accepts; older data is not migrated. */
	public static final int MIN = 2000;

	/** The latest year the platform accepts; larger numbers are typing mistakes. */
	public static final int MAX = 2100;

	public FiscalYear {
		if (value < MIN || value > MAX) {
			throw new IllegalArgumentException("预算年度应在" + MIN + "至" + MAX + "之间：" + value);
		}
	}

	@JsonCreator
	public static FiscalYear of(int value) {
		return new FiscalYear(value);
	}

	/** The year written as four digits, e.g. from a form or a URL. */
	public static FiscalYear of(String value) {
		if (value == null || !value.strip().matches("\\d{4}")) {
			throw new IllegalArgumentException("预算年度应为四位数字：" + value);
		}
		return new FiscalYear(Integer.parseInt(value.strip()));
	}

	/** The fiscal year a date belongs to. */
	public static FiscalYear containing(LocalDate date) {
		return new FiscalYear(date.getYear());
	}

	/** 1 January of the year. */
	public LocalDate start() {
		return LocalDate.of(value, 1, 1);
	}

	/** 31 December of the year, the last day that counts. */
	public LocalDate end() {
		return LocalDate.of(value, 12, 31);
	}

	public boolean contains(LocalDate date) {
		return date.getYear() == value;
	}

	public FiscalYear next() {
		return new FiscalYear(value + 1);
	}

	public FiscalYear previous() {
		return new FiscalYear(value - 1);
	}

	/** Number of days in the year (365 or 366). */
	public int length() {
		return Year.of(value).length();
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(value, other.value);
	}

	/** The year as four digits, e.g. {@code 2026}. */
	@Override
	public String toString() {
		return Integer.toString(value);
	}

}
