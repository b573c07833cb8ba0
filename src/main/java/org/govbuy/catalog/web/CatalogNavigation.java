package org.govbuy.catalog.web;

import java.util.List;
import java.util.Set;

import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;

import org.springframework.stereotype.Component;

/** The catalog's entries in the navigation bar. */
@Component
class CatalogNavigation implements Navigation {

	@Override
	public List<NavigationItem> items() {
		return List.of(new NavigationItem("catalog.nav.section", "catalog.nav.catalogs", "/catalog", 100, Set.of()),
				new NavigationItem("catalog.nav.section", "catalog.nav.implementation", "/catalog/implementation", 110,
						Set.of(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER,
								Role.SUPERVISOR, Role.ADMIN)),
				new NavigationItem("catalog.nav.section", "catalog.nav.negativeList", "/catalog/negative-list", 120,
						Set.of()),
				new NavigationItem("catalog.nav.section", "catalog.nav.portal", "/portal/catalogs", 130, Set.of()));
	}

}
