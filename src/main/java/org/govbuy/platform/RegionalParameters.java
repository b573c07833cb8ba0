package org.govbuy.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/**
 * The value of a policy parameter in force for a region on a date: the region's own
 * latest value effective on that date, else its parent's, up to the central value.
 */
public interface RegionalParameters {

	/** The raw value in force, with the region that set it. */
	ParameterValue valueAt(RegionCode region, PolicyParameter parameter, LocalDate date);

	default Money money(RegionCode region, PolicyParameter parameter, LocalDate date) {
		return Money.of(valueAt(region, parameter, date).value());
	}

	default BigDecimal rate(RegionCode region, PolicyParameter parameter, LocalDate date) {
		return new BigDecimal(valueAt(region, parameter, date).value());
	}

	default int days(RegionCode region, PolicyParameter parameter, LocalDate date) {
		return Integer.parseInt(valueAt(region, parameter, date).value());
	}

	default MonthDay monthDay(RegionCode region, PolicyParameter parameter, LocalDate date) {
		return MonthDay.parse("--" + valueAt(region, parameter, date).value());
	}

	default boolean switchedOn(RegionCode region, PolicyParameter parameter, LocalDate date) {
		return Boolean.parseBoolean(valueAt(region, parameter, date).value().trim());
	}

	/** Whether an item code is in the region's 集中采购目录 on the date (法 第十八条). */
	boolean inCentralizedCatalog(RegionCode region, String itemCode, LocalDate date);

	/**
	 * A parameter value and where it comes from.
	 *
	 * @param parameter the parameter
	 * @param value its value as text
	 * @param setBy the region whose value applies (000000 for the central value)
	 * @param effectiveFrom since when
	 */
	record ParameterValue(PolicyParameter parameter, String value, RegionCode setBy, LocalDate effectiveFrom) {
	}

}
