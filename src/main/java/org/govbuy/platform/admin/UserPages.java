package org.govbuy.platform.admin;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.FormErrors;
import org.govbuy.platform.Role;
import org.govbuy.platform.identity.UserAdministration;
import org.govbuy.platform.identity.UserAdministration.NewUser;
import org.govbuy.platform.organization.OrganizationRegistry;

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

/** 用户管理: list, create, enable or disable, reset passwords, change roles. */
@Controller
@RequestMapping("/platform/users")
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

	private final UserAdministration users;

	private final OrganizationRegistry organizations;

	UserPages(UserAdministration users, OrganizationRegistry organizations) {
		this.users = users;
		this.organizations = organizations;
	}

	/** The create-user form; it may hold invalid input. */
	record UserForm(@NotBlank(message = "请填写用户名") @Size(max = 64, message = "用户名不超过64位") String username,
			@NotBlank(message = "请填写姓名") @Size(max = 100, message = "姓名不超过100字") String displayName,
			@NotNull(message = "请选择所属单位") UUID organizationId, @NotEmpty(message = "请至少选择一个角色") Set<Role> roles,
			@NotBlank(message = "请设置初始密码") String password) {

		static UserForm empty() {
			return new UserForm("", "", null, EnumSet.noneOf(Role.class), "");
		}

	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) UUID organizationId,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("organizationId", organizationId);
		model.addAttribute("users", users.visibleTo(CurrentUser.require(), organizationId, q));
		if (!model.containsAttribute("userForm")) {
			model.addAttribute("userForm", UserForm.empty());
		}
		addChoices(model);
		return "platform/users";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormErrors.attempt(() -> users.create(
				new NewUser(form.username(), form.displayName(), form.organizationId(), form.roles(), form.password())),
				binding, model)) {
			redirect.addFlashAttribute("flash", "已创建用户 " + form.username().trim());
			return "redirect:/platform/users";
		}
		model.addAttribute("users", users.visibleTo(CurrentUser.require(), null, null));
		model.addAttribute("showForm", true);
		addChoices(model);
		return "platform/users";
	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable UUID id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			var user = users.setEnabled(id, enabled);
			redirect.addFlashAttribute("flash", (enabled ? "已启用 " : "已停用 ") + user.username());
		}
		catch (org.govbuy.platform.InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/platform/users";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @RequestParam String password, RedirectAttributes redirect) {
		try {
			var user = users.resetPassword(id, password);
			redirect.addFlashAttribute("flash", "已重置 " + user.username() + " 的密码，用户下次登录须修改");
		}
		catch (org.govbuy.platform.InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "未能重置密码：" + ex.getMessage());
		}
		return "redirect:/platform/users";
	}

	@PostMapping("/{id}/roles")
	String roles(@PathVariable UUID id, @RequestParam(required = false) Set<Role> roles, RedirectAttributes redirect) {
		try {
			var user = users.setRoles(id, roles == null ? Set.of() : roles);
			redirect.addFlashAttribute("flash", "已更新 " + user.username() + " 的角色：" + user.roleLabels());
		}
		catch (org.govbuy.platform.InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "未能更新角色：" + ex.getMessage());
		}
		return "redirect:/platform/users";
	}

	private void addChoices(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organizations", organizations.search(CurrentUser.require().scope(), null, null));
	}

}
