package org.govbuy.budget.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.budget.application.PublishedPlans;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Approved annual plans for everyone, without signing in. */
@RestController
@Tag(name = "市场点餐", description = "公开的年度购买计划与社会公众提出的购买服务建议")
class PublishedPlansApi {

	private final PublishedPlans plans;

	PublishedPlansApi(PublishedPlans plans) {
		this.plans = plans;
	}

	@GetMapping("/api/v1/public/plans")
	@PreAuthorize("permitAll()")
	@Operation(summary = "已批复公开的年度购买计划（可按预算年度和行政区划筛选）")
	List<PublishedPlans.PublishedPlan> list(@RequestParam(required = false) String year,
			@RequestParam(required = false) String region) {
		return plans.list(BudgetPortalPages.year(year), BudgetPortalPages.region(region));
	}

	@GetMapping("/api/v1/public/plans/{id}")
	@PreAuthorize("permitAll()")
	@Operation(summary = "已批复计划的公开内容：仅含已批复的项目、批复金额和绩效目标（未批复的计划答复404）")
	PublishedPlans.PublishedPlanDetail get(@PathVariable UUID id) {
		return plans.find(id);
	}

}
