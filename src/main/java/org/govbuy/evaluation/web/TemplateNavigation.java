package org.govbuy.evaluation.web;

import java.util.List;
import java.util.Set;

import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;

import org.springframework.stereotype.Component;

/** The indicator systems in the navigation bar, for finance and administrators. */
@Component
class TemplateNavigation implements Navigation {

	@Override
	public List<NavigationItem> items() {
		return List.of(new NavigationItem("nav.section.evaluation", "nav.evaluation.templates", "/evaluation/templates",
				520, Set.of(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)));
	}

}
