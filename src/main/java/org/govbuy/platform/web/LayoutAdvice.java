package org.govbuy.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user and their navigation (per role, from every module) into each
 * page.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final ObjectProvider<Navigation> navigations;

	LayoutAdvice(ObjectProvider<Navigation> navigations) {
		this.navigations = navigations;
	}

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		return CurrentUser.current().orElse(null);
	}

	/** Sections in the order of their first item, each with its visible items. */
	@ModelAttribute("navigation")
	Map<String, List<NavigationItem>> navigation() {
		CurrentUser user = CurrentUser.current().orElse(null);
		Map<String, List<NavigationItem>> sections = new LinkedHashMap<>();
		if (user == null) {
			return sections;
		}
		navigations.orderedStream()
			.flatMap(navigation -> navigation.items().stream())
			.filter(item -> item.visibleTo(user))
			.sorted(java.util.Comparator.comparingInt(NavigationItem::order))
			.forEach(item -> sections.computeIfAbsent(item.section(), key -> new java.util.ArrayList<>()).add(item));
		return sections;
	}

}
