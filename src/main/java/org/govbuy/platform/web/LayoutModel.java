package org.govbuy.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.Navigation;
import org.govbuy.platform.NavigationItem;
import org.govbuy.platform.clock.TrainingClocks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the signed-in user and their navigation (per role, from every module) into each
 * rendered page — only when a view is rendered, so JSON calls do not pay for it.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer, HandlerInterceptor {

	private final ObjectProvider<Navigation> navigations;

	private final TrainingClocks trainingClocks;

	LayoutModel(ObjectProvider<Navigation> navigations, TrainingClocks trainingClocks) {
		this.navigations = navigations;
		this.trainingClocks = trainingClocks;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/webjars/**", "/css/**", "/js/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
			return;
		}
		CurrentUser user = CurrentUser.current().orElse(null);
		view.addObject("currentUser", user);
		view.addObject("navigation", navigation(user));
		trainingClocks.simulatedToday().ifPresent(today -> view.addObject("simulatedToday", today));
	}

	/** Sections in the order of their first item, each with its visible items. */
	Map<String, List<NavigationItem>> navigation(CurrentUser user) {
		Map<String, List<NavigationItem>> sections = new LinkedHashMap<>();
		if (user == null) {
			return sections;
		}
		navigations.orderedStream()
			.flatMap(navigation -> navigation.items().stream())
			.filter(item -> item.visibleTo(user))
			.sorted(Comparator.comparingInt(NavigationItem::order))
			.forEach(item -> sections.computeIfAbsent(item.section(), key -> new ArrayList<>()).add(item));
		return sections;
	}

}
