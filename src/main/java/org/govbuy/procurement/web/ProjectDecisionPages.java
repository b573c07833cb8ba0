package org.govbuy.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.procurement.application.Awards;
import org.govbuy.procurement.application.Evaluations;
import org.govbuy.procurement.application.FrameworkOrders;
import org.govbuy.procurement.application.ProjectView;
import org.govbuy.procurement.domain.ChallengeOutcome;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.Money;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The purchaser's decisions on the project page after the deadline: the panel, the
 * report, the award or the framework agreement's admissions and orders, and the answers
 * to challenges.
 */
@Controller
class ProjectDecisionPages {

	private final Evaluations evaluations;

	private final Awards awards;

	private final FrameworkOrders frameworks;

	private final ProjectPage page;

	ProjectDecisionPages(Evaluations evaluations, Awards awards, FrameworkOrders frameworks, ProjectPage page) {
		this.evaluations = evaluations;
		this.awards = awards;
		this.frameworks = frameworks;
		this.page = page;
	}

	/** The panel chosen by username. */
	record PanelForm(List<String> members) {
	}

	/** The report has no input; its refusals show on this form. */
	record ReportForm() {
	}

	/**
	 * The bid confirmed as the winner, and the reason when it is not the first-ranked.
	 */
	record AwardForm(@NotNull(message = "请选择成交供应商") UUID bidId,
			@Size(max = 1000, message = "理由不超过1000字") String reason) {
	}

	/** The admitted bids of a framework agreement and its term. */
	record AdmitForm(List<UUID> bidIds,
			@NotNull(message = "请填写框架协议的起始日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreementStart,
			@NotNull(message = "请填写框架协议的截止日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate agreementEnd) {
	}

	/** An order under a framework agreement. */
	record OrderForm(@NotBlank(message = "请填写服务对象") @Size(max = 200, message = "服务对象不超过200字") String recipient,
			@NotBlank(message = "请填写服务内容") @Size(max = 1000, message = "服务内容不超过1000字") String description,
			@NotNull(message = "请填写订单金额（元）") @DecimalMin(value = "0.01", message = "订单金额须大于0（元）") BigDecimal amount,
			@NotNull(message = "请选择服务对象选择的供应商") UUID chosenBidId) {
	}

	/** The answer to a challenge and what it found. */
	record AnswerForm(@NotBlank(message = "请填写答复内容") @Size(max = 4000, message = "答复不超过4000字") String answer,
			ChallengeOutcome outcome) {
	}

	@PostMapping("/procurement/projects/{id}/panel")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String panel(@PathVariable UUID id, @Valid @ModelAttribute("panelForm") PanelForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			evaluations.startEvaluation(id, form.members() == null ? List.of() : form.members());
			return "评审小组已组建，评审开始";
		}, () -> page.show(id, model));
	}

	@PostMapping("/procurement/projects/{id}/report")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String report(@PathVariable UUID id, @ModelAttribute("reportForm") ReportForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			ProjectView project = evaluations.report(id);
			return project.status() == ProjectStatus.FAILED ? "有效供应商不足，采购终止：" + project.failureReason() : "评审报告已形成";
		}, () -> page.show(id, model));
	}

	@PostMapping("/procurement/projects/{id}/award")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String award(@PathVariable UUID id, @Valid @ModelAttribute("awardForm") AwardForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			awards.award(id, form.bidId(), form.reason());
			return "已确定成交供应商，结果公告已发布";
		}, () -> page.show(id, model));
	}

	@PostMapping("/procurement/projects/{id}/admit")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String admit(@PathVariable UUID id, @Valid @ModelAttribute("admitForm") AdmitForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			frameworks.admit(id, form.bidIds(), form.agreementStart(), form.agreementEnd());
			return "已确定入围供应商，入围结果公告已发布";
		}, () -> page.show(id, model));
	}

	@PostMapping("/procurement/projects/{id}/orders")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String order(@PathVariable UUID id, @Valid @ModelAttribute("orderForm") OrderForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			frameworks.order(id, form.recipient(), form.description(), Money.of(form.amount()), form.chosenBidId());
			return "订单已下达";
		}, () -> page.show(id, model));
	}

	@PostMapping("/procurement/projects/{id}/challenges/{challengeId}/answer")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String answer(@PathVariable UUID id, @PathVariable UUID challengeId,
			@Valid @ModelAttribute("answerForm") AnswerForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			awards.answer(challengeId, form.answer(), form.outcome());
			return "已答复质疑";
		}, () -> page.show(id, model));
	}

}
