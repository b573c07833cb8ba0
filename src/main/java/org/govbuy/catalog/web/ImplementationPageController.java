package org.govbuy.catalog.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.govbuy.catalog.application.CatalogQueries;
import org.govbuy.catalog.application.ImplementationCatalogs;
import org.govbuy.catalog.web.CatalogForms.EntryForm;
import org.govbuy.catalog.web.CatalogForms.YearForm;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.Role;
import org.govbuy.shared.FiscalYear;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Departments build their implementation catalogs (实施目录); finance reads those in its
 * region.
 */
@Controller
@RequestMapping("/catalog/implementation")
class ImplementationPageController {

	private final ImplementationCatalogs implementations;

	private final CatalogQueries queries;

	private final Organizations organizations;

	private final CatalogBindingMessages bindingMessages;

	ImplementationPageController(ImplementationCatalogs implementations, CatalogQueries queries,
			Organizations organizations, CatalogBindingMessages bindingMessages) {
		this.implementations = implementations;
		this.queries = queries;
		this.organizations = organizations;
		this.bindingMessages = bindingMessages;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String page(@RequestParam(required = false) Integer fiscalYear, Model model) {
		CurrentUser user = CurrentUser.require();
		FiscalYear year = FiscalYear.of(fiscalYear != null ? fiscalYear : LocalDate.now().getYear() + 1);
		boolean purchaser = user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD);
		model.addAttribute("fiscalYear", year.value());
		model.addAttribute("purchaser", purchaser);
		if (purchaser) {
			var mine = implementations.mine(user, year);
			model.addAttribute("mine", mine.orElse(null));
			mine.ifPresent(impl -> model.addAttribute("items",
					queries.items(user, impl.versionId()).stream().filter(i -> i.level() >= 2).toList()));
			model.addAttribute("chain",
					user.region() == null ? java.util.List.of() : queries.chainFor(user.region(), year));
		}
		else {
			var all = implementations.visible(user, year);
			java.util.Map<UUID, String> names = new java.util.HashMap<>();
			all.forEach(impl -> names.put(impl.organizationId(),
					organizations.find(impl.organizationId()).map(o -> o.name()).orElse("")));
			model.addAttribute("all", all);
			model.addAttribute("orgNames", names);
		}
		return "catalog/implementation";
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('PURCHASER_CLERK','PURCHASER_HEAD')")
	String create(@Valid @ModelAttribute("yearForm") YearForm form, BindingResult binding,
			RedirectAttributes redirect) {
		Integer fiscalYear = form == null ? null : form.fiscalYear();
		return CatalogPageController.attempt(redirect, back(fiscalYear), bindingMessages.of(binding), () -> {
			implementations.create(CurrentUser.require(), FiscalYear.of(fiscalYear));
			redirect.addFlashAttribute("flash", "已创建实施目录");
			return back(fiscalYear);
		});
	}

	@PostMapping("/{id}/entries")
	@PreAuthorize("hasAnyRole('PURCHASER_CLERK','PURCHASER_HEAD')")
	String addEntry(@PathVariable UUID id, @Valid @ModelAttribute("entryForm") EntryForm form, BindingResult binding,
			RedirectAttributes redirect) {
		String back = back(form == null ? null : form.fiscalYear());
		return CatalogPageController.attempt(redirect, back, bindingMessages.of(binding), () -> {
			var added = implementations.addEntry(CurrentUser.require(), id, form.itemCode(), form.content(),
					form.performanceStandard());
			redirect.addFlashAttribute("flash", "已添加实施目录条目");
			redirect.addFlashAttribute("keywordWarnings", added.negativeList().warnings());
			return back;
		});
	}

	@PostMapping("/{id}/entries/{entryId}/remove")
	@PreAuthorize("hasAnyRole('PURCHASER_CLERK','PURCHASER_HEAD')")
	String removeEntry(@PathVariable UUID id, @PathVariable UUID entryId,
			@Valid @ModelAttribute("yearForm") YearForm form, BindingResult binding, RedirectAttributes redirect) {
		String back = back(form == null ? null : form.fiscalYear());
		return CatalogPageController.attempt(redirect, back, bindingMessages.of(binding), () -> {
			implementations.removeEntry(CurrentUser.require(), id, entryId);
			redirect.addFlashAttribute("flash", "已删除");
			return back;
		});
	}

	/** Back to the page, of the year the form was for. */
	private static String back(Integer fiscalYear) {
		return "redirect:/catalog/implementation" + (fiscalYear == null ? "" : "?fiscalYear=" + fiscalYear);
	}

}
