package org.govbuy.contract.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.govbuy.budget.BudgetLines;
import org.govbuy.contract.AmendmentKind;
import org.govbuy.contract.application.Amendments;
import org.govbuy.contract.application.ContractDocuments;
import org.govbuy.contract.application.ContractDrafting;
import org.govbuy.contract.application.ContractRenewals;
import org.govbuy.contract.application.ContractSigning;
import org.govbuy.contract.application.ContractTermination;
import org.govbuy.contract.ContractPageSection;
import org.govbuy.contract.application.Contracts;
import org.govbuy.contract.domain.ContractMoneyPolicy.DepositForm;
import org.govbuy.contract.domain.ContractSide;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.contract.domain.TerminationPolicy;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.FormErrors;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.PageCommands;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementAwards;
import org.govbuy.shared.Money;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contract pages: the purchasing unit drafts from a model contract, signs, publishes,
 * files, amends, renews, terminates and approves payments; the provider reads its
 * contracts, confirms amendments and requests payment; finance follows filings, late
 * steps and the treasury queue; the public reads published contracts. Every command takes
 * a form record; the drafting form is shown again with its errors, the commands on the
 * contract page go back to it with the refusal.
 */
@Controller
class ContractPages {

	static final String STAFF = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'PURCHASER_CLERK', 'PURCHASER_HEAD', 'SUPERVISOR')";

	static final String VIEWERS = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'PURCHASER_CLERK', 'PURCHASER_HEAD', 'SUPERVISOR', 'PROVIDER')";

	private final Contracts contracts;

	private final ContractDrafting drafting;

	private final ContractSigning signing;

	private final ContractRenewals renewals;

	private final ContractTermination termination;

	private final Amendments amendments;

	private final ContractDocuments documents;

	private final List<ContractPageSection> sections;

	private final ProcurementAwards awards;

	private final BudgetLines lines;

	private final MessageSource messages;

	ContractPages(Contracts contracts, ContractDrafting drafting, ContractSigning signing, ContractRenewals renewals,
			ContractTermination termination, Amendments amendments, ContractDocuments documents,
			List<ContractPageSection> sections, ProcurementAwards awards, BudgetLines lines, MessageSource messages) {
		this.sections = sections;
		this.contracts = contracts;
		this.drafting = drafting;
		this.signing = signing;
		this.renewals = renewals;
		this.termination = termination;
		this.amendments = amendments;
		this.documents = documents;
		this.awards = awards;
		this.lines = lines;
		this.messages = messages;
	}

	/** A step dated by the purchaser (signing, publication, filing); today when empty. */
	record DateForm(LocalDate date) {
	}

	/** The renewal form. */
	record RenewalForm(UUID planLineId, @Positive(message = "续签金额须大于0") BigDecimal amount, LocalDate startsOn,
			LocalDate endsOn) {

		ContractRenewals.Renewal renewal() {
			return new ContractRenewals.Renewal(planLineId, amount == null ? null : Money.of(amount), startsOn, endsOn);
		}

	}

	/** The purchaser's termination form. */
	record TerminationForm(TerminationPolicy.Ground ground,
			@Size(max = 1000, message = "终止原因不超过1000个字") String reason) {
	}

	/** An amendment one side proposes. */
	record AmendmentForm(AmendmentKind kind, String content, @Positive(message = "金额须大于0") BigDecimal amount,
			@Size(max = 200, message = "分包单位不超过200个字") String subcontractor) {
	}

	/** Amounts may be written with thousands separators (1,200,000.00). */
	@InitBinder
	void amounts(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				String plain = text == null ? "" : text.replace(",", "").replace("，", "").strip();
				setValue(plain.isEmpty() ? null : new BigDecimal(plain));
			}
		});
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
		Template chosen = template == null ? drafting.suggestedTemplate(project) : template;
		ProcurementAwards.Award award = drafting.award(project);
		model.addAttribute("contractForm",
				ContractForm.opening(award, chosen, drafting.templateClauses(project, chosen, 30)));
		model.addAttribute("templateWarning", templateWarning(project, chosen));
		return draftForm(award, model);
	}

	@GetMapping("/contracts/new/clauses")
	@PreAuthorize(ContractApi.PURCHASERS)
	String clauses(@RequestParam UUID project, @RequestParam Template template,
			@RequestParam(defaultValue = "30") Integer paymentDays, Model model) {
		model.addAttribute("contractForm", ContractForm
			.clausesOnly(drafting.templateClauses(project, template, paymentDays == null ? 30 : paymentDays)));
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
		Template fitting = drafting.suggestedTemplate(project);
		if (chosen == Template.GENERAL || chosen == fitting) {
			return null;
		}
		return "所选“" + chosen.title() + "”与本项目购买的服务不一致（按预算项目的服务内容应选用“" + fitting.title()
				+ "”），合并的条款文字可能与服务内容不符，请核对或改选范本。";
	}

	@PostMapping("/contracts")
	@PreAuthorize(ContractApi.PURCHASERS)
	String draft(@Valid @ModelAttribute("contractForm") ContractForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form.getProjectId() == null || binding.hasFieldErrors("projectId")) {
			throw new InvalidInputException("projectId", "请从已成交的采购项目起草合同");
		}
		Contracts.Contract[] drafted = new Contracts.Contract[1];
		if (!binding.hasErrors()
				&& FormErrors.attempt(() -> drafted[0] = drafting.draft(form.draft()), binding, model)) {
			redirect.addFlashAttribute("flash", "合同已起草，编号 " + drafted[0].number());
			return "redirect:/contracts/" + drafted[0].id();
		}
		return draftForm(drafting.award(form.getProjectId()), model);
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
		model.addAttribute("side", own ? ContractSide.PURCHASER : provider ? ContractSide.PROVIDER : null);
		model.addAttribute("publicMasks", own ? documents.masks(id) : List.of());
		model.addAttribute("amendments", amendments.ofContract(id));
		model.addAttribute("kinds", AmendmentKind.values());
		model.addAttribute("grounds",
				List.of(TerminationPolicy.Ground.PUBLIC_INTEREST, TerminationPolicy.Ground.PROVIDER_BREACH));
		sections.forEach(section -> model.addAllAttributes(section.model(id)));
		model.addAttribute("sections", sections);
		if (!provider) {
			lines.approved(contract.planLineId()).ifPresent(line -> model.addAttribute("line", line));
		}
		if (own) {
			renewals.grade(id).ifPresent(grade -> model.addAttribute("renewalGrade", grade));
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
	String sign(@PathVariable UUID id, @Valid @ModelAttribute("signForm") DateForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return command(id, binding, redirect, () -> {
			signing.sign(id, form.date());
			return "合同已签订，资金已由预留转为签约";
		});
	}

	@PostMapping("/contracts/{id}/publish")
	@PreAuthorize(ContractApi.PURCHASERS)
	String publish(@PathVariable UUID id, @Valid @ModelAttribute("publishForm") DateForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return command(id, binding, redirect, () -> {
			signing.publish(id, form.date());
			return "合同公开版已在门户公告";
		});
	}

	@PostMapping("/contracts/{id}/file")
	@PreAuthorize(ContractApi.PURCHASERS)
	String file(@PathVariable UUID id, @Valid @ModelAttribute("fileForm") DateForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return command(id, binding, redirect, () -> {
			signing.file(id, form.date());
			return "合同已报财政部门备案";
		});
	}

	@PostMapping("/contracts/{id}/renew")
	@PreAuthorize(ContractApi.PURCHASERS)
	String renew(@PathVariable UUID id, @Valid @ModelAttribute("renewalForm") RenewalForm form, BindingResult binding,
			RedirectAttributes redirect) {
		Contracts.Contract[] renewal = new Contracts.Contract[1];
		String page = command(id, binding, redirect, () -> {
			renewal[0] = renewals.renew(id, form.renewal());
			return "续签合同已起草";
		});
		return renewal[0] == null ? page : "redirect:/contracts/" + renewal[0].id();
	}

	@PostMapping("/contracts/{id}/terminate")
	@PreAuthorize(ContractApi.PURCHASERS)
	String terminate(@PathVariable UUID id, @Valid @ModelAttribute("terminationForm") TerminationForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return command(id, binding, redirect, () -> {
			Contracts.Contract contract = termination.terminate(id, form.ground(), form.reason(), null);
			return "合同已终止，释放未支付金额 " + contract.released().format();
		});
	}

	@PostMapping("/contracts/{id}/amendments")
	@PreAuthorize(ContractApi.PARTIES)
	String propose(@PathVariable UUID id, @Valid @ModelAttribute("amendmentForm") AmendmentForm form,
			BindingResult binding, RedirectAttributes redirect) {
		return command(id, binding, redirect, () -> {
			amendments.propose(id, form.kind(), form.content(), form.amount() == null ? null : Money.of(form.amount()),
					form.subcontractor());
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
		return "portal/contracts";
	}

	@GetMapping("/portal/contracts/{id}/pdf")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> publishedPdf(@PathVariable UUID id) {
		Contracts.Contract contract = contracts.publishedContract(id);
		return ContractApi.pdf(documents.published(id), ContractDocuments.fileName(contract, true));
	}

	private String draftForm(ProcurementAwards.Award award, Model model) {
		model.addAttribute("award", award);
		model.addAttribute("templates", Template.values());
		model.addAttribute("clauses", editableClauses());
		model.addAttribute("allClauses", Clause.values());
		model.addAttribute("conditions", TermPolicy.MultiYearCondition.values());
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

	/**
	 * Runs a command posted from the contract page with its form: input that does not
	 * bind or validate goes back to the page as the refusal, like the command's own.
	 */
	private String command(UUID contractId, BindingResult binding, RedirectAttributes redirect,
			Supplier<String> command) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("flashError",
					String.join("；", binding.getAllErrors().stream().map(this::message).distinct().toList()));
			return "redirect:/contracts/" + contractId;
		}
		return act(contractId, redirect, command);
	}

	private String message(ObjectError error) {
		return messages.getMessage(error, Locale.SIMPLIFIED_CHINESE);
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

	private static Money money(String value, String label) {
		try {
			return Money.of(new BigDecimal(value == null ? "" : value.replace(",", "").strip()));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("amount", label + "须为数字（元）");
		}
	}

}
