package org.govbuy.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.govbuy.platform.CurrentUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The bell of every signed-in page: puts the user's unread count into each rendered page
 * ({@code unreadNotifications}, shown by {@code fragments/layout}) — only when a view is
 * rendered, so JSON calls and redirects do not pay for it.
 */
@Configuration(proxyBeanMethods = false)
class UnreadBell implements WebMvcConfigurer, HandlerInterceptor {

	private final Inbox inbox;

	UnreadBell(Inbox inbox) {
		this.inbox = inbox;
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
		CurrentUser.current()
			.ifPresent(user -> view.addObject("unreadNotifications", inbox.unreadCount(user.username())));
	}

}
