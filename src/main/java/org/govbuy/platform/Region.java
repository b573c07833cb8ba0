package org.govbuy.platform;

import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RegionLevel;

/**
 * An administrative division (GB/T 2260), or a development zone of the statistical
 * division codes.
 *
 * @param code six-digit code
 * @param name Chinese name
 * @param level national, province, city or county
 * @param parent the division above (null for the national root)
 * @param zone whether it is a development zone (county digits 71–79) rather than a GB/T
 * 2260 division
 */
public record Region(RegionCode code, String name, RegionLevel level, RegionCode parent, boolean zone) {
}
