package org.govbuy.platform.admin;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.springframework.validation.FieldError;
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

	/** Enables or disables an account. */
	record EnabledForm(@NotNull(message = "请选择启用或停用") Boolean enabled) {
	}

	/**
	 * A new password set by an administrator; the user must change it at the next
	 * sign-in.
	 */
	record PasswordResetForm(@NotBlank(message = "请输入新密码") String password) {
	}

	/** The roles of an account (none ticked sends nothing). */
	record RolesForm(Set<Role> roles) {

		Set<Role> chosen() {
			return roles == null ? Set.of() : roles;
		}

	}

	@PostMapping("/{id}/enabled")
	String enabled(@PathVariable UUID id, @Valid @ModelAttribute("enabledForm") EnabledForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormErrors.attempt(() -> {
			var user = users.setEnabled(id, form.enabled());
			redirect.addFlashAttribute("flash", (form.enabled() ? "已启用 " : "已停用 ") + user.username());
		}, binding, model)) {
			return "redirect:/platform/users";
		}
		return refused(id, "", binding, model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable UUID id, @Valid @ModelAttribute("passwordResetForm") PasswordResetForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormErrors.attempt(() -> {
			var user = users.resetPassword(id, form.password());
			redirect.addFlashAttribute("flash", "已重置 " + user.username() + " 的密码，用户下次登录须修改");
		}, binding, model)) {
			return "redirect:/platform/users";
		}
		return refused(id, "未能重置密码：", binding, model);
	}

	@PostMapping("/{id}/roles")
	String roles(@PathVariable UUID id, @ModelAttribute("rolesForm") RolesForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors() && FormErrors.attempt(() -> {
			var user = users.setRoles(id, form.chosen());
			redirect.addFlashAttribute("flash", "已更新 " + user.username() + " 的角色：" + user.roleLabels());
		}, binding, model)) {
			return "redirect:/platform/users";
		}
		return refused(id, "未能更新角色：", binding, model);
	}

	/**
	 * Shows the list again with the account's panel open and the reason in it, after a
	 * refused command on one account.
	 */
	private String refused(UUID id, String prefix, BindingResult binding, Model model) {
		String reasons = binding.getAllErrors()
			.stream()
			.map(error -> error instanceof FieldError field && field.isBindingFailure() ? "格式不正确"
					: error.getDefaultMessage())
			.distinct()
			.collect(Collectors.joining("；"));
		model.addAttribute("flashError", prefix + reasons);
		model.addAttribute("managed", id);
		model.addAttribute("managedError", reasons);
		return list(null, null, model);
	}

	private void addChoices(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organizations", organizations.search(CurrentUser.require().scope(), null, null));
	}

}
