package org.govbuy.notification;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.FormErrors;

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
 * 消息通知: a signed-in user's messages (newest first, unread marked, paged), marking them
 * read, and the choice per kind of inbox and/or e-mail.
 */
@Controller
@RequestMapping("/notification")
@PreAuthorize("isAuthenticated()")
class NotificationPages {

	private final Inbox inbox;

	private final Preferences preferences;

	private final MailNotifications mail;

	NotificationPages(Inbox inbox, Preferences preferences, MailNotifications mail) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.mail = mail;
	}

	/** The preferences form; it may hold invalid input. */
	record PreferencesForm(@Email(message = "电子邮箱格式不正确") @Size(max = 200, message = "电子邮箱不超过200位") String mailAddress,
			Set<NotificationKind> inApp, Set<NotificationKind> byMail) {

		PreferencesForm {
			inApp = kinds(inApp);
			byMail = kinds(byMail);
		}

		/** No box ticked arrives as null. */
		private static Set<NotificationKind> kinds(Set<NotificationKind> chosen) {
			Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
			if (chosen != null) {
				kinds.addAll(chosen);
			}
			return kinds;
		}

		static PreferencesForm of(Map<NotificationKind, Preferences.Choice> choices, String mailAddress) {
			Set<NotificationKind> inApp = EnumSet.noneOf(NotificationKind.class);
			Set<NotificationKind> byMail = EnumSet.noneOf(NotificationKind.class);
			choices.forEach((kind, choice) -> {
				if (choice.inApp()) {
					inApp.add(kind);
				}
				if (choice.byMail()) {
					byMail.add(kind);
				}
			});
			return new PreferencesForm(mailAddress, inApp, byMail);
		}

	}

	@GetMapping("/messages")
	String messages(@RequestParam(defaultValue = "0") int page, Model model) {
		String user = CurrentUser.require().username();
		model.addAttribute("inbox", inbox.page(user, page));
		model.addAttribute("unread", inbox.unreadCount(user));
		return "notification/messages";
	}

	@PostMapping("/messages/{id}/read")
	String read(@PathVariable UUID id, RedirectAttributes redirect) {
		Message message = inbox.markRead(CurrentUser.require().username(), id);
		redirect.addFlashAttribute("flash", "已标记为已读：" + message.title());
		return "redirect:/notification/messages";
	}

	@PostMapping("/messages/read-all")
	String readAll(RedirectAttributes redirect) {
		int marked = inbox.markAllRead(CurrentUser.require().username());
		redirect.addFlashAttribute("flash", marked == 0 ? "没有未读消息" : "已将 " + marked + " 条消息标记为已读");
		return "redirect:/notification/messages";
	}

	@GetMapping("/preferences")
	String preferences(Model model) {
		String user = CurrentUser.require().username();
		model.addAttribute("preferencesForm",
				PreferencesForm.of(preferences.of(user), preferences.mailAddress(user).orElse("")));
		return preferencesPage(model);
	}

	@PostMapping("/preferences")
	String savePreferences(@Valid @ModelAttribute("preferencesForm") PreferencesForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		String user = CurrentUser.require().username();
		if (!binding.hasErrors() && FormErrors
			.attempt(() -> preferences.save(user, form.mailAddress(), form.inApp(), form.byMail()), binding, model)) {
			redirect.addFlashAttribute("flash", "消息设置已保存");
			return "redirect:/notification/preferences";
		}
		return preferencesPage(model);
	}

	private String preferencesPage(Model model) {
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("mailEnabled", mail.enabled());
		return "notification/preferences";
	}

}
