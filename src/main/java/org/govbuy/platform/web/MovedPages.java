package org.govbuy.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Pages of catalog, provider and platform lived under {@code /admin/<module>/…} before
 * they moved to {@code /<module>/…}; an old address answers a permanent redirect to its
 * new one, query string included, so bookmarks and links in old mails keep working.
 */
@Controller
class MovedPages {

	static final String OLD_PREFIX = "/admin/";

	@GetMapping({ "/admin/catalog/**", "/admin/provider/**", "/admin/platform/**" })
	@PreAuthorize("permitAll()")
	ResponseEntity<Void> moved(HttpServletRequest request) {
		String context = request.getContextPath();
		String path = request.getRequestURI().substring(context.length());
		String query = request.getQueryString();
		String target = context + "/" + path.substring(OLD_PREFIX.length()) + (query == null ? "" : "?" + query);
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, target).build();
	}

}
