package org.govbuy.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.govbuy.budget.application.BudgetOverview;
import org.govbuy.platform.CurrentUser;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** Finance's view of budget execution: 预算执行动态监控, affordability and 费随事转. */
@Controller
class OverviewPages {

	static final String FINANCE = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')";

	private final BudgetOverview overview;

	private final Clock clock;

	OverviewPages(BudgetOverview overview, Clock clock) {
		this.overview = overview;
		this.clock = clock;
	}

	/**
	 * The figures of a year.
	 *
	 * @param year the budget year
	 * @param units execution per unit
	 * @param categories totals per category
	 * @param commitments the region's commitments per year
	 * @param approved the approved total
	 * @param paid the paid total
	 * @param replaced the 费随事转 total
	 */
	record Figures(int year, List<BudgetOverview.UnitExecution> units, List<BudgetOverview.CategoryTotal> categories,
			List<BudgetOverview.YearCommitment> commitments, Money approved, Money paid, Money replaced) {
	}

	@GetMapping("/budget/overview")
	@PreAuthorize(FINANCE)
	String page(@RequestParam(required = false) Integer year, Model model) {
		Figures figures = figures(year);
		model.addAttribute("figures", figures);
		model.addAttribute("years", List.of(LocalDate.now(clock).getYear() + 1, LocalDate.now(clock).getYear(),
				LocalDate.now(clock).getYear() - 1));
		model.addAttribute("chart",
				Map.of("units", figures.units().stream().map(BudgetOverview.UnitExecution::unitName).toList(),
						"approved", figures.units().stream().map(unit -> unit.approved().amount()).toList(), "reserved",
						figures.units().stream().map(unit -> unit.reserved().amount()).toList(), "contracted",
						figures.units().stream().map(unit -> unit.contracted().amount()).toList(), "paid",
						figures.units().stream().map(unit -> unit.paid().amount()).toList(), "categories",
						figures.categories()
							.stream()
							.map(category -> Map.of("name", category.code() + " " + category.name(), "value",
									category.approved().amount()))
							.toList()));
		return "budget/overview";
	}

	@GetMapping("/api/v1/plans/overview")
	@PreAuthorize(FINANCE)
	@ResponseBody
	@Operation(summary = "预算执行动态监控：各单位执行、目录类别合计、财政承受能力、费随事转", tags = "年度购买计划")
	Figures api(@RequestParam(required = false) Integer year) {
		return figures(year);
	}

	private Figures figures(Integer requested) {
		CurrentUser user = CurrentUser.require();
		LocalDate today = LocalDate.now(clock);
		int year = requested == null ? today.getYear() : requested;
		RegionCode region = user.region() == null ? RegionCode.NATIONAL : user.region();
		List<BudgetOverview.UnitExecution> units = overview.execution(user.scope(), year);
		return new Figures(year, units, overview.byCategory(user.scope(), region, year),
				overview.commitments(region, year, today),
				units.stream().map(BudgetOverview.UnitExecution::approved).reduce(Money.ZERO, Money::plus),
				units.stream().map(BudgetOverview.UnitExecution::paid).reduce(Money.ZERO, Money::plus),
				units.stream().map(BudgetOverview.UnitExecution::replacedExpenditure).reduce(Money.ZERO, Money::plus));
	}

}
