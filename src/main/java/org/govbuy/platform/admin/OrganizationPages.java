package org.govbuy.platform.admin;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.FormErrors;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations.NewOrganization;
import org.govbuy.platform.PurchaserType;
import org.govbuy.platform.Region;
import org.govbuy.platform.Regions;
import org.govbuy.platform.SupervisorKind;
import org.govbuy.platform.organization.OrganizationRegistry;
import org.govbuy.shared.RegionCode;

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
 * 单位管理: organizations within the user's scope; administrators register and disable them.
 */
@Controller
@RequestMapping("/platform/organizations")
class OrganizationPages {

	private final OrganizationRegistry organizations;

	private final Regions regions;

	OrganizationPages(OrganizationRegistry organizations, Regions regions) {
		this.organizations = organizations;
		this.regions = regions;
	}

	/** The register-organization form. */
	record OrganizationForm(@NotBlank(message = "请填写单位名称") @Size(max = 200, message = "名称不超过200字") String name,
			@NotNull(message = "请选择单位类别") OrganizationKind kind, PurchaserType purchaserType,
			SupervisorKind supervisorKind, @NotBlank(message = "请选择行政区划") String region, String creditCode) {

		static OrganizationForm empty() {
			return new OrganizationForm("", OrganizationKind.PURCHASER, PurchaserType.ADMINISTRATIVE_ORGAN, null, "",
					"");
		}

	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')")
	String list(@RequestParam(required = false) OrganizationKind kind, @RequestParam(required = false) String name,
			Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("name", name);
		model.addAttribute("organizations", organizations.search(CurrentUser.require().scope(), kind, name));
		if (!model.containsAttribute("organizationForm")) {
			model.addAttribute("organizationForm", OrganizationForm.empty());
		}
		addChoices(model);
		return "platform/organizations";
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	String register(@Valid @ModelAttribute("organizationForm") OrganizationForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormErrors.attempt(() -> organizations.register(new NewOrganization(form.name(),
				form.kind(), form.kind() == OrganizationKind.PURCHASER ? form.purchaserType() : null,
				form.kind() == OrganizationKind.SUPERVISOR ? form.supervisorKind() : null, region(form.region()),
				form.creditCode())), binding, model)) {
			redirect.addFlashAttribute("flash", "已登记单位 " + form.name().trim());
			return "redirect:/platform/organizations";
		}
		model.addAttribute("organizations", organizations.search(CurrentUser.require().scope(), null, null));
		model.addAttribute("showForm", true);
		addChoices(model);
		return "platform/organizations";
	}

	/** Enables or disables an organization. */
	record EnabledForm(@NotNull(message = "请选择启用或停用") Boolean enabled) {
	}

	@PostMapping("/{id}/enabled")
	@PreAuthorize("hasRole('ADMIN')")
	String enabled(@PathVariable UUID id, @Valid @ModelAttribute("enabledForm") EnabledForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormErrors.attempt(() -> {
			var organization = organizations.setEnabled(id, form.enabled());
			redirect.addFlashAttribute("flash", (form.enabled() ? "已启用 " : "已停用 ") + organization.name());
		}, binding, model)) {
			return "redirect:/platform/organizations";
		}
		model.addAttribute("flashError",
				binding.getAllErrors()
					.stream()
					.map(error -> error.getDefaultMessage())
					.collect(java.util.stream.Collectors.joining("；")));
		return list(null, null, model);
	}

	private RegionCode region(String code) {
		if (code == null || !RegionCode.isValid(code.trim())) {
			throw new org.govbuy.platform.InvalidInputException("region", "请选择行政区划");
		}
		return new RegionCode(code.trim());
	}

	private void addChoices(Model model) {
		model.addAttribute("kinds", OrganizationKind.values());
		model.addAttribute("purchaserTypes", PurchaserType.values());
		model.addAttribute("supervisorKinds", SupervisorKind.values());
		model.addAttribute("regionChoices", regionChoices());
	}

	/** The user's region and the two levels below it, for the region select. */
	private List<Region> regionChoices() {
		CurrentUser user = CurrentUser.require();
		List<Region> choices = new java.util.ArrayList<>();
		Region root = regions.get(user.region());
		choices.add(root);
		for (Region child : regions.children(root.code())) {
			choices.add(child);
			choices.addAll(regions.children(child.code()));
		}
		return choices;
	}

}
