package org.govbuy.budget.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govbuy.budget.application.PublishedPlans;
import org.govbuy.platform.Region;
import org.govbuy.platform.Regions;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The approved annual plans on the public portal (京政办发〔2014〕34号: 将年度计划向社会发布). */
@Controller
class BudgetPortalPages {

	private final PublishedPlans plans;

	private final Regions regions;

	BudgetPortalPages(PublishedPlans plans, Regions regions) {
		this.plans = plans;
		this.regions = regions;
	}

	@GetMapping("/portal/plans")
	@PreAuthorize("permitAll()")
	String plans(@RequestParam(required = false) String year, @RequestParam(required = false) String region,
			Model model) {
		model.addAttribute("plans", plans.list(year(year), region(region)));
		model.addAttribute("year", year);
		model.addAttribute("region", region);
		model.addAttribute("regions", choices(regions));
		return "portal/plans";
	}

	@GetMapping("/portal/plans/{id}")
	@PreAuthorize("permitAll()")
	String plan(@PathVariable UUID id, Model model) {
		PublishedPlans.PublishedPlanDetail detail = plans.find(id);
		model.addAttribute("plan", detail.plan());
		model.addAttribute("lines", detail.lines());
		model.addAttribute("regionName", regions.fullName(detail.plan().region()));
		return "portal/plan";
	}

	/** A year filter; blank means every year. */
	static FiscalYear year(String year) {
		return year == null || year.isBlank() ? null : FiscalYear.of(year);
	}

	/** A region filter; blank means everywhere. */
	static RegionCode region(String region) {
		return region == null || region.isBlank() ? null : new RegionCode(region);
	}

	/**
	 * Every city and county of the provinces whose divisions are loaded, for region
	 * filters.
	 */
	static List<Region> choices(Regions regions) {
		List<Region> choices = new ArrayList<>();
		for (Region province : regions.children(RegionCode.NATIONAL)) {
			for (Region city : regions.children(province.code())) {
				choices.add(city);
				choices.addAll(regions.children(city.code()));
			}
		}
		return choices;
	}

}
