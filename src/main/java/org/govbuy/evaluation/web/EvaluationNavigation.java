package org.govbuy.evaluation.web;

import java.util.List;
import java.util.Set;

import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;

import org.springframework.stereotype.Component;

/** 绩效评价 in the navigation bar, for everyone who takes part or reads. */
@Component
class EvaluationNavigation implements Navigation {

	@Override
	public List<NavigationItem> items() {
		return List.of(new NavigationItem("nav.section.contract", "nav.evaluation.evaluations", "/evaluation", 450,
				Set.of(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.PURCHASER_CLERK, Role.PURCHASER_HEAD,
						Role.PROVIDER, Role.EVALUATOR, Role.SUPERVISOR)));
	}

}
