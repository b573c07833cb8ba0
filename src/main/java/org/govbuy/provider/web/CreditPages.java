package org.govbuy.provider.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.provider.application.CreditHistories;
import org.govbuy.provider.application.RestrictionProposals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's credit history (page and JSON) and finance's decisions on proposals to
 * restrict providers graded 差 twice within two years.
 */
@Controller
class CreditPages {

	static final String FINANCE_AND_SUPERVISION = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')";

	private final CreditHistories histories;

	private final RestrictionProposals proposals;

	CreditPages(CreditHistories histories, RestrictionProposals proposals) {
		this.histories = histories;
		this.proposals = proposals;
	}

	/** Finance's decision on a proposal; a dismissal needs its reason. */
	record DecisionForm(Boolean restrict, @Size(max = 1000, message = "决定理由不超过1000字") String reason) {
	}

	@GetMapping("/provider/{id}/credit")
	@PreAuthorize("isAuthenticated()")
	String history(@PathVariable UUID id, Model model) {
		model.addAttribute("history", histories.of(id));
		model.addAttribute("kinds", CreditHistories.Kind.values());
		return "provider/credit";
	}

	@GetMapping("/provider/credit/proposals")
	@PreAuthorize(FINANCE_AND_SUPERVISION)
	String proposals(Model model) {
		model.addAttribute("proposals", proposals.list(CurrentUser.require().scope()));
		model.addAttribute("decider", CurrentUser.require()
			.hasAnyRole(org.govbuy.platform.Role.FINANCE_REVIEWER, org.govbuy.platform.Role.ADMIN));
		return "provider/proposals";
	}

	@PostMapping("/provider/credit/proposals/{id}/accept")
	@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_REVIEWER')")
	String accept(@PathVariable UUID id, @Valid DecisionForm form, RedirectAttributes redirect) {
		boolean restrict = !Boolean.FALSE.equals(form.restrict());
		UUID provider = proposals.accept(id, restrict, form.reason());
		if (restrict) {
			redirect.addFlashAttribute("flash", "已采纳限制建议，限制记入信用记录");
			return "redirect:/provider/credit/proposals";
		}
		redirect.addFlashAttribute("flash", "已采纳限制建议，请在下方作出禁入决定");
		return "redirect:/provider/reviews/" + provider + "#debarment-form";
	}

	@PostMapping("/provider/credit/proposals/{id}/dismiss")
	@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_REVIEWER')")
	String dismiss(@PathVariable UUID id, @Valid DecisionForm form, RedirectAttributes redirect) {
		try {
			proposals.dismiss(id, form.reason());
			redirect.addFlashAttribute("flash", "已决定不予采纳");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		return "redirect:/provider/credit/proposals";
	}

}
