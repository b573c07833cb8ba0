package org.govbuy.platform;

import org.govbuy.shared.RuleViolationException;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * Turns a refused command into what a form shows: an {@link InvalidInputException}
 * becomes an error on its field, a {@link RuleViolationException} becomes the list of
 * violated rules above the form (model attribute {@code violations}, rendered by
 * {@code fragments/violations}).
 */
public final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Runs a command for a form; returns true when it succeeded, false when its refusal
	 * was put on the form.
	 */
	public static boolean attempt(Runnable command, BindingResult binding, Model model) {
		try {
			command.run();
			return true;
		}
		catch (InvalidInputException ex) {
			if (ex.field() != null && binding.getTarget() != null && hasField(binding, ex.field())) {
				binding.rejectValue(ex.field(), "invalid", ex.getMessage());
			}
			else {
				binding.reject("invalid", ex.getMessage());
			}
			return false;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("violations", ex.violations());
			binding.reject("rule", ex.getMessage());
			return false;
		}
	}

	private static boolean hasField(BindingResult binding, String field) {
		try {
			binding.getFieldType(field);
			return binding.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
