package org.govbuy.platform;

import java.util.function.Supplier;

import org.govbuy.shared.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a command posted from a page and redirects back to it (post/redirect/get): its
 * success message shows as {@code flash}, a refusal as {@code flashError} (bad input, not
 * allowed, not found) or as the list of violated rules ({@code violations}, rendered by
 * {@code fragments/violations}). Flash attributes live in the JDBC session until the
 * redirect is followed, so they must be {@code Serializable} ({@code RuleViolation} is).
 */
public final class PageCommands {

	private PageCommands() {
	}

	/**
	 * @param page where to go back to
	 * @param command the command, returning the message to show on success
	 * @return the redirect view name
	 */
	public static String runThenRedirect(String page, RedirectAttributes redirect, Supplier<String> command) {
		try {
			redirect.addFlashAttribute("flash", command.get());
		}
		catch (InvalidInputException | AccessDeniedException | NotFoundException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (RuleViolationException ex) {
			RuleRefusals.count(ex);
			redirect.addFlashAttribute("violations", ex.violations());
		}
		return "redirect:" + page;
	}

}
