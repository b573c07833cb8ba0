package org.govbuy.procurement;

import java.time.LocalDate;
import java.util.List;

import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;

/**
 * Providers whose services under a catalog item were graded 优: suggestions when a
 * purchase takes a way outside procurement law (定向委托, seed 001: 可成为下年度优先选择主体), never a
 * preference inside a procurement under the law (GPLR-20). Implemented by the evaluation
 * module so that procurement does not depend on it.
 */
public interface PreferredProviders {

	/**
	 * Providers graded 优 under the catalog item in the region or above it, best first.
	 */
	List<Preferred> forCatalogItem(String catalogCode, RegionCode region);

	/**
	 * A provider graded 优.
	 *
	 * @param providerId the provider
	 * @param providerName its name
	 * @param grade its latest grade under the item
	 * @param gradedOn when
	 * @param contractNumber the contract evaluated
	 */
	record Preferred(java.util.UUID providerId, String providerName, PerformanceGrade grade, LocalDate gradedOn,
			String contractNumber) {
	}

}
