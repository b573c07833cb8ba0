package org.govbuy.procurement.web;

import java.util.List;
import java.util.Set;

import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;

import org.springframework.stereotype.Component;

/** The procurement pages in the navigation bar. */
@Component
class ProcurementNavigation implements Navigation {

	@Override
	public List<NavigationItem> items() {
		return List.of(
				new NavigationItem("nav.section.procurement", "nav.procurement.projects", "/procurement/projects", 290,
						Set.of(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.PURCHASER_CLERK,
								Role.PURCHASER_HEAD, Role.SUPERVISOR)),
				new NavigationItem("nav.section.procurement", "nav.procurement.advisor", "/procurement/advisor", 300,
						Set.of(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.PURCHASER_CLERK,
								Role.PURCHASER_HEAD, Role.SUPERVISOR)),
				new NavigationItem("nav.section.procurement", "nav.procurement.bidding", "/provider/procurements", 310,
						Set.of(Role.PROVIDER)),
				new NavigationItem("nav.section.procurement", "nav.procurement.evaluation", "/expert/procurements", 320,
						Set.of(Role.EXPERT)));
	}

}
