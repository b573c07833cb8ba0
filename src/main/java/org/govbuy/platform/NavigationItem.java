package org.govbuy.platform;

import java.util.Set;

/**
 * One entry of the navigation bar, contributed by a module through a {@link Navigation}
 * bean.
 *
 * @param section the group it appears under (a message key)
 * @param label its label (a message key)
 * @param href where it leads
 * @param order position within the section
 * @param roles who sees it (empty: every signed-in user)
 */
public record NavigationItem(String section, String label, String href, int order, Set<Role> roles) {

	public boolean visibleTo(CurrentUser user) {
		return roles.isEmpty() || roles.stream().anyMatch(user::hasRole);
	}

}
