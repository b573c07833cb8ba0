package org.govbuy.budget.web;

import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * What a bound form got wrong, as one sentence for the pages whose small forms (a
 * comment, an amount, a yes or no) post and redirect back: type mismatches read from
 * {@code messages.properties} ({@code typeMismatch.<form>.<field>}), constraint messages
 * as written on the form record.
 */
@Component
class BudgetBindingMessages {

	private final MessageSource messages;

	BudgetBindingMessages(MessageSource messages) {
		this.messages = messages;
	}

	String of(BindingResult binding) {
		return binding.getAllErrors()
			.stream()
			.map(error -> messages.getMessage(error, LocaleContextHolder.getLocale()))
			.distinct()
			.collect(Collectors.joining("；"));
	}

}
