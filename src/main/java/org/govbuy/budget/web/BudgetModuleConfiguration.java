package org.govbuy.budget.web;

import java.util.List;
import java.util.Set;

import org.govbuy.budget.BudgetRule;
import org.govbuy.budget.application.AnnualPlans;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.HomeCard;
import org.govbuy.platform.HomeCards;
import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;
import org.govbuy.shared.RuleSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The budget module's menu entries, home figures and rules. */
@Configuration(proxyBeanMethods = false)
class BudgetModuleConfiguration {

	/** Finance and supervision: who sees plans of their region. */
	static final Set<Role> FINANCE = Set.of(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.SUPERVISOR);

	static final Set<Role> PURCHASERS = Set.of(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD);

	@Bean
	RuleSet budgetRuleSet() {
		return RuleSet.of(BudgetRule.values());
	}

	@Bean
	Navigation budgetNavigation() {
		return () -> List.of(
				new NavigationItem("nav.section.budget", "nav.budget.plans", "/budget/plans", 300,
						Set.of(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD, Role.ADMIN, Role.FINANCE_CLERK,
								Role.FINANCE_REVIEWER, Role.SUPERVISOR)),
				new NavigationItem("nav.section.budget", "nav.budget.review", "/budget/review", 310,
						Set.of(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)),
				new NavigationItem("nav.section.budget", "nav.budget.overview", "/budget/overview", 320, FINANCE),
				new NavigationItem("nav.section.budget", "nav.budget.intentions", "/budget/intentions", 330,
						Set.of(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)),
				new NavigationItem("nav.section.budget", "nav.budget.proposals", "/budget/proposals", 340,
						Set.of(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)));
	}

	@Bean
	HomeCards budgetHomeCards(AnnualPlans plans) {
		return (CurrentUser user) -> {
			if (user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)) {
				return List.of(new HomeCard("待审核的年度购买计划", plans.list(user.scope(), null, PlanStatus.SUBMITTED).size(),
						"/budget/review"));
			}
			if (user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
				return List.of(
						new HomeCard("被退回修改的计划", plans.list(user.scope(), null, PlanStatus.RETURNED).size(),
								"/budget/plans"),
						new HomeCard("已批复的计划", plans.list(user.scope(), null, PlanStatus.APPROVED).size(),
								"/budget/plans"));
			}
			return List.of();
		};
	}

}
