package org.govbuy.platform.web;

import org.govbuy.platform.Region;
import org.govbuy.platform.Regions;
import org.govbuy.shared.RegionCode;

import org.springframework.stereotype.Component;

/**
 * A region's name for pages ({@code ${@regionNames.name(p.region)}}): people read 淄博市,
 * not 370300. An unknown code is shown as it is.
 */
@Component("regionNames")
public class RegionNames {

	private final Regions regions;

	RegionNames(Regions regions) {
		this.regions = regions;
	}

	/**
	 * @param code a {@link RegionCode} or its six digits
	 */
	public String name(Object code) {
		if (code == null) {
			return "";
		}
		String digits = code instanceof RegionCode region ? region.value() : code.toString();
		if (!RegionCode.isValid(digits)) {
			return digits;
		}
		return regions.find(new RegionCode(digits)).map(Region::name).orElse(digits);
	}

}
