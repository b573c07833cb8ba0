package org.govbuy.procurement.web;

import java.util.function.Supplier;

import org.govbuy.platform.FormErrors;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.RuleRefusals;
import org.govbuy.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a command posted from a procurement page with a validated form: on success back to
 * the page with the message (post/redirect/get); a form that does not bind, or a command
 * refused for its input or by a rule, re-shows the page with the input, the field errors
 * and the rule message.
 */
final class FormCommands {

	private FormCommands() {
	}

	/**
	 * @param page the page to go back to
	 * @param binding the form's binding
	 * @param model the model of the page re-shown
	 * @param redirect the flash for the page after success
	 * @param command the command, returning the message shown on success
	 * @param reshow fills the model and names the view when the page is re-shown
	 * @return the view name or the redirect
	 */
	static String run(String page, BindingResult binding, Model model, RedirectAttributes redirect,
			Supplier<String> command, Supplier<String> reshow) {
		String[] message = new String[1];
		try {
			if (!binding.hasErrors() && FormErrors.attempt(() -> message[0] = counted(command), binding, model)) {
				redirect.addFlashAttribute("flash", message[0]);
				return "redirect:" + page;
			}
		}
		catch (AccessDeniedException | NotFoundException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return "redirect:" + page;
		}
		return reshow.get();
	}

	private static String counted(Supplier<String> command) {
		try {
			return command.get();
		}
		catch (RuleViolationException ex) {
			RuleRefusals.count(ex);
			throw ex;
		}
	}

}
