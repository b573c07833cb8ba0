package org.govbuy.procurement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.procurement.application.Bidding;
import org.govbuy.procurement.application.Evaluations;
import org.govbuy.procurement.application.PanelMember;
import org.govbuy.procurement.application.ProjectAccess;
import org.govbuy.procurement.application.ProjectView;
import org.govbuy.procurement.domain.ProjectStatus;

import org.springframework.security.access.AccessDeniedException;
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
 * Experts' evaluation pages: their panels, the declaration of no conflict, the scores.
 */
@Controller
class ExpertProcurementPages {

	private final ProjectAccess access;

	private final Bidding bidding;

	private final Evaluations evaluations;

	ExpertProcurementPages(ProjectAccess access, Bidding bidding, Evaluations evaluations) {
		this.access = access;
		this.bidding = bidding;
		this.evaluations = evaluations;
	}

	/** A member's declaration of no conflict; it has no input. */
	record DeclarationForm() {
	}

	/**
	 * A member's score sheet: technical points and comments by bid (fields
	 * {@code scores[bidId]}, {@code comments[bidId]}); a bid left blank is not scored.
	 */
	static final class ScoreSheet {

		private Map<UUID, BigDecimal> scores = new LinkedHashMap<>();

		private Map<UUID, String> comments = new LinkedHashMap<>();

		public Map<UUID, BigDecimal> getScores() {
			return scores;
		}

		public void setScores(Map<UUID, BigDecimal> scores) {
			this.scores = scores;
		}

		public Map<UUID, String> getComments() {
			return comments;
		}

		public void setComments(Map<UUID, String> comments) {
			this.comments = comments;
		}

	}

	@GetMapping("/expert/procurements")
	@PreAuthorize("hasRole('EXPERT')")
	String list(Model model) {
		model.addAttribute("projects", access.list(CurrentUser.require()));
		return "procurement/expert-list";
	}

	@GetMapping("/expert/procurements/{id}")
	@PreAuthorize("hasRole('EXPERT')")
	String detail(@PathVariable UUID id, Model model) {
		return show(id, model);
	}

	@PostMapping("/expert/procurements/{id}/declaration")
	@PreAuthorize("hasRole('EXPERT')")
	String declare(@PathVariable UUID id, @ModelAttribute("declarationForm") DeclarationForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormCommands.run(path(id), binding, model, redirect, () -> {
			evaluations.declare(id);
			return "已签署回避声明";
		}, () -> show(id, model));
	}

	@PostMapping("/expert/procurements/{id}/scores")
	@PreAuthorize("hasRole('EXPERT')")
	String scores(@PathVariable UUID id, @ModelAttribute("scoreSheet") ScoreSheet sheet, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormCommands.run(path(id), binding, model, redirect, () -> {
			List<UUID> scored = new ArrayList<>();
			sheet.getScores().forEach((bid, technical) -> {
				if (technical != null) {
					evaluations.score(id, bid, technical, sheet.getComments().get(bid));
					scored.add(bid);
				}
			});
			return "已保存" + scored.size() + "份评分";
		}, () -> show(id, model));
	}

	private String show(UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		ProjectView project = access.visible(id);
		model.addAttribute("project", project);
		PanelMember me = evaluations.panel(id)
			.stream()
			.filter(member -> member.username().equals(user.username()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("您不是本项目的评审成员"));
		model.addAttribute("me", me);
		model.addAttribute("evaluating", project.status() == ProjectStatus.EVALUATING);
		Map<UUID, BigDecimal> scores = evaluations.myScores(id);
		model.addAttribute("scores", scores);
		model.addAttribute("maxTechnical", Evaluations.maxTechnical(project).stripTrailingZeros().toPlainString());
		try {
			model.addAttribute("bids", bidding.open(id));
		}
		catch (AccessDeniedException ex) {
			model.addAttribute("bids", List.of());
			model.addAttribute("sealed", ex.getMessage());
		}
		if (!model.containsAttribute("scoreSheet")) {
			ScoreSheet sheet = new ScoreSheet();
			sheet.setScores(new LinkedHashMap<>(scores));
			model.addAttribute("scoreSheet", sheet);
		}
		if (!model.containsAttribute("declarationForm")) {
			model.addAttribute("declarationForm", new DeclarationForm());
		}
		return "procurement/expert-project";
	}

	private static String path(UUID id) {
		return "/expert/procurements/" + id;
	}

}
