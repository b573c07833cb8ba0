package org.govbuy.contract.web;

import java.util.List;
import java.util.Set;

import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;

import org.springframework.stereotype.Component;

/** The contract pages in the navigation bar. */
@Component
class ContractNavigation implements Navigation {

	@Override
	public List<NavigationItem> items() {
		return List.of(new NavigationItem("nav.section.contract", "nav.contract.contracts", "/contracts", 400,
				Set.of(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.PURCHASER_CLERK, Role.PURCHASER_HEAD,
						Role.SUPERVISOR)));
	}

}
