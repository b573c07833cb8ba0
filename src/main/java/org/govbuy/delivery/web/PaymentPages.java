package org.govbuy.delivery.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.govbuy.contract.ContractParties;
import org.govbuy.delivery.application.Payments;
import org.govbuy.platform.PageCommands;
import org.govbuy.shared.Money;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Payment pages: the parties request payment and the purchaser approves or rejects on the
 * contract's page (the section {@link ContractPaymentsSection} adds), finance records the
 * treasury's answer on its queue. The commands come back to the page they were posted
 * from (post/redirect/get) with the result or the refusal.
 */
@Controller
class PaymentPages {

	private final Payments payments;

	private final ContractParties contracts;

	private final MessageSource messages;

	PaymentPages(Payments payments, ContractParties contracts, MessageSource messages) {
		this.payments = payments;
		this.contracts = contracts;
		this.messages = messages;
	}

	/**
	 * A payment request from the contract's page.
	 *
	 * @param idempotencyKey the key the page drew when it was shown: the same form sent
	 * twice is one request
	 */
	record PaymentForm(BigDecimal amount, @Size(max = 300, message = "用途不超过300个字") String purpose, Payments.Basis basis,
			UUID milestoneId, String idempotencyKey) {
	}

	/** Why the purchaser sends a request back. */
	record ReasonForm(@Size(max = 500, message = "原因不超过500字") String reason) {
	}

	/** The treasury's answer: paid, or returned (退票) with a remark. */
	record TreasuryForm(Boolean paid, @Size(max = 500, message = "备注不超过500字") String remark) {

		boolean wasPaid() {
			return paid == null || paid;
		}

	}

	@PostMapping("/contracts/{id}/payments")
	@PreAuthorize(PaymentApi.PARTIES)
	String request(@PathVariable UUID id, @Valid @ModelAttribute("paymentForm") PaymentForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return run("/contracts/" + id, binding, redirect, () -> {
			Payments.Payment payment = payments
				.request(new Payments.Request(id, form.amount() == null ? null : Money.of(form.amount()),
						form.purpose(), form.basis(), form.milestoneId()), form.idempotencyKey());
			return "支付申请已提交：" + payment.amount().format();
		});
	}

	@PostMapping("/contracts/{id}/payments/{payment}/approve")
	@PreAuthorize(PaymentApi.PURCHASERS)
	String approve(@PathVariable UUID id, @PathVariable UUID payment, RedirectAttributes redirect) {
		return PageCommands.runThenRedirect("/contracts/" + id, redirect,
				() -> "已审核并送国库集中支付，凭证号 " + payments.approve(payment).treasuryRef());
	}

	@PostMapping("/contracts/{id}/payments/{payment}/reject")
	@PreAuthorize(PaymentApi.PURCHASERS)
	String reject(@PathVariable UUID id, @PathVariable UUID payment,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult binding, RedirectAttributes redirect) {
		return run("/contracts/" + id, binding, redirect, () -> {
			payments.reject(payment, form.reason());
			return "支付申请已退回";
		});
	}

	@GetMapping("/finance/payments")
	@PreAuthorize(PaymentApi.FINANCE)
	String treasury(Model model) {
		model.addAttribute("sent", payments.sentToTreasury());
		model.addAttribute("overdue", payments.overdue());
		model.addAttribute("late", contracts.late());
		return "delivery/treasury";
	}

	@PostMapping("/finance/payments/{payment}")
	@PreAuthorize(PaymentApi.FINANCE)
	String recordTreasury(@PathVariable UUID payment, @Valid @ModelAttribute("treasuryForm") TreasuryForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return run("/finance/payments", binding, redirect, () -> {
			Payments.Payment done = payments.treasury(payment, form.wasPaid(), form.remark());
			return (form.wasPaid() ? "已登记国库支付：" : "已登记退票：") + done.amount().format();
		});
	}

	/**
	 * Runs the command unless the form did not bind; either way back to the page, with
	 * the first refusal as its error message.
	 */
	private String run(String page, BindingResult binding, RedirectAttributes redirect,
			java.util.function.Supplier<String> command) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("flashError", DeliveryForms.firstMessage(binding, messages));
			return "redirect:" + page;
		}
		return PageCommands.runThenRedirect(page, redirect, command);
	}

}
