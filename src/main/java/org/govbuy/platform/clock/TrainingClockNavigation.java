package org.govbuy.platform.clock;

import java.util.List;
import java.util.Set;

import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.Role;

import org.springframework.stereotype.Component;

/** The training clock in the system menu, where the deployment runs on one. */
@Component
class TrainingClockNavigation implements Navigation {

	private final TrainingClocks clocks;

	TrainingClockNavigation(TrainingClocks clocks) {
		this.clocks = clocks;
	}

	@Override
	public List<NavigationItem> items() {
		return clocks.enabled() ? List.of(new NavigationItem("nav.section.system", "nav.training-clock",
				"/platform/training-clock", 945, Set.of(Role.ADMIN))) : List.of();
	}

}
