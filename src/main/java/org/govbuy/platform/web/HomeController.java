package org.govbuy.platform.web;

import java.util.List;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.HomeCard;
import org.govbuy.platform.HomeCards;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Each user's home page, the 工作台: the to-dos of every module with their deadlines, then
 * the figures of every module within their data scope.
 */
@Controller
class HomeController {

	private final ObjectProvider<HomeCards> cards;

	private final Workbench workbench;

	HomeController(ObjectProvider<HomeCards> cards, Workbench workbench) {
		this.cards = cards;
		this.workbench = workbench;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(Model model) {
		CurrentUser user = CurrentUser.require();
		List<HomeCard> figures = cards.orderedStream().flatMap(source -> source.cardsFor(user).stream()).toList();
		model.addAttribute("todos", workbench.todosFor(user));
		model.addAttribute("cards", figures);
		model.addAttribute("scope", user.scope());
		return "home";
	}

}
