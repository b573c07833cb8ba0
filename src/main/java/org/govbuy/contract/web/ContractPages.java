package org.govbuy.contract.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.govbuy.budget.BudgetLines;
import org.govbuy.contract.application.Amendments;
import org.govbuy.contract.application.ContractDocuments;
import org.govbuy.contract.ContractPageSection;
import org.govbuy.contract.application.Contracts;
import org.govbuy.contract.domain.ContractMoneyPolicy.DepositForm;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.contract.domain.TerminationPolicy;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.PageCommands;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementAwards;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolationException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contract pages: the purchasing unit drafts from a model contract, signs, publishes,
 * files, amends, renews, terminates and approves payments; the provider reads its
 * contracts, confirms amendments and requests payment; finance follows filings, late
 * steps and the treasury queue; the public reads published contracts.
 */
@Controller
class ContractPages {

	static final String STAFF = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'PURCHASER_CLERK', 'PURCHASER_HEAD', 'SUPERVISOR')";

	static final String VIEWERS = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'PURCHASER_CLERK', 'PURCHASER_HEAD', 'SUPERVISOR', 'PROVIDER')";

	private final Contracts contracts;

	private final Amendments amendments;

	private final ContractDocuments documents;

	private final List<ContractPageSection> sections;

	private final ProcurementAwards awards;

	private final BudgetLines lines;

	ContractPages(Contracts contracts, Amendments amendments, ContractDocuments documents,
			List<ContractPageSection> sections, ProcurementAwards awards, BudgetLines lines) {
		this.sections = sections;
		this.contracts = contracts;
		this.amendments = amendments;
		this.documents = documents;
		this.awards = awards;
		this.lines = lines;
	}

	@GetMapping("/contracts")
	@PreAuthorize(STAFF)
	String list(Model model) {
		CurrentUser user = CurrentUser.require();
		List<Contracts.Contract> all = contracts.list();
		model.addAttribute("contracts", all);
		boolean purchaser = user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD);
		model.addAttribute("purchaser", purchaser);
		if (purchaser) {
			Set<UUID> contracted = new java.util.HashSet<>();
			all.forEach(contract -> contracted.add(contract.projectId()));
			model.addAttribute("awards",
					awards.awardsOf(user.organizationId())
						.stream()
						.filter(award -> !contracted.contains(award.projectId()))
						.toList());
		}
		return "contract/contracts";
	}

	@GetMapping("/contracts/new")
	@PreAuthorize(ContractApi.PURCHASERS)
	String newContract(@RequestParam UUID project, @RequestParam(required = false) Template template, Model model) {
		Template chosen = template == null ? contracts.suggestedTemplate(project) : template;
		ProcurementAwards.Award award = contracts.award(project);
		Map<String, String> form = new HashMap<>();
		form.put("title", award.projectName() + "合同");
		form.put("template", chosen.name());
		form.put("paymentDays", "30");
		form.put("publicService", "true");
		LocalDate start = award.awardedOn().plusDays(15);
		form.put("startsOn", start.toString());
		form.put("endsOn", start.plusYears(1).minusDays(1).toString());
		contracts.templateClauses(project, chosen, 30).forEach((clause, text) -> form.put(clause.name(), text));
		model.addAttribute("templateWarning", templateWarning(project, chosen));
		return draftForm(award, form, model);
	}

	@GetMapping("/contracts/new/clauses")
	@PreAuthorize(ContractApi.PURCHASERS)
	String clauses(@RequestParam UUID project, @RequestParam Template template,
			@RequestParam(defaultValue = "30") String paymentDays, Model model) {
		Map<String, String> form = new HashMap<>();
		contracts.templateClauses(project, template, parseDays(paymentDays))
			.forEach((clause, text) -> form.put(clause.name(), text));
		model.addAttribute("form", form);
		model.addAttribute("clauses", editableClauses());
		model.addAttribute("templateWarning", templateWarning(project, template));
		return "contract/contract-form :: clauses";
	}

	/**
	 * A specialised model contract for another kind of service than the one bought (the
	 * 就业 model for a nursing line) would merge clauses that speak of something else: the
	 * form says so. The general model fits every service.
	 */
	private String templateWarning(UUID project, Template chosen) {
		Template fitting = contracts.suggestedTemplate(project);
		if (chosen == Template.GENERAL || chosen == fitting) {
			return null;
		}
		return "所选“" + chosen.title() + "”与本项目购买的服务不一致（按预算项目的服务内容应选用“" + fitting.title()
				+ "”），合并的条款文字可能与服务内容不符，请核对或改选范本。";
	}

	@PostMapping("/contracts")
	@PreAuthorize(ContractApi.PURCHASERS)
	String draft(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		if (blank(form.getFirst("projectId"))) {
			throw new InvalidInputException("projectId", "请从已成交的采购项目起草合同");
		}
		UUID project = UUID.fromString(form.getFirst("projectId").strip());
		try {
			Map<Clause, String> clauses = new EnumMap<>(Clause.class);
			for (Clause clause : editableClauses()) {
				clauses.put(clause, form.getFirst(clause.name()));
			}
			Set<TermPolicy.MultiYearCondition> conditions = EnumSet.noneOf(TermPolicy.MultiYearCondition.class);
			List<String> chosen = form.get("conditions");
			if (chosen != null) {
				chosen.forEach(condition -> conditions.add(TermPolicy.MultiYearCondition.valueOf(condition)));
			}
			Set<Clause> secret = EnumSet.noneOf(Clause.class);
			List<String> secrets = form.get("secretClauses");
			if (secrets != null) {
				secrets.forEach(clause -> secret.add(Clause.valueOf(clause)));
			}
			Contracts.Contract contract = contracts.draft(new Contracts.Draft(project, form.getFirst("title"),
					blank(form.getFirst("template")) ? null : Template.valueOf(form.getFirst("template")),
					date(form.getFirst("startsOn"), "起始日期"), date(form.getFirst("endsOn"), "终止日期"), conditions, clauses,
					"true".equals(form.getFirst("publicService")), "true".equals(form.getFirst("providerSme")),
					parseDays(form.getFirst("paymentDays")),
					blank(form.getFirst("depositAmount")) ? null : money(form.getFirst("depositAmount"), "履约保证金"),
					blank(form.getFirst("depositForm")) ? null : DepositForm.valueOf(form.getFirst("depositForm")),
					secret));
			redirect.addFlashAttribute("flash", "合同已起草，编号 " + contract.number());
			return "redirect:/contracts/" + contract.id();
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("violations", ex.violations());
		}
		Map<String, String> echo = new HashMap<>();
		form.forEach((key, values) -> echo.put(key, values.isEmpty() ? null : values.get(0)));
		model.addAttribute("chosenConditions", form.get("conditions") == null ? List.of() : form.get("conditions"));
		return draftForm(contracts.award(project), echo, model);
	}

	@GetMapping("/contracts/{id}")
	@PreAuthorize(VIEWERS)
	String detail(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		Contracts.Contract contract = contracts.visible(id);
		model.addAttribute("contract", contract);
		boolean own = Contracts.isPurchaser(user, contract);
		boolean provider = contracts.isProvider(user, contract);
		model.addAttribute("own", own);
		model.addAttribute("provider", provider);
		model.addAttribute("finance", user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER));
		model.addAttribute("side", own ? "PURCHASER" : provider ? "PROVIDER" : "");
		model.addAttribute("publicMasks", own ? documents.masks(id) : List.of());
		model.addAttribute("amendments", amendments.ofContract(id));
		model.addAttribute("kinds", Amendments.Kind.values());
		model.addAttribute("grades", TermPolicy.Grade.values());
		model.addAttribute("grounds",
				List.of(TerminationPolicy.Ground.PUBLIC_INTEREST, TerminationPolicy.Ground.PROVIDER_BREACH));
		sections.forEach(section -> model.addAllAttributes(section.model(id)));
		model.addAttribute("sections", sections);
		if (!provider) {
			lines.approved(contract.planLineId()).ifPresent(line -> model.addAttribute("line", line));
		}
		if (own) {
			model.addAttribute("renewalLines",
					lines.approvedOf(user.organizationId())
						.stream()
						.filter(line -> line.funds().available().isPositive())
						.toList());
		}
		return "contract/contract";
	}

	@GetMapping("/contracts/{id}/pdf")
	@PreAuthorize(VIEWERS)
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		Contracts.Contract contract = contracts.visible(id);
		return ContractApi.pdf(documents.full(id), ContractDocuments.fileName(contract, false));
	}

	@PostMapping("/contracts/{id}/sign")
	@PreAuthorize(ContractApi.PURCHASERS)
	String sign(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			contracts.sign(id, date);
			return "合同已签订，资金已由预留转为签约";
		});
	}

	@PostMapping("/contracts/{id}/publish")
	@PreAuthorize(ContractApi.PURCHASERS)
	String publish(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			contracts.publish(id, date);
			return "合同公开版已在门户公告";
		});
	}

	@PostMapping("/contracts/{id}/file")
	@PreAuthorize(ContractApi.PURCHASERS)
	String file(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			contracts.file(id, date);
			return "合同已报财政部门备案";
		});
	}

	@PostMapping("/contracts/{id}/renew")
	@PreAuthorize(ContractApi.PURCHASERS)
	String renew(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		try {
			Contracts.Contract renewal = contracts.renew(id,
					new Contracts.Renewal(
							blank(form.getFirst("planLineId")) ? null : UUID.fromString(form.getFirst("planLineId")),
							money(form.getFirst("amount"), "续签金额"), date(form.getFirst("startsOn"), "起始日期"),
							date(form.getFirst("endsOn"), "终止日期"),
							blank(form.getFirst("grade")) ? null : TermPolicy.Grade.valueOf(form.getFirst("grade")),
							form.getFirst("evaluationReference")));
			redirect.addFlashAttribute("flash", "续签合同已起草");
			return "redirect:/contracts/" + renewal.id();
		}
		catch (InvalidInputException | NotFoundException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("violations", ex.violations());
		}
		return "redirect:/contracts/" + id;
	}

	@PostMapping("/contracts/{id}/terminate")
	@PreAuthorize(ContractApi.PURCHASERS)
	String terminate(@PathVariable UUID id, @RequestParam(required = false) TerminationPolicy.Ground ground,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			Contracts.Contract contract = contracts.terminate(id, ground, reason, null);
			return "合同已终止，释放未支付金额 " + contract.released().format();
		});
	}

	@PostMapping("/contracts/{id}/amendments")
	@PreAuthorize(ContractApi.PARTIES)
	String propose(@PathVariable UUID id, @RequestParam(required = false) Amendments.Kind kind,
			@RequestParam(required = false) String content, @RequestParam(required = false) String amount,
			@RequestParam(required = false) String subcontractor, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			amendments.propose(id, kind, content, blank(amount) ? null : money(amount, "金额"), subcontractor);
			return "已提出，待合同另一方确认签署";
		});
	}

	@PostMapping("/contracts/{id}/amendments/{amendment}/confirm")
	@PreAuthorize(ContractApi.PARTIES)
	String confirm(@PathVariable UUID id, @PathVariable UUID amendment, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			amendments.confirm(amendment);
			return "已确认签署，记录生效";
		});
	}

	@PostMapping("/contracts/{id}/amendments/{amendment}/withdraw")
	@PreAuthorize(ContractApi.PARTIES)
	String withdraw(@PathVariable UUID id, @PathVariable UUID amendment, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			amendments.withdraw(amendment);
			return "已撤回";
		});
	}

	// ---- the public portal
	// --------------------------------------------------------------

	@GetMapping("/portal/contracts")
	@PreAuthorize("permitAll()")
	String published(Model model) {
		model.addAttribute("contracts", contracts.published());
		return "contract/portal-contracts";
	}

	@GetMapping("/portal/contracts/{id}/pdf")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> publishedPdf(@PathVariable UUID id) {
		Contracts.Contract contract = contracts.publishedContract(id);
		return ContractApi.pdf(documents.published(id), ContractDocuments.fileName(contract, true));
	}

	private String draftForm(ProcurementAwards.Award award, Map<String, String> form, Model model) {
		model.addAttribute("award", award);
		model.addAttribute("form", form);
		model.addAttribute("templates", Template.values());
		model.addAttribute("clauses", editableClauses());
		model.addAttribute("allClauses", Clause.values());
		model.addAttribute("conditions", TermPolicy.MultiYearCondition.values());
		if (!model.containsAttribute("chosenConditions")) {
			model.addAttribute("chosenConditions", List.of());
		}
		model.addAttribute("depositForms", DepositForm.values());
		return "contract/contract-form";
	}

	/**
	 * The clauses the purchaser writes; price and term come from the award and the dates.
	 */
	static List<Clause> editableClauses() {
		return List.of(Clause.SCOPE, Clause.QUANTITY, Clause.QUALITY, Clause.PAYMENT, Clause.RIGHTS_AND_OBLIGATIONS,
				Clause.LIABILITY, Clause.DISPUTES);
	}

	private String act(UUID contractId, RedirectAttributes redirect, Supplier<String> command) {
		return act("/contracts/" + contractId, redirect, command);
	}

	private String act(String page, RedirectAttributes redirect, Supplier<String> command) {
		return PageCommands.runThenRedirect(page, redirect, command);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static int parseDays(String value) {
		try {
			return blank(value) ? 30 : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("paymentDays", "付款期限须为整数天数");
		}
	}

	private static LocalDate date(String value, String label) {
		try {
			return blank(value) ? null : LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new InvalidInputException("date", label + "格式应为 yyyy-MM-dd");
		}
	}

	private static Money money(String value, String label) {
		try {
			return Money.of(new BigDecimal(value == null ? "" : value.replace(",", "").strip()));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("amount", label + "须为数字（元）");
		}
	}

}
