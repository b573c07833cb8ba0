package org.govbuy.provider.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.Regions;
import org.govbuy.provider.ChecklistItem;
import org.govbuy.provider.ProviderRule;
import org.govbuy.provider.ProviderType;
import org.govbuy.provider.ProviderView;
import org.govbuy.provider.RosterKind;
import org.govbuy.provider.application.CreditRecords;
import org.govbuy.provider.application.ProviderRegistry;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of providers, their reviewers and the public portal. */
@Controller
class ProviderPages {

	private final ProviderRegistry providers;

	private final CreditRecords credit;

	private final Regions regions;

	private final Clock clock;

	ProviderPages(ProviderRegistry providers, CreditRecords credit, Regions regions, Clock clock) {
		this.providers = providers;
		this.credit = credit;
		this.regions = regions;
		this.clock = clock;
	}

	// ---- public
	// ----------------------------------------------------------------------------

	@GetMapping("/portal/providers/register")
	@PreAuthorize("permitAll()")
	String registrationForm(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProviderForms.emptyRegistration());
		}
		model.addAttribute("types", ProviderType.values());
		// Every city and county of the provinces whose divisions are loaded (山东 in the
		// demo).
		List<org.govbuy.platform.Region> choices = new ArrayList<>();
		for (org.govbuy.platform.Region province : regions.children(RegionCode.NATIONAL)) {
			for (org.govbuy.platform.Region city : regions.children(province.code())) {
				choices.add(city);
				choices.addAll(regions.children(city.code()));
			}
		}
		model.addAttribute("regions", choices);
		return "portal/provider-register";
	}

	@PostMapping("/portal/providers/register")
	@PreAuthorize("permitAll()")
	String register(@Valid @ModelAttribute("form") ProviderApi.RegisterRequest form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()
				&& ProviderForms.attempt(() -> providers.register(form.toRegistration()), binding, model)) {
			redirect.addFlashAttribute("registered", form.username());
			return "redirect:/login?registered";
		}
		return registrationForm(model);
	}

	@GetMapping("/portal/providers/debarred")
	@PreAuthorize("permitAll()")
	String debarred(Model model) {
		model.addAttribute("debarments", credit.inForce());
		return "portal/providers-debarred";
	}

	// ---- the provider
	// ------------------------------------------------------------------------

	@GetMapping("/provider")
	@PreAuthorize("hasRole('PROVIDER')")
	String home(Model model) {
		ProviderView provider = providers.mine();
		model.addAttribute("provider", provider);
		model.addAttribute("eligibility", credit.check(provider.id(), LocalDate.now(clock)));
		model.addAttribute("events", credit.events(provider.id()));
		model.addAttribute("listings", credit.listings(provider.creditCode()));
		return "provider/home";
	}

	/**
	 * Saves one item's declaration and evidence; a refusal re-shows the page with the
	 * item's input and the reason next to it.
	 */
	@PostMapping("/provider/items/{item}")
	@PreAuthorize("hasRole('PROVIDER')")
	String declare(@PathVariable ChecklistItem item,
			@Valid @ModelAttribute("declarationForm") ProviderForms.DeclarationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && ProviderForms.attempt(() -> {
			providers.declare(item, form.isDeclared(), form.statement(), form.expiresOn());
			if (form.file() != null && !form.file().isEmpty()) {
				providers.upload(item, form.file().getOriginalFilename(), ProviderForms.bytes(form.file()));
			}
		}, binding, model)) {
			redirect.addFlashAttribute("flash", "已保存：" + item.label());
			return "redirect:/provider";
		}
		model.addAttribute("declarationItem", item);
		model.addAttribute("declarationErrors", ProviderForms.messages(binding));
		model.addAttribute("flashError", "未能保存“" + item.label() + "”：" + ProviderForms.messages(binding));
		return home(model);
	}

	@PostMapping("/provider/submit")
	@PreAuthorize("hasRole('PROVIDER')")
	String submit(RedirectAttributes redirect) {
		try {
			providers.submit();
			redirect.addFlashAttribute("flash", "已提交资格审核");
		}
		catch (RuleViolationException | InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/provider";
	}

	// ---- reviewers
	// ---------------------------------------------------------------------------

	@GetMapping("/provider/reviews")
	@PreAuthorize(ProviderApi.REVIEWERS)
	String queue(@RequestParam(required = false) ProviderView.Status status,
			@RequestParam(required = false) String name, Model model) {
		model.addAttribute("providers", providers.search(CurrentUser.require().scope(), status, name));
		model.addAttribute("statuses", ProviderView.Status.values());
		model.addAttribute("status", status);
		model.addAttribute("name", name);
		return "provider/list";
	}

	@GetMapping("/provider/reviews/{id}")
	@PreAuthorize(ProviderApi.REVIEWERS)
	String detail(@PathVariable UUID id, Model model) {
		ProviderView provider = providers.visible(id);
		model.addAttribute("provider", provider);
		model.addAttribute("eligibility", credit.check(id, LocalDate.now(clock)));
		model.addAttribute("events", credit.events(id));
		model.addAttribute("listings", credit.listings(provider.creditCode()));
		model.addAttribute("debarments", credit.debarmentsOf(id));
		model.addAttribute("reviews", ProviderView.ItemReview.values());
		model.addAttribute("bases",
				List.of(ProviderRule.DEBARMENT, ProviderRule.FALSE_COMPLAINT, ProviderRule.FRAUD_EXIT));
		model.addAttribute("today", LocalDate.now(clock));
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", ProviderForms.ReviewForm.of(provider));
		}
		if (!model.containsAttribute("debarmentForm")) {
			model.addAttribute("debarmentForm", ProviderForms.DebarmentForm.startingOn(LocalDate.now(clock)));
		}
		return "provider/detail";
	}

	@PostMapping("/provider/reviews/{id}")
	@PreAuthorize(ProviderApi.REVIEWERS)
	String review(@PathVariable UUID id, @Valid @ModelAttribute("reviewForm") ProviderForms.ReviewForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && ProviderForms.attempt(() -> {
			ProviderView reviewed = providers.review(id, form.verdicts(), form.getNote());
			redirect.addFlashAttribute("flash", "审核结果：" + reviewed.status().label());
		}, binding, model)) {
			return "redirect:/provider/reviews/" + id;
		}
		return detail(id, model);
	}

	@PostMapping("/provider/reviews/{id}/debarments")
	@PreAuthorize(ProviderApi.REVIEWERS)
	String debar(@PathVariable UUID id, @Valid @ModelAttribute("debarmentForm") ProviderForms.DebarmentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && ProviderForms.attempt(
				() -> credit.debar(id, form.basis(), form.reason(), form.startsOn(), form.endsOn()), binding, model)) {
			redirect.addFlashAttribute("flash", "已作出禁入决定");
			return "redirect:/provider/reviews/" + id;
		}
		return detail(id, model);
	}

	@GetMapping("/provider/evidence/{id}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> evidence(@PathVariable UUID id) {
		byte[] content = providers.evidenceContent(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, new org.apache.tika.Tika().detect(content))
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	@GetMapping("/provider/rosters")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'FINANCE_REVIEWER')")
	String rosters(Model model) {
		model.addAttribute("kinds", RosterKind.values());
		if (!model.containsAttribute("rosterForm")) {
			model.addAttribute("rosterForm", new ProviderForms.RosterForm(RosterKind.values()[0], null));
		}
		return "provider/rosters";
	}

	@PostMapping("/provider/rosters")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'FINANCE_REVIEWER')")
	String importRoster(@Valid @ModelAttribute("rosterForm") ProviderForms.RosterForm form, BindingResult binding,
			Model model) {
		if (!binding.hasErrors() && !form.hasFile()) {
			binding.rejectValue("file", "required", "请选择文件");
		}
		if (!binding.hasErrors()) {
			ProviderForms.attempt(() -> model.addAttribute("result", credit.importRoster(form.kind(),
					form.file().getOriginalFilename(), ProviderForms.bytes(form.file()))), binding, model);
		}
		return rosters(model);
	}

}
