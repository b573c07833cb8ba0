package org.govbuy.platform.web;

import jakarta.servlet.http.HttpServletResponse;

import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.RuleRefusals;
import org.govbuy.shared.RuleViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Pages that forms did not handle themselves: a refused command shows its rules, an
 * unknown or out-of-scope record shows "not found".
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final LayoutModel layout;

	PageExceptionHandler(LayoutModel layout) {
		this.layout = layout;
	}

	@ExceptionHandler(RuleViolationException.class)
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String refused(RuleViolationException ex, Model model) {
		RuleRefusals.count(ex);
		model.addAttribute("violations", ex.violations());
		withLayout(model);
		return "error/refused";
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException ex, Model model) {
		return message(model, "error.404.title", ex.getMessage());
	}

	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInputException ex, Model model) {
		return message(model, "error.400.title", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badInput(IllegalArgumentException ex, Model model) {
		return message(model, "error.400.title", ex.getMessage());
	}

	/** A value too long for its column or not storable is the user's input, not a 500. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	String notStored(DataIntegrityViolationException ex, Model model, HttpServletResponse response) {
		HttpStatus status = ProblemTexts.status(ex);
		response.setStatus(status.value());
		return message(model, status == HttpStatus.BAD_REQUEST ? "error.400.title" : "error.409.title",
				ProblemTexts.detail(ex));
	}

	private void withLayout(Model model) {
		org.govbuy.platform.CurrentUser user = org.govbuy.platform.CurrentUser.current().orElse(null);
		model.addAttribute("currentUser", user);
		model.addAttribute("navigation", layout.navigation(user));
	}

	private String message(Model model, String titleKey, String detail) {
		withLayout(model);
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("detail", detail);
		return "error/message";
	}

}
