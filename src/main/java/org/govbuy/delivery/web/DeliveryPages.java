package org.govbuy.delivery.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.govbuy.delivery.application.Acceptances;
import org.govbuy.delivery.application.Deliveries;
import org.govbuy.delivery.domain.LedgerKind;
import org.govbuy.delivery.domain.ParticipantRole;
import org.govbuy.delivery.web.DeliveryForms.AcceptanceForm;
import org.govbuy.delivery.web.DeliveryForms.LedgerForm;
import org.govbuy.delivery.web.DeliveryForms.MilestoneForm;
import org.govbuy.delivery.web.DeliveryForms.ResponseForm;
import org.govbuy.delivery.web.DeliveryForms.SubmitForm;
import org.govbuy.platform.FormErrors;
import org.govbuy.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Delivery pages: the contract's milestones, ledger and acceptances with the forms of the
 * purchasing unit and the provider; the provider's contracts; the monitoring view; the
 * published acceptance results on the portal. A command that succeeds goes back to the
 * page (post/redirect/get); one that is refused shows the page again with the input, the
 * field errors and the violated rules.
 */
@Controller
class DeliveryPages {

	private final Deliveries deliveries;

	private final Acceptances acceptances;

	private static final Logger log = LoggerFactory.getLogger(DeliveryPages.class);

	private final MessageSource messages;

	DeliveryPages(Deliveries deliveries, Acceptances acceptances, MessageSource messages) {
		this.deliveries = deliveries;
		this.acceptances = acceptances;
		this.messages = messages;
	}

	@GetMapping("/contracts/{id}/delivery")
	@PreAuthorize("isAuthenticated()")
	String delivery(@PathVariable UUID id, Model model) {
		Deliveries.DeliveryContract contract = deliveries.contract(id);
		model.addAttribute("contract", contract);
		model.addAttribute("milestones", deliveries.milestones(id));
		model.addAttribute("ledger", deliveries.ledger(id));
		model.addAttribute("acceptances", acceptances.of(id));
		model.addAttribute("rectifications", acceptances.rectifications(id));
		Deliveries.Capacity capacity = deliveries.capacity(contract);
		model.addAttribute("provider", capacity.provider());
		model.addAttribute("purchaser", capacity.purchaser());
		model.addAttribute("kinds", LedgerKind.values());
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("participantRows", List.of(ParticipantRole.PURCHASER, ParticipantRole.RECIPIENT,
				ParticipantRole.RECIPIENT, ParticipantRole.EXPERT));
		if (!model.containsAttribute("milestoneForm")) {
			model.addAttribute("milestoneForm", MilestoneForm.empty());
		}
		if (!model.containsAttribute("ledgerForm")) {
			model.addAttribute("ledgerForm", LedgerForm.empty());
		}
		if (!model.containsAttribute("acceptanceForm")) {
			model.addAttribute("acceptanceForm", AcceptanceForm.empty());
		}
		return "delivery/contract";
	}

	/** One more participant row for the acceptance form (htmx). */
	@GetMapping("/contracts/{id}/delivery/participant-row")
	@PreAuthorize(DeliveryApi.PURCHASERS)
	String participantRow(@PathVariable UUID id, @RequestParam int index, Model model) {
		model.addAttribute("contract", deliveries.contract(id));
		model.addAttribute("index", Math.max(0, Math.min(index, 50)));
		model.addAttribute("roles", ParticipantRole.values());
		return "delivery/contract :: participantRowAndNext";
	}

	@PostMapping("/contracts/{id}/delivery/milestones")
	@PreAuthorize(DeliveryApi.PURCHASERS)
	String addMilestone(@PathVariable UUID id, @Valid @ModelAttribute("milestoneForm") MilestoneForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return command(id, binding, model, redirect, () -> {
			Deliveries.Milestone milestone = deliveries.addMilestone(id, form.milestone());
			return "已添加第" + milestone.seq() + "个履约节点";
		});
	}

	@PostMapping("/contracts/{id}/delivery/ledger")
	@PreAuthorize("hasRole('PROVIDER')")
	String record(@PathVariable UUID id, @Valid @ModelAttribute("ledgerForm") LedgerForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return command(id, binding, model, redirect, () -> {
			Deliveries.LedgerEntry entry = deliveries.record(id, form.entry(), DeliveryApi.uploads(form.files()));
			return "已记入台账：" + entry.title()
					+ (entry.attachments().isEmpty() ? "" : "（附件" + entry.attachments().size() + "个）")
					+ (form.submits() ? "，已提交节点验收" : "");
		});
	}

	@PostMapping("/contracts/{id}/delivery/milestones/{milestoneId}/submit")
	@PreAuthorize("hasRole('PROVIDER')")
	String submit(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@Valid @ModelAttribute("submitForm") SubmitForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return command(id, binding, model, redirect, () -> {
			Deliveries.Milestone milestone = deliveries.submitMilestone(id, milestoneId, form.report(), List.of());
			return "已提交第" + milestone.seq() + "个节点验收";
		});
	}

	@PostMapping("/contracts/{id}/delivery/acceptances")
	@PreAuthorize(DeliveryApi.PURCHASERS)
	String accept(@PathVariable UUID id, @Valid @ModelAttribute("acceptanceForm") AcceptanceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return command(id, binding, model, redirect, () -> {
			Acceptances.Acceptance acceptance = acceptances.record(id, form.acceptance());
			return "已记录验收（" + acceptance.result().label() + "）并公告结果"
					+ (acceptance.rectification() != null ? "；已发出整改通知" : "");
		});
	}

	@PostMapping("/contracts/{id}/delivery/rectifications/{rectificationId}/response")
	@PreAuthorize("hasRole('PROVIDER')")
	String respond(@PathVariable UUID id, @PathVariable UUID rectificationId,
			@Valid @ModelAttribute("responseForm") ResponseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return command(id, binding, model, redirect, () -> {
			acceptances.respond(id, rectificationId, form.response());
			return "已提交整改情况，等待重新验收";
		});
	}

	@GetMapping("/contracts/{id}/delivery/attachments/{attachmentId}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return DeliveryApi.download(deliveries.attachment(id, attachmentId));
	}

	@GetMapping("/provider/contracts")
	@PreAuthorize("hasRole('PROVIDER')")
	String providerContracts(Model model) {
		model.addAttribute("contracts", deliveries.providerContracts());
		return "delivery/provider-contracts";
	}

	@GetMapping("/contracts/monitoring")
	@PreAuthorize(DeliveryApi.MONITORS)
	String monitoring(Model model) {
		model.addAttribute("monitoring", deliveries.monitoring());
		return "delivery/monitoring";
	}

	@GetMapping("/portal/acceptances")
	@PreAuthorize("permitAll()")
	String published(Model model) {
		model.addAttribute("acceptances", acceptances.published());
		return "portal/acceptances";
	}

	// ---- helpers
	// -------------------------------------------------------------------------

	/**
	 * Runs a command of the contract's delivery page: on success back to the page with
	 * its message; refused (bad input, a violated rule) the page again with the form's
	 * errors; not allowed or not found back to the page with the reason.
	 */
	private String command(UUID contractId, BindingResult binding, Model model, RedirectAttributes redirect,
			Supplier<String> command) {
		String page = "redirect:/contracts/" + contractId + "/delivery";
		String[] message = new String[1];
		try {
			if (!binding.hasErrors() && FormErrors.attempt(() -> message[0] = command.get(), binding, model)) {
				redirect.addFlashAttribute("flash", message[0]);
				return page;
			}
		}
		catch (AccessDeniedException | NotFoundException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
			return page;
		}
		if (!model.containsAttribute("violations")) {
			model.addAttribute("flashError", DeliveryForms.firstMessage(binding, messages));
		}
		log.debug("Refused on the delivery page of {}: {}", contractId, binding.getAllErrors());
		return delivery(contractId, model);
	}

}
