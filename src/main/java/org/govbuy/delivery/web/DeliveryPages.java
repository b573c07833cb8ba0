package org.govbuy.delivery.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.govbuy.delivery.application.Acceptances;
import org.govbuy.delivery.application.Deliveries;
import org.govbuy.delivery.domain.AcceptancePolicy;
import org.govbuy.delivery.domain.LedgerKind;
import org.govbuy.delivery.domain.ParticipantRole;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.PageCommands;
import org.govbuy.shared.Money;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Delivery pages: the contract's milestones, ledger and acceptances with the forms of the
 * purchasing unit and the provider; the provider's contracts; the monitoring view; the
 * published acceptance results on the portal.
 */
@Controller
class DeliveryPages {

	private final Deliveries deliveries;

	private final Acceptances acceptances;

	DeliveryPages(Deliveries deliveries, Acceptances acceptances) {
		this.deliveries = deliveries;
		this.acceptances = acceptances;
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
	String addMilestone(@PathVariable UUID id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String standard, @RequestParam(required = false) String dueOn,
			@RequestParam(required = false) String amount, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			Deliveries.Milestone milestone = deliveries.addMilestone(id, new Deliveries.NewMilestone(title, standard,
					date(dueOn, "dueOn", "完成期限"), blank(amount) ? null : money(amount)));
			return "已添加第" + milestone.seq() + "个履约节点";
		});
	}

	@PostMapping("/contracts/{id}/delivery/ledger")
	@PreAuthorize("hasRole('PROVIDER')")
	String record(@PathVariable UUID id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String occurredOn, @RequestParam(required = false) String title,
			@RequestParam(required = false) String content, @RequestParam(required = false) String milestoneId,
			@RequestParam(defaultValue = "false") boolean submitMilestone,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			if (blank(kind)) {
				throw new InvalidInputException("kind", "请选择台账类别");
			}
			Deliveries.LedgerEntry entry = deliveries.record(id,
					new Deliveries.NewEntry(LedgerKind.valueOf(kind), date(occurredOn, "occurredOn", "发生日期"), title,
							content, blank(milestoneId) ? null : UUID.fromString(milestoneId), submitMilestone),
					DeliveryApi.uploads(files));
			return "已记入台账：" + entry.title()
					+ (entry.attachments().isEmpty() ? "" : "（附件" + entry.attachments().size() + "个）")
					+ (submitMilestone ? "，已提交节点验收" : "");
		});
	}

	@PostMapping("/contracts/{id}/delivery/milestones/{milestoneId}/submit")
	@PreAuthorize("hasRole('PROVIDER')")
	String submit(@PathVariable UUID id, @PathVariable UUID milestoneId, @RequestParam(required = false) String report,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			Deliveries.Milestone milestone = deliveries.submitMilestone(id, milestoneId, report, List.of());
			return "已提交第" + milestone.seq() + "个节点验收";
		});
	}

	@PostMapping("/contracts/{id}/delivery/acceptances")
	@PreAuthorize(DeliveryApi.PURCHASERS)
	String accept(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			List<AcceptancePolicy.StandardCheck> standards = new ArrayList<>();
			List<String> names = values(form, "standard");
			List<String> performances = values(form, "performance");
			for (int i = 0; i < Math.max(names.size(), performances.size()); i++) {
				standards.add(new AcceptancePolicy.StandardCheck(at(names, i), at(performances, i)));
			}
			List<AcceptancePolicy.Participant> participants = new ArrayList<>();
			List<String> people = values(form, "participantName");
			List<String> roles = values(form, "participantRole");
			List<String> opinions = values(form, "participantOpinion");
			for (int i = 0; i < people.size(); i++) {
				String role = at(roles, i);
				participants.add(new AcceptancePolicy.Participant(at(people, i),
						blank(role) ? null : ParticipantRole.valueOf(role), at(opinions, i)));
			}
			String milestone = form.getFirst("milestoneId");
			String result = form.getFirst("result");
			if (blank(result)) {
				throw new InvalidInputException("result", "请选择验收结论：合格或不合格");
			}
			Acceptances.Acceptance acceptance = acceptances.record(id,
					new Acceptances.NewAcceptance(blank(milestone) ? null : UUID.fromString(milestone),
							date(form.getFirst("acceptedOn"), "acceptedOn", "验收日期"), Acceptances.Result.valueOf(result),
							form.getFirst("findings"), standards, !"false".equals(form.getFirst("publicService")),
							participants, form.getFirst("rectificationRequired"),
							date(form.getFirst("rectificationDueOn"), "rectificationDueOn", "整改期限")));
			return "已记录验收（" + acceptance.result().label() + "）并公告结果"
					+ (acceptance.rectification() != null ? "；已发出整改通知" : "");
		});
	}

	@PostMapping("/contracts/{id}/delivery/rectifications/{rectificationId}/response")
	@PreAuthorize("hasRole('PROVIDER')")
	String respond(@PathVariable UUID id, @PathVariable UUID rectificationId,
			@RequestParam(required = false) String response, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			acceptances.respond(id, rectificationId, response);
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

	private String act(UUID contractId, RedirectAttributes redirect, Supplier<String> command) {
		String page = "/contracts/" + contractId + "/delivery";
		try {
			return PageCommands.runThenRedirect(page, redirect, command);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("flashError", "输入有误，请检查后重新提交");
			return "redirect:" + page;
		}
	}

	private static List<String> values(MultiValueMap<String, String> form, String name) {
		List<String> values = form.get(name);
		return values == null ? List.of() : values;
	}

	private static String at(List<String> values, int index) {
		return index < values.size() ? values.get(index) : null;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate date(String value, String field, String label) {
		try {
			return blank(value) ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, label + "格式不正确，应为 年-月-日");
		}
	}

	private static Money money(String value) {
		try {
			return Money.of(value.replace(",", "").strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("amount", "节点金额须为数字（元）");
		}
	}

}
