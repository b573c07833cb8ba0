package org.govbuy.catalog.web;

import java.util.Arrays;
import java.util.List;

import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.catalog.application.NegativeListService;
import org.govbuy.platform.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The negative list page: entries with citations, a check form, and the clearance of
 * keyword warnings.
 */
@Controller
@RequestMapping("/admin/catalog/negative-list")
class NegativeListPageController {

	private final NegativeListService negativeList;

	NegativeListPageController(NegativeListService negativeList) {
		this.negativeList = negativeList;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String page(Model model) {
		model.addAttribute("entries", negativeList.entries());
		model.addAttribute("clearances", negativeList.recentClearances(20));
		return "admin/catalog/negative-list";
	}

	@PostMapping("/check")
	@PreAuthorize("isAuthenticated()")
	String check(@RequestParam String name, @RequestParam(required = false) String description,
			@RequestParam(required = false) List<String> declared, Model model) {
		List<String> flags = declared == null ? List.of() : declared;
		PurchaseDescription purchase = new PurchaseDescription(name, description, flags.contains("goods"),
				flags.contains("works"), flags.contains("infrastructure"), flags.contains("worksServiceBundle"),
				flags.contains("financing"), flags.contains("staffHiring"), flags.contains("directGovernmentDuty"),
				flags.contains("notGovernmentDuty"), flags.contains("excludedByLaw"),
				flags.contains("privatePremisesRepair"), flags.contains("classifiedPrinting"));
		NegativeListDecision decision = negativeList.check(purchase);
		model.addAttribute("decision", decision);
		model.addAttribute("checked", purchase);
		model.addAttribute("declared", flags);
		return page(model);
	}

	@PostMapping("/clearances")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER','PURCHASER_HEAD')")
	String clear(@RequestParam String subject, @RequestParam String keywords, @RequestParam String comment,
			RedirectAttributes redirect) {
		return CatalogPageController.attempt(redirect, "redirect:/admin/catalog/negative-list", () -> {
			negativeList.clearWarnings(subject,
					Arrays.stream(keywords.split("[,，、]")).map(String::strip).filter(k -> !k.isEmpty()).toList(),
					comment, CurrentUser.require());
			redirect.addFlashAttribute("flash", "复核意见已保存");
			return "redirect:/admin/catalog/negative-list";
		});
	}

}
