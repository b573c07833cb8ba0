package org.govbuy.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.govbuy.budget.BudgetLines;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.application.NewProject;
import org.govbuy.procurement.application.ProcurementSetup;
import org.govbuy.procurement.application.ProjectAccess;
import org.govbuy.procurement.application.ProjectView;
import org.govbuy.procurement.application.Safeguards;
import org.govbuy.procurement.application.SingleSource;
import org.govbuy.procurement.domain.DepositPolicy;
import org.govbuy.procurement.domain.EvaluationMethod;
import org.govbuy.procurement.domain.MethodChoice;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.procurement.domain.NoticeContentPolicy;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.Money;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The purchasing unit's procurement pages, for finance and supervisors to read too: the
 * projects, starting one from an approved line, the project page and its set-up commands
 * (notice, 单一来源 公示, amendments, the trading center's number, termination).
 */
@Controller
class ProcurementPages {

	static final String STAFF = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'PURCHASER_CLERK', 'PURCHASER_HEAD', 'SUPERVISOR')";

	private final ProjectAccess access;

	private final ProcurementSetup setup;

	private final ProjectPage page;

	private final BudgetLines lines;

	private final PreferredSuggestions suggestions;

	ProcurementPages(ProjectAccess access, ProcurementSetup setup, ProjectPage page, BudgetLines lines,
			PreferredSuggestions suggestions) {
		this.suggestions = suggestions;
		this.access = access;
		this.setup = setup;
		this.page = page;
		this.lines = lines;
	}

	/** The form that starts a procurement; it may hold invalid input. */
	record ProjectForm(@NotNull(message = "请选择已批复的预算项目") UUID planLineId,
			@NotBlank(message = "请填写项目名称") @Size(max = 200, message = "项目名称不超过200字") String name,
			@NotBlank(message = "请填写采购需求（服务内容）") @Size(max = 4000, message = "采购需求不超过4000字") String demand,
			@Size(max = 2000, message = "服务标准不超过2000字") String serviceStandard,
			@Size(max = 2000, message = "资格条件不超过2000字") String conditions,
			@NotNull(message = "请选择采购方式") ProcurementMethod method, Set<MethodGround> grounds,
			Boolean competentUnitConsent, Boolean financeApproval,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedOn,
			@Size(max = 1000, message = "理由不超过1000字") String rationale,
			@NotNull(message = "请填写采购预算（元）") @DecimalMin(value = "0.01", message = "请填写大于0的采购预算") BigDecimal budget,
			@DecimalMin(value = "0.01", message = "最高限价须大于0（元）") BigDecimal maxPrice,
			@NotNull(message = "请填写价格分值比重，例如 0.30") BigDecimal priceWeight,
			@PositiveOrZero(message = "投标保证金不能为负数") BigDecimal deposit, DepositPolicy.Form depositForm,
			Boolean publicService, Boolean technicallyComplex,
			@PositiveOrZero(message = "需求调查对象数量不能为负数") Integer surveyParties,
			@Size(max = 2000, message = "需求调查情况不超过2000字") String surveySummary, Boolean urgent,
			@Size(max = 1000, message = "紧急原因不超过1000字") String urgentReason, String urgentApprovedBy,
			EvaluationMethod evaluation) {

		static ProjectForm of(BudgetLines.ApprovedLine line) {
			return new ProjectForm(line.lineId(), line.projectName(), line.serviceContent(), line.serviceStandard(),
					null, ProcurementMethod.COMPETITIVE_CONSULTATION, EnumSet.noneOf(MethodGround.class), false, false,
					null, null, line.funds().available().amount(), null, new BigDecimal("0.30"), null, null, false,
					false, null, null, false, null, null, EvaluationMethod.COMPREHENSIVE);
		}

		NewProject toNewProject() {
			return new NewProject(planLineId, name, demand, serviceStandard, conditions, method,
					grounds == null || grounds.isEmpty() ? EnumSet.noneOf(MethodGround.class) : EnumSet.copyOf(grounds),
					new MethodChoice.Approvals(Boolean.TRUE.equals(competentUnitConsent),
							Boolean.TRUE.equals(financeApproval), approvedOn),
					rationale, Money.of(budget), maxPrice == null ? null : Money.of(maxPrice), priceWeight,
					new Safeguards(deposit == null ? null : Money.of(deposit), depositForm,
							Boolean.TRUE.equals(publicService), Boolean.TRUE.equals(technicallyComplex),
							surveyParties == null ? 0 : surveyParties, surveySummary, Boolean.TRUE.equals(urgent),
							urgentReason, urgentApprovedBy, evaluation == EvaluationMethod.LOWEST_PRICE));
		}

	}

	/** Publishing the procurement notice. */
	record AnnounceForm(
			@NotNull(message = "请填写采购文件发出日期") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentsIssued,
			@NotNull(message = "请填写响应截止时间") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime responseDeadline) {
	}

	/** Publishing the 单一来源 公示; the opinions one per line as 姓名|工作单位|职称|意见. */
	record SingleSourceForm(@NotBlank(message = "请填写拟定的唯一供应商") String supplier,
			@NotBlank(message = "请填写供应商地址") String supplierAddress, @NotBlank(message = "请填写采用单一来源方式的原因") String reason,
			String opinions) {

		SingleSource toSingleSource() {
			List<NoticeContentPolicy.ExpertOpinion> parsed = new ArrayList<>();
			for (String line : opinions == null ? List.<String>of() : opinions.lines().toList()) {
				String[] parts = line.split("[|｜]", 4);
				if (parts.length == 4) {
					parsed.add(new NoticeContentPolicy.ExpertOpinion(parts[0].strip(), parts[1].strip(),
							parts[2].strip(), parts[3].strip()));
				}
				else if (!line.isBlank()) {
					throw new InvalidInputException("opinions", "论证意见每行按 姓名|工作单位|职称|意见 填写：" + line);
				}
			}
			return new SingleSource(supplier, supplierAddress, reason, parsed);
		}

	}

	/** A clarification or change of the documents, possibly moving the deadline. */
	record ClarifyForm(@NotBlank(message = "请填写澄清或修改的内容") @Size(max = 4000, message = "内容不超过4000字") String content,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime responseDeadline) {
	}

	/** The public resource trading center's project number. */
	record ReferenceForm(
			@NotBlank(message = "请填写交易中心项目编号") @Size(max = 100, message = "交易中心项目编号不超过100字") String reference) {
	}

	/** 废标/终止 with its reason. */
	record TerminateForm(@NotBlank(message = "请填写废标（终止）理由") @Size(max = 1000, message = "理由不超过1000字") String reason) {
	}

	@GetMapping("/procurement/projects")
	@PreAuthorize(STAFF)
	String list(Model model) {
		CurrentUser user = CurrentUser.require();
		List<ProjectView> projects = access.list(user);
		model.addAttribute("projects", projects);
		boolean purchaser = user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD);
		model.addAttribute("purchaser", purchaser);
		if (purchaser) {
			// A line whose service has been awarded is done: the award's savings go back
			// to the line's funds, but they are not an invitation to buy the same service
			// twice.
			Set<UUID> awarded = projects.stream()
				.filter(project -> project.status() == ProjectStatus.AWARDED)
				.map(ProjectView::planLineId)
				.collect(Collectors.toSet());
			model.addAttribute("lines",
					lines.approvedOf(user.organizationId())
						.stream()
						.filter(line -> line.funds().available().isPositive())
						.filter(line -> !awarded.contains(line.lineId()))
						.toList());
		}
		return "procurement/projects";
	}

	@GetMapping("/procurement/projects/new")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String newProject(@RequestParam UUID line, Model model) {
		BudgetLines.ApprovedLine approved = ownLine(line);
		model.addAttribute("projectForm", ProjectForm.of(approved));
		return projectForm(approved, model);
	}

	@PostMapping("/procurement/projects")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String create(@Valid @ModelAttribute("projectForm") ProjectForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (form.planLineId() == null) {
			throw new NotFoundException("预算项目不存在或未批复");
		}
		BudgetLines.ApprovedLine line = ownLine(form.planLineId());
		ProjectView[] created = new ProjectView[1];
		String result = FormCommands.run("/procurement/projects", binding, model, redirect, () -> {
			created[0] = setup.create(form.toNewProject());
			return "已发起采购并预留资金" + created[0].budget().format();
		}, () -> projectForm(line, model));
		return created[0] == null ? result : "redirect:" + ProjectPage.path(created[0].id());
	}

	private String projectForm(BudgetLines.ApprovedLine line, Model model) {
		model.addAttribute("line", line);
		model.addAttribute("methods", ProcurementMethod.values());
		model.addAttribute("grounds", MethodGround.values());
		model.addAttribute("depositForms", DepositPolicy.Form.values());
		suggestions.addTo(model, line);
		return "procurement/project-form";
	}

	@GetMapping("/procurement/projects/{id}")
	@PreAuthorize(STAFF)
	String detail(@PathVariable UUID id, Model model) {
		return page.show(id, model);
	}

	@PostMapping("/procurement/projects/{id}/announce")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String announce(@PathVariable UUID id, @Valid @ModelAttribute("announceForm") AnnounceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			setup.announce(id, form.documentsIssued(), form.responseDeadline());
			return "采购公告已发布";
		}, () -> page.show(id, model));
	}

	@PostMapping("/procurement/projects/{id}/single-source-notice")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String singleSource(@PathVariable UUID id, @Valid @ModelAttribute("singleSourceForm") SingleSourceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			setup.announceSingleSource(id, form.toSingleSource());
			return "单一来源采购公示已发布";
		}, () -> page.show(id, model));
	}

	@PostMapping("/procurement/projects/{id}/clarifications")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String clarify(@PathVariable UUID id, @Valid @ModelAttribute("clarifyForm") ClarifyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			setup.clarify(id, form.content(), form.responseDeadline());
			return "更正公告已发布";
		}, () -> page.show(id, model));
	}

	@PostMapping("/procurement/projects/{id}/trading-center-reference")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String reference(@PathVariable UUID id, @Valid @ModelAttribute("referenceForm") ReferenceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			setup.recordTradingCenterReference(id, form.reference());
			return "已记录交易中心项目编号";
		}, () -> page.show(id, model));
	}

	@PostMapping("/procurement/projects/{id}/terminate")
	@PreAuthorize(ProcurementApi.PURCHASERS)
	String terminate(@PathVariable UUID id, @Valid @ModelAttribute("terminateForm") TerminateForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		return FormCommands.run(ProjectPage.path(id), binding, model, redirect, () -> {
			setup.terminate(id, form.reason());
			return "采购已终止，预留资金已释放";
		}, () -> page.show(id, model));
	}

	private BudgetLines.ApprovedLine ownLine(UUID lineId) {
		CurrentUser user = CurrentUser.require();
		return lines.approved(lineId)
			.filter(line -> line.unitId().equals(user.organizationId()))
			.orElseThrow(() -> new NotFoundException("预算项目不存在或未批复"));
	}

}
