package org.govbuy.platform;

import java.util.List;
import java.util.Optional;

import org.govbuy.shared.RegionCode;

/** The division hierarchy: 全国 → provinces → cities → counties. */
public interface Regions {

	Optional<Region> find(RegionCode code);

	/** The division, or a {@link NotFoundException}. */
	default Region get(RegionCode code) {
		return find(code).orElseThrow(() -> new NotFoundException("行政区划 " + code.value() + " 不存在"));
	}

	List<Region> children(RegionCode code);

	/** From the national root down to the division itself. */
	List<Region> path(RegionCode code);

	/** "山东省 淄博市 博山区". */
	default String fullName(RegionCode code) {
		return String.join(" ",
				path(code).stream()
					.filter(region -> region.level() != org.govbuy.shared.RegionLevel.NATIONAL)
					.map(Region::name)
					.toList());
	}

}
