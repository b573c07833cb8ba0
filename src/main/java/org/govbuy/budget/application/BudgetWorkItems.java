package org.govbuy.budget.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.budget.BudgetRule;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.Role;
import org.govbuy.platform.WorkItem;
import org.govbuy.platform.WorkItems;

import org.springframework.stereotype.Component;

/**
 * The budget's to-dos: plans waiting for the finance reviewer who decides them (and
 * mid-year adjustments), returned plans for the unit to correct, approved lines without a
 * published purchase intention, and intentions whose 30 days run out soon (CK2020-10:
 * procurement may start on that day).
 */
@Component
class BudgetWorkItems implements WorkItems {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** How far ahead a ripening intention is shown. */
	static final int RIPENING_DAYS_AHEAD = 30;

	private final AnnualPlans plans;

	private final Intentions intentions;

	private final Clock clock;

	BudgetWorkItems(AnnualPlans plans, Intentions intentions, Clock clock) {
		this.plans = plans;
		this.intentions = intentions;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> itemsFor(CurrentUser user) {
		List<WorkItem> items = new ArrayList<>();
		if (user.hasAnyRole(AnnualPlans.DECIDERS.toArray(Role[]::new))) {
			for (AnnualPlans.PlanSummary plan : plans.list(user.scope(), null, PlanStatus.SUBMITTED)) {
				items.add(WorkItem.open("审核年度购买计划",
						plan.unitName() + " " + plan.fiscalYear() + "年度，" + plan.pendingLines() + "条待审核",
						"/budget/plans/" + plan.id()));
			}
			for (AnnualPlans.PlanSummary plan : plans.list(user.scope(), null, PlanStatus.ADJUSTING)) {
				items.add(WorkItem.open("审核年中调整申请", plan.unitName() + " " + plan.fiscalYear() + "年度",
						"/budget/plans/" + plan.id()));
			}
		}
		if (user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			for (AnnualPlans.PlanSummary plan : plans.list(user.scope(), null, PlanStatus.RETURNED)) {
				items.add(WorkItem.open("修改被退回的计划", plan.fiscalYear() + "年度购买计划", "/budget/plans/" + plan.id()));
			}
			for (Intentions.PlanLineChoice line : intentions.linesWithoutIntention(user.organizationId())) {
				items.add(new WorkItem("公开采购意向", line.projectName() + "（" + line.fiscalYear() + "年度）", null,
						WorkItem.Basis.of(BudgetRule.INTENTION_PUBLISHED), "/budget/intentions?line=" + line.lineId()));
			}
			LocalDate today = LocalDate.now(clock.withZone(CHINA));
			for (Intentions.Intention intention : intentions.list(user.scope(), null, null)) {
				LocalDate start = intention.earliestStart();
				if (!intention.urgent() && start != null && !start.isBefore(today)
						&& !start.isAfter(today.plusDays(RIPENING_DAYS_AHEAD))) {
					items
						.add(WorkItem.due("采购意向公开期满，可发起采购", intention.projectName() + "：" + chinese(start) + "起可开展采购活动",
								start, BudgetRule.INTENTION_PUBLISHED, "/procurement/projects/new"));
				}
			}
		}
		return items;
	}

	private static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
