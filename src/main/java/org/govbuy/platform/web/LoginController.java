package org.govbuy.platform.web;

import org.govbuy.platform.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; the form posts to Spring Security's {@code /login}. */
@Controller
class LoginController {

	@GetMapping("/login")
	@PreAuthorize("permitAll()")
	String login() {
		return CurrentUser.current().isPresent() ? "redirect:/" : "login";
	}

}
