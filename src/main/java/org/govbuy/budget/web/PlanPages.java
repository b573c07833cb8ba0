package org.govbuy.budget.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

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

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	PlanPages(AnnualPlans plans, Intentions intentions, FundsLedger ledger, CatalogItems catalog,
			RegionalParameters parameters, Clock clock) {
		this.plans = plans;
		this.intentions = intentions;
		this.ledger = ledger;
		this.catalog = catalog;
		this.parameters = parameters;
		this.clock = clock;
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
	String start(@RequestParam int fiscalYear, RedirectAttributes redirect) {
		try {
			Plan plan = plans.start(FiscalYear.of(fiscalYear));
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
		model.addAttribute("declared", new java.util.ArrayList<>(line.draft().declared()));
		return lineForm(plan, line, values, model);
	}

	@PostMapping("/budget/plans/{id}/lines")
	@PreAuthorize(PlanApi.PURCHASERS)
	String addLine(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, Model model,
			RedirectAttributes redirect) {
		form.remove("_csrf");
		try {
			PlanLine line = plans.addLine(id, LineForm.parse(form));
			redirect.addFlashAttribute("flash", "已添加" + line.label()
					+ (line.status() == LineStatus.AWAITING_FILING ? "。该目录条目不在本地区指导性目录中，须待财政部门审核备案后方可提交" : ""));
			return "redirect:/budget/plans/" + id;
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("violations", ex.violations());
		}
		model.addAttribute("declared", form.getOrDefault("declared", List.of()));
		return lineForm(plans.visible(id), null, LineForm.echo(form), model);
	}

	@PostMapping("/budget/plans/{id}/lines/{lineId}")
	@PreAuthorize(PlanApi.PURCHASERS)
	String reviseLine(@PathVariable UUID id, @PathVariable UUID lineId,
			@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect) {
		form.remove("_csrf");
		try {
			PlanLine line = plans.reviseLine(id, lineId, LineForm.parse(form));
			redirect.addFlashAttribute("flash", "已保存" + line.label());
			return "redirect:/budget/plans/" + id;
		}
		catch (InvalidInputException | IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("violations", ex.violations());
		}
		model.addAttribute("declared", form.getOrDefault("declared", List.of()));
		Plan plan = plans.visible(id);
		return lineForm(plan, plan.line(lineId), LineForm.echo(form), model);
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
	String approve(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> "已批复" + plans.approveLine(id, lineId, comment).label());
	}

	@PostMapping("/budget/plans/{id}/lines/{lineId}/return")
	@PreAuthorize(PlanApi.DECIDERS)
	String giveBack(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> "已退回" + plans.returnLine(id, lineId, comment).label());
	}

	@PostMapping("/budget/plans/{id}/lines/{lineId}/adjustments")
	@PreAuthorize(PlanApi.PURCHASERS)
	String requestAdjustment(@PathVariable UUID id, @PathVariable UUID lineId, @RequestParam String newAmount,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			Money amount;
			try {
				amount = Money.of(newAmount);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidInputException("newAmount", "调整后金额须为数字（元）");
			}
			plans.requestAdjustment(id, lineId, amount, reason);
			return "已提交年中调整申请，待财政部门审核";
		});
	}

	@PostMapping("/budget/plans/{id}/adjustments/{adjustmentId}")
	@PreAuthorize(PlanApi.DECIDERS)
	String decideAdjustment(@PathVariable UUID id, @PathVariable UUID adjustmentId, @RequestParam boolean approve,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return act(id, redirect, () -> {
			plans.decideAdjustment(adjustmentId, approve, comment);
			return approve ? "已同意调整，资金台账的批复金额已更新" : "已答复不同意调整";
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
	String publish(@RequestParam UUID lineId, @RequestParam(required = false) String projectName,
			@RequestParam(required = false) String demandSummary, @RequestParam(required = false) String expectedMonth,
			@RequestParam(defaultValue = "false") boolean urgent, @RequestParam(required = false) String urgentReason,
			RedirectAttributes redirect) {
		try {
			YearMonth month = expectedMonth == null || expectedMonth.isBlank() ? null : YearMonth.parse(expectedMonth);
			Intentions.Intention published = intentions.publish(lineId,
					new Intentions.Publication(projectName, demandSummary, month, urgent, urgentReason));
			redirect.addFlashAttribute("flash",
					"已公开采购意向“" + published.projectName() + "”，最早可于" + published.earliestStart() + "开始采购活动");
		}
		catch (java.time.format.DateTimeParseException ex) {
			redirect.addFlashAttribute("flashError", "预计采购时间格式不正确，应为 年-月，例如 2027-03");
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

	private String lineForm(Plan plan, PlanLine line, Map<String, String> values, Model model) {
		int fiscalYear = plan.fiscalYear().value();
		int planYears = parameters.days(plan.region(), PolicyParameter.MEDIUM_TERM_PLAN_YEARS,
				plan.fiscalYear().start());
		model.addAttribute("plan", plan);
		model.addAttribute("line", line);
		model.addAttribute("form", values);
		if (!model.containsAttribute("declared")) {
			model.addAttribute("declared", List.of());
		}
		model.addAttribute("laterYears",
				IntStream.range(1, Math.max(planYears, 1)).map(i -> fiscalYear + i).boxed().toList());
		model.addAttribute("items", catalog.publishedItems(plan.region(), plan.fiscalYear()));
		model.addAttribute("fundingSources", FundingSource.values());
		model.addAttribute("categories", TargetCategory.values());
		model.addAttribute("conclusions", ExAnteAssessment.Conclusion.values());
		model.addAttribute("declarable", LineForm.DECLARABLE);
		model.addAttribute("majorThreshold", parameters.money(plan.region(),
				PolicyParameter.MAJOR_SERVICE_PROJECT_THRESHOLD, plan.fiscalYear().start()));
		return "budget/line-form";
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
