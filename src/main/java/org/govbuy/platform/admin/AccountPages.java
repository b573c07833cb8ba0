package org.govbuy.platform.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.govbuy.platform.FormErrors;
import org.govbuy.platform.identity.UserAdministration;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: every signed-in user changes their own password. */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountPages {

	private final UserAdministration users;

	AccountPages(UserAdministration users) {
		this.users = users;
	}

	/** The change-password form. */
	record PasswordForm(@NotBlank(message = "请输入当前密码") String currentPassword,
			@NotBlank(message = "请输入新密码") String newPassword, @NotBlank(message = "请再次输入新密码") String repeatPassword) {
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("passwordForm", new PasswordForm("", "", ""));
		return "account/password";
	}

	@PostMapping("/account/password")
	String change(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors() && !form.newPassword().equals(form.repeatPassword())) {
			binding.rejectValue("repeatPassword", "mismatch", "两次输入的新密码不一致");
		}
		if (!binding.hasErrors() && FormErrors
			.attempt(() -> users.changeOwnPassword(form.currentPassword(), form.newPassword()), binding, model)) {
			redirect.addFlashAttribute("flash", "密码已修改");
			return "redirect:/";
		}
		return "account/password";
	}

}
