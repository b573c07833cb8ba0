package org.govbuy.delivery.web;

import java.util.List;
import java.util.Set;

import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;

import org.springframework.stereotype.Component;

/** The delivery and payment pages in the navigation bar. */
@Component
class DeliveryNavigation implements Navigation {

	@Override
	public List<NavigationItem> items() {
		return List.of(
				new NavigationItem("nav.section.contract", "nav.delivery.monitoring", "/contracts/monitoring", 410,
						Set.of(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.PURCHASER_CLERK,
								Role.PURCHASER_HEAD, Role.SUPERVISOR)),
				new NavigationItem("nav.section.contract", "nav.delivery.providerContracts", "/provider/contracts", 420,
						Set.of(Role.PROVIDER)),
				new NavigationItem("nav.section.contract", "nav.contract.treasury", "/finance/payments", 410,
						Set.of(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)));
	}

}
