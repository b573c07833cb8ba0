package org.govbuy.budget.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.govbuy.budget.application.Proposals;
import org.govbuy.budget.application.Proposals.Acceptance;
import org.govbuy.budget.application.Proposals.NewProposal;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.Role;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolationException;

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
 * 市场点餐 pages: the public proposes services and reads the answers on the portal; the
 * purchasing unit accepts a proposal into its next plan or declines it with a reason.
 */
@Controller
class ProposalPages {

	static final String READERS = "hasAnyRole('PURCHASER_CLERK','PURCHASER_HEAD','FINANCE_CLERK','FINANCE_REVIEWER')";

	static final String DECIDERS = "hasAnyRole('PURCHASER_CLERK','PURCHASER_HEAD')";

	static final String THANKS = "感谢您的建议！购买主体答复后，结果将在本页公开。";

	/**
	 * The portal form as entered, kept to fill the form again.
	 *
	 * @param unitId the purchasing unit
	 * @param serviceName 服务名称
	 * @param description 需求说明
	 * @param proposerName 提出人
	 * @param proposerContact 联系方式
	 * @param website a field hidden from people: only robots fill it in
	 */
	record ProposalForm(UUID unitId, String serviceName, String description, String proposerName,
			String proposerContact, String website) {

		NewProposal toProposal() {
			return new NewProposal(unitId, serviceName, description, proposerName, proposerContact);
		}

	}

	/**
	 * The unit's acceptance form as entered.
	 *
	 * @param catalogCode 目录代码
	 * @param amount 预算金额 in yuan
	 * @param fundingSource 资金来源
	 * @param serviceContent 服务内容
	 */
	record AcceptForm(String catalogCode, BigDecimal amount, FundingSource fundingSource, String serviceContent) {

		Acceptance toAcceptance() {
			return new Acceptance(catalogCode, amount == null ? null : Money.of(amount), fundingSource, serviceContent);
		}

	}

	private final Proposals proposals;

	private final BudgetBindingMessages bindingMessages;

	ProposalPages(Proposals proposals, BudgetBindingMessages bindingMessages) {
		this.proposals = proposals;
		this.bindingMessages = bindingMessages;
	}

	// ---- the portal -----------------------------------------------------------------

	@GetMapping("/portal/proposals")
	@PreAuthorize("permitAll()")
	String published(Model model) {
		model.addAttribute("proposals", proposals.published(null));
		return "portal/proposals";
	}

	@GetMapping("/portal/proposals/new")
	@PreAuthorize("permitAll()")
	String proposalForm(@RequestParam(required = false) UUID unit, Model model) {
		if (!model.containsAttribute("form")) {
			String proposer = CurrentUser.current()
				.filter(user -> user.hasRole(Role.PROVIDER))
				.map(CurrentUser::organizationName)
				.orElse(null);
			model.addAttribute("form", new ProposalForm(unit, null, null, proposer, null, null));
		}
		model.addAttribute("units", proposals.units(null));
		return "portal/proposal-form";
	}

	@PostMapping("/portal/proposals/new")
	@PreAuthorize("permitAll()")
	String propose(@Valid @ModelAttribute("form") ProposalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form == null) {
			// a value did not convert (the unit): show the form again as it was entered
			form = new ProposalForm(null, text(binding, "serviceName"), text(binding, "description"),
					text(binding, "proposerName"), text(binding, "proposerContact"), text(binding, "website"));
			model.addAttribute("form", form);
		}
		if (form.website() != null && !form.website().isBlank()) {
			// A robot filled in the hidden field: store nothing, answer as usual.
			redirect.addFlashAttribute("flash", THANKS);
			return "redirect:/portal/proposals";
		}
		if (binding.hasErrors()) {
			model.addAttribute("error", bindingMessages.of(binding));
			model.addAttribute("field", binding.getFieldError() == null ? null : binding.getFieldError().getField());
		}
		else {
			try {
				proposals.propose(form.toProposal());
				redirect.addFlashAttribute("flash", THANKS);
				return "redirect:/portal/proposals";
			}
			catch (InvalidInputException ex) {
				model.addAttribute("error", ex.getMessage());
				model.addAttribute("field", ex.field());
			}
		}
		return proposalForm(null, model);
	}

	// ---- purchasing units and finance
	// ---------------------------------------------------

	@GetMapping("/budget/proposals")
	@PreAuthorize(READERS)
	String list(Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("proposals", proposals.inScope());
		model.addAttribute("canDecide", user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD));
		model.addAttribute("nextYear", proposals.nextPlanYear().value());
		model.addAttribute("fundingSources", FundingSource.values());
		return "budget/proposals";
	}

	@PostMapping("/budget/proposals/{id}/accept")
	@PreAuthorize(DECIDERS)
	String accept(@PathVariable UUID id, @Valid @ModelAttribute("acceptForm") AcceptForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			model.addAttribute("error", bindingMessages.of(binding));
		}
		else {
			try {
				Proposals.Proposal accepted = proposals.accept(id, form.toAcceptance());
				redirect.addFlashAttribute("flash", "已采纳「" + accepted.serviceName() + "」，已作为草稿项目纳入"
						+ accepted.acceptedYear() + "年度购买计划，请在年度购买计划中补充绩效目标等内容后提交");
				return "redirect:/budget/proposals";
			}
			catch (RuleViolationException ex) {
				model.addAttribute("violations", ex.violations());
			}
			catch (InvalidInputException ex) {
				model.addAttribute("error", ex.getMessage());
			}
		}
		model.addAttribute("failedId", id);
		// as entered, also what did not convert (the form itself is then null)
		Map<String, Object> entered = new HashMap<>();
		for (String field : List.of("catalogCode", "amount", "fundingSource", "serviceContent")) {
			entered.put(field, text(binding, field));
		}
		model.addAttribute("accepted", entered);
		return list(model);
	}

	private static String text(BindingResult binding, String field) {
		Object value = binding.getFieldValue(field);
		return value == null ? null : value.toString();
	}

	/**
	 * The unit's answer that it does not take a proposal.
	 *
	 * @param reason 未采纳的理由, published on the portal
	 */
	record DeclineForm(String reason) {
	}

	@PostMapping("/budget/proposals/{id}/decline")
	@PreAuthorize(DECIDERS)
	String decline(@PathVariable UUID id, @Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			Proposals.Proposal declined = proposals.decline(id, form.reason());
			redirect.addFlashAttribute("flash", "已答复未采纳「" + declined.serviceName() + "」，理由已在门户公开");
			return "redirect:/budget/proposals";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		model.addAttribute("failedId", id);
		model.addAttribute("declineReason", form.reason());
		return list(model);
	}

}
