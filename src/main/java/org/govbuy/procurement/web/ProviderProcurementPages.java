package org.govbuy.procurement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.platform.CurrentUser;
import org.govbuy.procurement.application.Awards;
import org.govbuy.procurement.application.Bidding;
import org.govbuy.procurement.application.ProjectAccess;
import org.govbuy.procurement.application.ProjectView;
import org.govbuy.procurement.domain.ChallengeDeadlines;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.Money;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Providers' procurement pages: the announced projects, their bids and challenges. */
@Controller
class ProviderProcurementPages {

	private final ProjectAccess access;

	private final Bidding bidding;

	private final Awards awards;

	private final Clock clock;

	ProviderProcurementPages(ProjectAccess access, Bidding bidding, Awards awards, Clock clock) {
		this.access = access;
		this.bidding = bidding;
		this.awards = awards;
		this.clock = clock;
	}

	/** A bid: the price in yuan and the proposal, sealed until the deadline. */
	record BidForm(
			@NotNull(message = "请填写报价（元）") @DecimalMin(value = "0.01", message = "请填写大于0的报价（元）") @Digits(integer = 14,
					fraction = 2, message = "报价须为元，最多两位小数") BigDecimal price,
			@NotBlank(message = "请填写响应方案（服务方案、人员配备、质量保障等）") @Size(max = 20000,
					message = "响应方案不超过20000字") String proposal) {
	}

	/** A challenge of the result (or the documents, or a step). */
	record ChallengeForm(ChallengeDeadlines.Subject subject,
			@NotBlank(message = "请写明质疑事项、事实依据和请求") @Size(max = 4000, message = "质疑内容不超过4000字") String content) {
	}

	@GetMapping("/provider/procurements")
	@PreAuthorize("hasRole('PROVIDER')")
	String list(Model model) {
		model.addAttribute("projects", access.list(CurrentUser.require()));
		return "procurement/provider-list";
	}

	@GetMapping("/provider/procurements/{id}")
	@PreAuthorize("hasRole('PROVIDER')")
	String detail(@PathVariable UUID id, Model model) {
		return show(id, model);
	}

	@PostMapping("/provider/procurements/{id}/bid")
	@PreAuthorize("hasRole('PROVIDER')")
	String bid(@PathVariable UUID id, @Valid @ModelAttribute("bidForm") BidForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormCommands.run(path(id), binding, model, redirect, () -> {
			bidding.bid(id, Money.of(form.price()), form.proposal());
			return "投标（响应）文件已提交并密封，截止时间前任何人不能查看";
		}, () -> show(id, model));
	}

	@PostMapping("/provider/procurements/{id}/challenge")
	@PreAuthorize("hasRole('PROVIDER')")
	String challenge(@PathVariable UUID id, @Valid @ModelAttribute("challengeForm") ChallengeForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormCommands.run(path(id), binding, model, redirect, () -> {
			awards.challenge(id, form.subject(), form.content());
			return "质疑已提交，采购人应在7个工作日内答复";
		}, () -> show(id, model));
	}

	private String show(UUID id, Model model) {
		ProjectView project = access.visible(id);
		model.addAttribute("project", project);
		model.addAttribute("notices", access.notices(id));
		model.addAttribute("bids", bidding.bids(id));
		model.addAttribute("challenges", awards.challenges(id));
		model.addAttribute("open",
				project.status() == ProjectStatus.ANNOUNCED && clock.instant().isBefore(project.responseDeadline()));
		model.addAttribute("reported",
				project.status() == ProjectStatus.AWARDED || project.status() == ProjectStatus.EVALUATED);
		model.addAttribute("awarded", project.status() == ProjectStatus.AWARDED);
		if (!model.containsAttribute("bidForm")) {
			model.addAttribute("bidForm", new BidForm(null, null));
		}
		if (!model.containsAttribute("challengeForm")) {
			model.addAttribute("challengeForm", new ChallengeForm(ChallengeDeadlines.Subject.RESULT, null));
		}
		return "procurement/provider-project";
	}

	private static String path(UUID id) {
		return "/provider/procurements/" + id;
	}

}
