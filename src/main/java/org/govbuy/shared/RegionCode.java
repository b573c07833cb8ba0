package org.govbuy.shared;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A six-digit administrative division code (GB/T 2260): two digits for the province, two
 * for the prefecture-level city and two for the county. A code ending in {@code 0000}
 * names a province, one ending in {@code 00} a city, and {@code 000000} the country as a
 * whole, which is where central-level data belongs.
 * <p>
 * Parents are derived from the digits alone: a county's parent is {@code xxxx00} even in
 * the municipalities, where that code is the nominal 市辖区 ({@code 110101} → {@code 110100}
 * → {@code 110000}). Callers that show names look the codes up in the region table.
 *
 * @param value the six digits
 */
public record RegionCode(String value) implements java.io.Serializable {

	/** Serialized to JSON as the plain value. */
	@JsonValue
	public String value() {
		return value;
	}

	/** The whole country. */
	public static final RegionCode NATIONAL = new RegionCode("000000");

	public RegionCode {
		if (value == null) {
			throw new IllegalArgumentException("行政区划代码不能为空");
		}
		value = value.strip();
		if (!value.matches("\\d{6}")) {
			throw new IllegalArgumentException("行政区划代码应为6位数字：" + value);
		}
		if (value.startsWith("00") && !value.equals("000000")) {
			throw new IllegalArgumentException("行政区划代码的省级代码不能为00：" + value);
		}
	}

	@JsonCreator
	public static RegionCode of(String value) {
		return new RegionCode(value);
	}

	/** Whether the text is a well-formed region code. */
	public static boolean isValid(String value) {
		try {
			new RegionCode(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public RegionLevel level() {
		if (value.equals("000000")) {
			return RegionLevel.NATIONAL;
		}
		if (value.endsWith("0000")) {
			return RegionLevel.PROVINCE;
		}
		if (value.endsWith("00")) {
			return RegionLevel.CITY;
		}
		return RegionLevel.COUNTY;
	}

	public boolean isNational() {
		return level() == RegionLevel.NATIONAL;
	}

	/**
	 * The province this code lies in (itself for a province); empty for the whole
	 * country.
	 */
	public Optional<RegionCode> provinceCode() {
		if (isNational()) {
			return Optional.empty();
		}
		return Optional.of(new RegionCode(value.substring(0, 2) + "0000"));
	}

	/**
	 * The city this code lies in (itself for a city); empty for a province or the
	 * country.
	 */
	public Optional<RegionCode> cityCode() {
		return switch (level()) {
			case NATIONAL, PROVINCE -> Optional.empty();
			case CITY, COUNTY -> Optional.of(new RegionCode(value.substring(0, 4) + "00"));
		};
	}

	/**
	 * The division one tier up: county → city → province → country; empty for the
	 * country.
	 */
	public Optional<RegionCode> parentCode() {
		return switch (level()) {
			case NATIONAL -> Optional.empty();
			case PROVINCE -> Optional.of(NATIONAL);
			case CITY -> provinceCode();
			case COUNTY -> cityCode();
		};
	}

	/**
	 * The digits every code in this region and below starts with: empty for the country,
	 * two digits for a province, four for a city, six for a county. "This region and
	 * below" is {@code region_code LIKE prefix || '%'} in SQL.
	 */
	public String scopePrefix() {
		return switch (level()) {
			case NATIONAL -> "";
			case PROVINCE -> value.substring(0, 2);
			case CITY -> value.substring(0, 4);
			case COUNTY -> value;
		};
	}

	/**
	 * Whether the other code is this region or lies below it; the country contains every
	 * code.
	 */
	public boolean contains(RegionCode other) {
		return other.value.startsWith(scopePrefix());
	}

	@Override
	public String toString() {
		return value;
	}

}
