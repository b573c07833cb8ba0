package org.govbuy.platform.web;

import java.util.List;
import java.util.Set;

import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The platform's own pages in the navigation bar. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PlatformNavigation implements Navigation {

	private static final Set<Role> ADMIN = Set.of(Role.ADMIN);

	private static final Set<Role> FINANCE = Set.of(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER);

	private static final Set<Role> AUDITORS = Set.of(Role.ADMIN, Role.SUPERVISOR);

	@Override
	public List<NavigationItem> items() {
		return List.of(new NavigationItem("nav.section.system", "nav.users", "/platform/users", 900, ADMIN),
				new NavigationItem("nav.section.system", "nav.organizations", "/platform/organizations", 910, FINANCE),
				new NavigationItem("nav.section.system", "nav.regions", "/platform/regions", 920, FINANCE),
				new NavigationItem("nav.section.system", "nav.parameters", "/platform/parameters", 930, FINANCE),
				new NavigationItem("nav.section.system", "nav.calendar", "/platform/calendar", 940, Set.of()),
				new NavigationItem("nav.section.supervision", "nav.audit", "/platform/audit", 950, AUDITORS),
				new NavigationItem("nav.section.help", "nav.rules", "/rules", 990, Set.of()),
				new NavigationItem("nav.section.help", "nav.api", "/swagger-ui.html", 995, Set.of()));
	}

}
