package org.govbuy.delivery.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/** What a form that did not bind says, in the page's language. */
final class DeliveryForms {

	private DeliveryForms() {
	}

	/**
	 * The first error of the form, resolved through the messages (e.g. a mistyped date).
	 */
	static String firstMessage(BindingResult binding, MessageSource messages) {
		ObjectError error = binding.getAllErrors().get(0);
		return messages.getMessage(error, LocaleContextHolder.getLocale());
	}

}
