package org.govbuy.provider.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import org.govbuy.provider.application.ProviderRegistry.ItemVerdict;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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
	String register(ProviderApi.RegisterRequest form, Model model, RedirectAttributes redirect) {
		try {
			providers.register(form.toRegistration());
			redirect.addFlashAttribute("registered", form.username());
			return "redirect:/login?registered";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("violations", ex.violations());
		}
		catch (RuntimeException ex) {
			model.addAttribute("error", "请检查填写的内容：" + (ex.getMessage() == null ? "格式有误" : ex.getMessage()));
		}
		model.addAttribute("form", form);
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

	@PostMapping("/provider/items/{item}")
	@PreAuthorize("hasRole('PROVIDER')")
	String declare(@PathVariable ChecklistItem item, @RequestParam(defaultValue = "false") boolean declared,
			@RequestParam(required = false) String statement,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
			@RequestParam(value = "file", required = false) MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		try {
			providers.declare(item, declared, statement, expiresOn);
			if (file != null && !file.isEmpty()) {
				providers.upload(item, file.getOriginalFilename(), file.getBytes());
			}
			redirect.addFlashAttribute("flash", "已保存：" + item.label());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "未能保存“" + item.label() + "”：" + ex.getMessage());
		}
		return "redirect:/provider";
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
		return "provider/detail";
	}

	@PostMapping("/provider/reviews/{id}")
	@PreAuthorize(ProviderApi.REVIEWERS)
	String review(@PathVariable UUID id, @RequestParam java.util.Map<String, String> form,
			RedirectAttributes redirect) {
		List<ItemVerdict> verdicts = new ArrayList<>();
		for (ChecklistItem item : ChecklistItem.values()) {
			String review = form.get("review_" + item.name());
			if (review != null && !review.isBlank() && !"PENDING".equals(review)) {
				verdicts.add(new ItemVerdict(item, ProviderView.ItemReview.valueOf(review),
						form.get("reason_" + item.name())));
			}
		}
		try {
			ProviderView reviewed = providers.review(id, verdicts, form.get("note"));
			redirect.addFlashAttribute("flash", "审核结果：" + reviewed.status().label());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/provider/reviews/" + id;
	}

	@PostMapping("/provider/reviews/{id}/debarments")
	@PreAuthorize(ProviderApi.REVIEWERS)
	String debar(@PathVariable UUID id, @RequestParam ProviderRule basis, @RequestParam String reason,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			RedirectAttributes redirect) {
		try {
			credit.debar(id, basis, reason, startsOn, endsOn);
			redirect.addFlashAttribute("flash", "已作出禁入决定");
		}
		catch (RuleViolationException | InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/provider/reviews/" + id;
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
		return "provider/rosters";
	}

	@PostMapping("/provider/rosters")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'FINANCE_REVIEWER')")
	String importRoster(@RequestParam RosterKind kind, @RequestParam("file") MultipartFile file, Model model)
			throws IOException {
		model.addAttribute("kinds", RosterKind.values());
		if (file.isEmpty()) {
			model.addAttribute("error", "请选择文件");
			return "provider/rosters";
		}
		try {
			model.addAttribute("result", credit.importRoster(kind, file.getOriginalFilename(), file.getBytes()));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "provider/rosters";
	}

}
