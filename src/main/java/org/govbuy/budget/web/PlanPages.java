package org.govbuy.budget.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.govbuy.budget.FundsLedger;
import org.govbuy.budget.application.AnnualPlans;
import org.govbuy.budget.application.Intentions;
import org.govbuy.budget.domain.ExAnteAssessment;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineStatus;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.catalog.CatalogItems;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.platform.Role;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolationException;

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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of annual plans for purchasing units and finance. */
@Controller
class PlanPages {

	static final String VIEWERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD', 'ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final AnnualPlans plans;

	private final Intentions intentions;

	private final FundsLedger ledger;

	private final CatalogItems catalog;

	private final RegionalParameters parameters;

	private final Clock clock;

	private final BudgetBindingMessages bindingMessages;

	private final PlanPastPerformance pastPerformance;

	PlanPages(AnnualPlans plans, Intentions intentions, FundsLedger ledger, CatalogItems catalog,
			RegionalParameters parameters, Clock clock, BudgetBindingMessages bindingMessages,
			PlanPastPerformance pastPerformance) {
		this.pastPerformance = pastPerformance;
		this.plans = plans;
		this.intentions = intentions;
		this.ledger = ledger;
		this.catalog = catalog;
		this.parameters = parameters;
		this.clock = clock;
		this.bindingMessages = bindingMessages;
	}

	/**
	 * Starting a unit's plan for a year.
	 *
	 * @param fiscalYear the budget year
	 */
	record StartForm(@NotNull(message = "请选择预算年度") Integer fiscalYear) {
	}

	/**
	 * Finance's review of a line: approve or return, with a comment.
	 *
	 * @param comment 审核意见 (required when returning, and when the line has negative-list
	 * hints)
	 */
	record ReviewForm(String comment) {
	}

	/**
	 * A mid-year adjustment request (年中调整) of an approved line.
	 *
	 * @param newAmount the amount asked for, in yuan
	 * @param reason why
	 */
	record AdjustmentForm(@NotNull(message = "请填写调整后金额") BigDecimal newAmount, String reason) {
	}

	/**
	 * Finance's decision on an adjustment request.
	 *
	 * @param approve agree (true) or not
	 * @param comment finance's comment
	 */
	record AdjustmentDecisionForm(@NotNull(message = "请选择同意或不同意") Boolean approve, String comment) {
	}

	/**
	 * A procurement intention (采购意向) to publish for an approved line.
	 *
	 * @param lineId the approved line
	 * @param projectName the project's name as published
	 * @param demandSummary 采购需求概况
	 * @param expectedMonth 预计采购时间
	 * @param urgent whether the purchase is urgent (no 30-day wait)
	 * @param urgentReason why it is urgent
	 */
	record IntentionForm(@NotNull(message = "请选择已批复项目") UUID lineId, String projectName, String demandSummary,
			@DateTimeFormat(pattern = "yyyy-MM") YearMonth expectedMonth, Boolean urgent, String urgentReason) {

		Intentions.Publication publication() {
			return new Intentions.Publication(projectName, demandSummary, expectedMonth, Boolean.TRUE.equals(urgent),
					urgentReason);
		}

	}

	@GetMapping("/budget/plans")
	@PreAuthorize(VIEWERS)
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) PlanStatus status,
			Model model) {
		CurrentUser user = CurrentUser.require();
		int thisYear = LocalDate.now(clock).getYear();
		model.addAttribute("plans", plans.list(user.scope(), year, status));
		model.addAttribute("year", year);
		model.addAttribute("status", status);
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("years", List.of(thisYear + 1, thisYear, thisYear - 1));
		model.addAttribute("nextYear", thisYear + 1);
		model.addAttribute("purchaser", isPurchaser(user));
		return "budget/plans";
	}

	@PostMapping("/budget/plans")
	@PreAuthorize(PlanApi.PURCHASERS)
	String start(@Valid @ModelAttribute("startForm") StartForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("flashError", "预算年度不正确：" + bindingMessages.of(binding));
			return "redirect:/budget/plans";
		}
		try {
			Plan plan = plans.start(FiscalYear.of(form.fiscalYear()));
			return "redirect:/budget/plans/" + plan.id();
		}
		catch (IllegalArgumentException | InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", "预算年度不正确：" + ex.getMessage());
			return "redirect:/budget/plans";
		}
	}

	@GetMapping("/budget/plans/{id}")
	@PreAuthorize(VIEWERS)
	String detail(@PathVariable UUID id, Model model) {
		CurrentUser user = CurrentUser.require();
		Plan plan = plans.visible(id);
		model.addAttribute("plan", plan);
		model.addAttribute("history", plans.history(id));
		model.addAttribute("adjustments", plans.adjustments(id));
		Map<UUID, FundsLedger.Balance> balances = new HashMap<>();
		for (PlanLine line : plan.lines()) {
			if (line.status() == LineStatus.APPROVED) {
				balances.put(line.id(), ledger.balance(line.id()));
			}
		}
		model.addAttribute("balances", balances);
		Map<UUID, Intentions.Intention> published = new HashMap<>();
		intentions.list(user.scope(), null, plan.fiscalYear().value())
			.forEach(intention -> published.put(intention.lineId(), intention));
		model.addAttribute("intentions", published);
		boolean own = isPurchaser(user) && plan.unitId().equals(user.organizationId());
		model.addAttribute("own", own);
		model.addAttribute("canEdit", own && plan.status().editable());
		model.addAttribute("canSubmit",
				own && (plan.status().editable() || plan.lines()
					.stream()
					.anyMatch(line -> line.status() == LineStatus.DRAFT || line.status() == LineStatus.RETURNED)));
		model.addAttribute("decider", user.hasRole(Role.FINANCE_REVIEWER));
		model.addAttribute("zone", CHINA);
		pastPerformance.addTo(model, plan);
		return "budget/plan";
	}

	@GetMapping("/budget/plans/{id}/lines/new")
	@PreAuthorize(PlanApi.PURCHASERS)
	String newLine(@PathVariable UUID id, Model model) {
		Plan plan = plans.visible(id);
		Map<String, String> values = new HashMap<>();
		values.put("fundingSource", FundingSource.DEPARTMENT_BUDGET.name());
		return lineForm(plan, null, values, model);
	}

	@GetMapping("/budget/plans/{id}/lines/{lineId}/edit")
	@PreAuthorize(PlanApi.PURCHASERS)
	String editLine(@PathVariable UUID id, @PathVariable UUID lineId, Model model) {
		Plan plan = plans.visible(id);
		PlanLine line = plan.line(lineId);
		Map<String, String> values = LineForm.values(line.draft());
		model.addAttribute("declared", new ArrayList<>(line.draft().declared()));
		return lineForm(plan, line, values, model);
	}

	@PostMapping("/budget/plans/{id}/lines")
	@PreAuthorize(PlanApi.PURCHASERS)
	String addLine(@PathVariable UUID id, @Valid @ModelAttribute("lineForm") LineForm form, BindingResult binding,
			WebRequest request, Model model, RedirectAttributes redirect) {
		PlanLine[] added = new PlanLine[1];
		if (saved(binding, request, model, () -> added[0] = plans.addLine(id, form.draft()))) {
			PlanLine line = added[0];
			redirect.addFlashAttribute("flash", "已添加" + line.label()
					+ (line.status() == LineStatus.AWAITING_FILING ? "。该目录条目不在本地区指导性目录中，须待财政部门审核备案后方可提交" : ""));
			return "redirect:/budget/plans/" + id;
		}
		Plan plan = plans.visible(id);
		return lineForm(plan, null, LineForm.echo(request.getParameterMap()), model);
	}

	@PostMapping("/budget/plans/{id}/lines/{lineId}")
	@PreAuthorize(PlanApi.PURCHASERS)
	String reviseLine(@PathVariable UUID id, @PathVariable UUID lineId,
			@Valid @ModelAttribute("lineForm") LineForm form, BindingResult binding, WebRequest request, Model model,
			RedirectAttributes redirect) {
		PlanLine[] revised = new PlanLine[1];
		if (saved(binding, request, model, () -> revised[0] = plans.reviseLine(id, lineId, form.draft()))) {
			redirect.addFlashAttribute("flash", "已保存" + revised[0].label());
			return "redirect:/budget/plans/" + id;
		}
		Plan plan = plans.visible(id);
		return lineForm(plan, plan.line(lineId), LineForm.echo(request.getParameterMap()), model);
	}

	/**
	 * Saves a line from its form; when the form or the rules refuse it, puts the reason
	 * ({@code error}) or the rules ({@code violations}) and what was declared on the
	 * page.
	 */
	private boolean saved(BindingResult binding, WebRequest request, Model model, Runnable save) {
		if (!binding.hasErrors()) {
			try {
				save.run();
				return true;
			}
			catch (InvalidInputException | IllegalArgumentException ex) {
				model.addAttribute("error", ex.getMessage());
			}
			catch (RuleViolationException ex) {
				model.addAttribute("violations", ex.violations());
			}
		}
		else {
			model.addAttribute("error", bindingMessages.of(binding));
		}
		model.addAttribute("declared", LineForm.declared(request.getParameterMap()));
		return false;
	}

	@PostMapping("/budget/plans/{id}/lines/{lineId}/delete")
	@PreAuthorize(PlanApi.PURCHASERS)
	String removeLine(@PathVariable UUID id, @PathVariable UUID lineId, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			plans.removeLine(id, lineId);
			return "已删除该项目";
		});
	}

	@PostMapping("/budget/plans/{id}/lines/{lineId}/recheck")
	@PreAuthorize(PlanApi.PURCHASERS)
	String recheck(@PathVariable UUID id, @PathVariable UUID lineId, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			PlanLine line = plans.recheckCatalog(id, lineId);
			return line.status() == LineStatus.AWAITING_FILING ? line.label() + "的目录条目仍未备案"
					: line.label() + "的目录条目已备案，可以提交";
		});
	}

	@PostMapping("/budget/plans/{id}/submit")
	@PreAuthorize(PlanApi.PURCHASERS)
	String submit(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			Plan plan = plans.submit(id);
			long flagged = plan.lines().stream().filter(line -> line.flags().raised()).count();
			return "已提交财政审核" + (flagged > 0 ? "；" + flagged + "个项目有须财政审核人员决定的提示" : "");
		});
	}

	@PostMapping("/budget/plans/{id}/lines/{lineId}/approve")
	@PreAuthorize(PlanApi.DECIDERS)
	String approve(@PathVariable UUID id, @PathVariable UUID lineId,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, binding, redirect, () -> "已批复" + plans.approveLine(id, lineId, form.comment()).label());
	}

	@PostMapping("/budget/plans/{id}/lines/{lineId}/return")
	@PreAuthorize(PlanApi.DECIDERS)
	String giveBack(@PathVariable UUID id, @PathVariable UUID lineId,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, binding, redirect, () -> "已退回" + plans.returnLine(id, lineId, form.comment()).label());
	}

	@PostMapping("/budget/plans/{id}/lines/{lineId}/adjustments")
	@PreAuthorize(PlanApi.PURCHASERS)
	String requestAdjustment(@PathVariable UUID id, @PathVariable UUID lineId,
			@Valid @ModelAttribute("adjustmentForm") AdjustmentForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return act(id, binding, redirect, () -> {
			plans.requestAdjustment(id, lineId, Money.of(form.newAmount()), form.reason());
			return "已提交年中调整申请，待财政部门审核";
		});
	}

	@PostMapping("/budget/plans/{id}/adjustments/{adjustmentId}")
	@PreAuthorize(PlanApi.DECIDERS)
	String decideAdjustment(@PathVariable UUID id, @PathVariable UUID adjustmentId,
			@Valid @ModelAttribute("adjustmentDecisionForm") AdjustmentDecisionForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return act(id, binding, redirect, () -> {
			plans.decideAdjustment(adjustmentId, form.approve(), form.comment());
			return form.approve() ? "已同意调整，资金台账的批复金额已更新" : "已答复不同意调整";
		});
	}

	@GetMapping("/budget/review")
	@PreAuthorize("hasAnyRole('FINANCE_CLERK', 'FINANCE_REVIEWER')")
	String review(Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("submitted", plans.list(user.scope(), null, PlanStatus.SUBMITTED));
		model.addAttribute("adjusting", plans.list(user.scope(), null, PlanStatus.ADJUSTING));
		return "budget/review";
	}

	// ---- intentions ------------------------------------------------------------------

	@GetMapping("/budget/intentions")
	@PreAuthorize("hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD', 'FINANCE_CLERK', 'FINANCE_REVIEWER')")
	String intentions(@RequestParam(required = false) UUID line, Model model) {
		CurrentUser user = CurrentUser.require();
		model.addAttribute("intentions", intentions.list(user.scope(), null, null));
		boolean purchaser = isPurchaser(user);
		model.addAttribute("purchaser", purchaser);
		if (purchaser) {
			List<Intentions.PlanLineChoice> choices = intentions.linesWithoutIntention(user.organizationId());
			model.addAttribute("choices", choices);
			model.addAttribute("selected",
					choices.stream()
						.filter(choice -> choice.lineId().equals(line))
						.findFirst()
						.orElse(choices.isEmpty() ? null : choices.get(0)));
		}
		model.addAttribute("today", LocalDate.now(clock));
		return "budget/intentions";
	}

	@PostMapping("/budget/intentions")
	@PreAuthorize(PlanApi.PURCHASERS)
	String publish(@Valid @ModelAttribute("intentionForm") IntentionForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("flashError", bindingMessages.of(binding));
			return "redirect:/budget/intentions";
		}
		try {
			Intentions.Intention published = intentions.publish(form.lineId(), form.publication());
			redirect.addFlashAttribute("flash",
					"已公开采购意向“" + published.projectName() + "”，最早可于" + published.earliestStart() + "开始采购活动");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("violations", ex.violations());
		}
		return "redirect:/budget/intentions";
	}

	@GetMapping("/portal/intentions")
	@PreAuthorize("permitAll()")
	String publicIntentions(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			Model model) {
		String prefix = region == null || !region.matches("\\d{2,6}") ? null : region;
		model.addAttribute("intentions", intentions.list(null, prefix, year));
		model.addAttribute("region", prefix);
		model.addAttribute("year", year);
		return "portal/intentions";
	}

	// ---- helpers ---------------------------------------------------------------------

	/** The later years the form asks amounts for: those of the medium-term plan. */
	private List<Integer> laterYears(Plan plan) {
		int fiscalYear = plan.fiscalYear().value();
		int planYears = parameters.days(plan.region(), PolicyParameter.MEDIUM_TERM_PLAN_YEARS,
				plan.fiscalYear().start());
		return IntStream.range(1, Math.max(planYears, 1)).map(i -> fiscalYear + i).boxed().toList();
	}

	private String lineForm(Plan plan, PlanLine line, Map<String, String> values, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("line", line);
		model.addAttribute("form", values);
		if (!model.containsAttribute("declared")) {
			model.addAttribute("declared", List.of());
		}
		model.addAttribute("laterYears", laterYears(plan));
		model.addAttribute("items", catalog.publishedItems(plan.region(), plan.fiscalYear()));
		model.addAttribute("fundingSources", FundingSource.values());
		model.addAttribute("categories", TargetCategory.values());
		model.addAttribute("conclusions", ExAnteAssessment.Conclusion.values());
		model.addAttribute("declarable", LineForm.DECLARABLE);
		model.addAttribute("majorThreshold", parameters.money(plan.region(),
				PolicyParameter.MAJOR_SERVICE_PROJECT_THRESHOLD, plan.fiscalYear().start()));
		return "budget/line-form";
	}

	/** Runs a command posted with a form: what the form got wrong is refused first. */
	private String act(UUID planId, BindingResult binding, RedirectAttributes redirect,
			java.util.function.Supplier<String> command) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("flashError", bindingMessages.of(binding));
			return "redirect:/budget/plans/" + planId;
		}
		return act(planId, redirect, command);
	}

	private String act(UUID planId, RedirectAttributes redirect, java.util.function.Supplier<String> command) {
		try {
			redirect.addFlashAttribute("flash", command.get());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flashError", ex.getMessage());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("violations", ex.violations());
		}
		return "redirect:/budget/plans/" + planId;
	}

	private static boolean isPurchaser(CurrentUser user) {
		return user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD);
	}

}
