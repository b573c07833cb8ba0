package org.govbuy.catalog.web;

import java.io.IOException;

import jakarta.validation.Valid;

import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.catalog.application.CatalogExcel;
import org.govbuy.catalog.application.NegativeListExcel;
import org.govbuy.catalog.application.NegativeListService;
import org.govbuy.catalog.web.CatalogForms.CheckForm;
import org.govbuy.catalog.web.CatalogForms.ClearanceForm;
import org.govbuy.catalog.web.CatalogForms.FileForm;
import org.govbuy.catalog.web.CatalogForms.ReviewForm;
import org.govbuy.catalog.web.CatalogForms.WordingsForm;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.FormErrors;
import org.govbuy.platform.Role;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The negative list page: entries with citations, a check form, and the clearance of
 * keyword warnings.
 */
@Controller
@RequestMapping("/catalog/negative-list")
class NegativeListPageController {

	private final NegativeListService negativeList;

	private final CatalogBindingMessages bindingMessages;

	NegativeListPageController(NegativeListService negativeList, CatalogBindingMessages bindingMessages) {
		this.negativeList = negativeList;
		this.bindingMessages = bindingMessages;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String page(Model model) {
		model.addAttribute("entries", negativeList.entries());
		model.addAttribute("clearances", negativeList.recentClearances(20));
		CurrentUser user = CurrentUser.require();
		boolean finance = user.hasAnyRole(Role.ADMIN, Role.FINANCE_REVIEWER, Role.FINANCE_CLERK);
		model.addAttribute("finance", finance);
		model.addAttribute("reviewer", user.hasAnyRole(Role.ADMIN, Role.FINANCE_REVIEWER));
		if (finance) {
			model.addAttribute("held", negativeList.held(50));
			model.addAttribute("decided", negativeList.decided(20));
		}
		return "catalog/negative-list";
	}

	@PostMapping("/wordings")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	String wordings(@Valid @ModelAttribute("wordingsForm") WordingsForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return CatalogPageController.attempt(redirect, "redirect:/catalog/negative-list", bindingMessages.of(binding),
				() -> {
					negativeList.updateWordings(CurrentUser.require(), form.code(), form.keywordList(),
							form.synonymGroups(), form.exampleLines());
					redirect.addFlashAttribute("flash", "“" + form.code() + "”的表述已保存");
					return "redirect:/catalog/negative-list";
				});
	}

	@GetMapping("/wordings.xlsx")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	ResponseEntity<byte[]> exportWordings() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CatalogExcel.CONTENT_TYPE))
			.header("Content-Disposition", "attachment; filename=negative-list-wordings.xlsx")
			.body(NegativeListExcel.export(negativeList.entries()));
	}

	@PostMapping("/wordings/import")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	String importWordings(@Valid @ModelAttribute("fileForm") FileForm form, BindingResult binding,
			RedirectAttributes redirect) throws IOException {
		byte[] content = form.file() == null ? new byte[0] : form.file().getBytes();
		return CatalogPageController.attempt(redirect, "redirect:/catalog/negative-list", bindingMessages.of(binding),
				() -> {
					NegativeListService.ImportResult result = negativeList.importWordings(CurrentUser.require(),
							content);
					if (result.errors().isEmpty()) {
						redirect.addFlashAttribute("flash", "已导入 " + result.applied() + " 个条目的表述");
					}
					else {
						redirect.addFlashAttribute("importErrors", result.errors());
					}
					return "redirect:/catalog/negative-list";
				});
	}

	@PostMapping("/reviews")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_REVIEWER')")
	String review(@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return CatalogPageController.attempt(redirect, "redirect:/catalog/negative-list", bindingMessages.of(binding),
				() -> {
					negativeList.decide(form.wording(), form.allow(), form.rule(), form.reason(),
							CurrentUser.require());
					redirect.addFlashAttribute("flash", form.allow() ? "已允许该表述，相同表述今后不再待复核" : "已排除该表述，相同表述今后将被拒绝");
					return "redirect:/catalog/negative-list";
				});
	}

	@PostMapping("/check")
	@PreAuthorize("isAuthenticated()")
	String check(@Valid @ModelAttribute("checkForm") CheckForm form, BindingResult binding, Model model) {
		PurchaseDescription purchase = form.purchase();
		if (binding.hasErrors() || !FormErrors
			.attempt(() -> model.addAttribute("decision", negativeList.check(purchase)), binding, model)) {
			model.addAttribute("flashError", bindingMessages.of(binding));
		}
		model.addAttribute("checked", purchase);
		model.addAttribute("declared", form.flags());
		return page(model);
	}

	@PostMapping("/clearances")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER','PURCHASER_HEAD')")
	String clear(@Valid @ModelAttribute("clearanceForm") ClearanceForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return CatalogPageController.attempt(redirect, "redirect:/catalog/negative-list", bindingMessages.of(binding),
				() -> {
					negativeList.clearWarnings(form.subject(), form.keywordList(), form.comment(),
							CurrentUser.require());
					redirect.addFlashAttribute("flash", "复核意见已保存");
					return "redirect:/catalog/negative-list";
				});
	}

}
