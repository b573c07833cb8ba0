package org.govbuy.provider.web;

import java.util.List;
import java.util.Set;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.HomeCard;
import org.govbuy.platform.HomeCards;
import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;
import org.govbuy.provider.ProviderRule;
import org.govbuy.provider.ProviderView;
import org.govbuy.provider.application.ProviderRegistry;
import org.govbuy.shared.RuleSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The provider module's menu entries, home figures and rules. */
@Configuration(proxyBeanMethods = false)
class ProviderModuleConfiguration {

	static final Set<Role> REVIEWERS = Set.of(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.SUPERVISOR);

	@Bean
	RuleSet providerRuleSet() {
		return RuleSet.of(ProviderRule.values());
	}

	@Bean
	Navigation providerNavigation() {
		return () -> List.of(
				new NavigationItem("nav.section.provider", "nav.provider.mine", "/provider", 200,
						Set.of(Role.PROVIDER)),
				new NavigationItem("nav.section.provider", "nav.provider.reviews", "/provider/reviews", 210, REVIEWERS),
				new NavigationItem("nav.section.provider", "nav.provider.rosters", "/provider/rosters", 220,
						Set.of(Role.ADMIN, Role.SUPERVISOR, Role.FINANCE_REVIEWER)),
				new NavigationItem("nav.section.provider", "nav.provider.restrictions", "/provider/credit/proposals",
						230, REVIEWERS));
	}

	@Bean
	HomeCards providerHomeCards(ProviderRegistry providers) {
		return (CurrentUser user) -> {
			if (user.hasAnyRole(REVIEWERS.toArray(Role[]::new))) {
				return List.of(
						new HomeCard("待审核承接主体",
								providers.search(user.scope(), ProviderView.Status.PENDING, null).size(),
								"/provider/reviews?status=PENDING"),
						new HomeCard("合格承接主体",
								providers.search(user.scope(), ProviderView.Status.QUALIFIED, null).size(),
								"/provider/reviews?status=QUALIFIED"));
			}
			if (user.hasRole(Role.PROVIDER)) {
				return List.of(new HomeCard("资格审核：" + providers.mine().status().label(), 1, "/provider"));
			}
			return List.of();
		};
	}

}
