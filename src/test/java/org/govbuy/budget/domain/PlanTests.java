package org.govbuy.budget.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.junit.jupiter.api.Test;

/** The workflow of an annual plan: 草稿 → 已提交 → 财政审核 → 已批复 → 年中调整. */
class PlanTests {

	Actor clerk = new Actor("buyer.mzj", "刘芳", Instant.parse("2026-10-10T02:00:00Z"));

	Actor reviewer = new Actor("reviewer.zibo", "李建国", Instant.parse("2026-10-20T02:00:00Z"));

	Plan plan = Plan.start(UUID.randomUUID(), "淄博市民政局", new RegionCode("370300"), FiscalYear.of(2027), clerk);

	@Test
	void aSubmittedPlanIsReviewedLineByLineAndApprovedWhenEveryLineIs() {
		PlanLine first = plan.addLine(BudgetLines.line("居家养老", 800_000), BudgetLines.IN_CATALOG, clerk);
		PlanLine second = plan.addLine(BudgetLines.line("机构运营", 600_000), BudgetLines.IN_CATALOG, clerk);
		PlanLine third = plan.addLine(BudgetLines.line("能力评估", 300_000), BudgetLines.IN_CATALOG, clerk);

		assertThat(plan.submit(clerk)).hasSize(3);
		assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);

		plan.approveLine(first.id(), "同意", reviewer);
		plan.approveLine(second.id(), null, reviewer);
		plan.returnLine(third.id(), "评估人数与预算不匹配，请核减", reviewer);
		assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);
		assertThatThrownBy(
				() -> plan.reviseLine(first.id(), BudgetLines.line("居家养老", 1), BudgetLines.IN_CATALOG, clerk))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("已批复");

		plan.reviseLine(third.id(), BudgetLines.line("能力评估", 250_000), BudgetLines.IN_CATALOG, clerk);
		assertThat(plan.submit(clerk)).extracting(PlanLine::id).containsExactly(third.id());
		plan.approveLine(third.id(), "同意", reviewer);

		assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plan.approvedTotal()).isEqualTo(Money.ofYuan(1_650_000));
		assertThat(plan.newEvents()).extracting(PlanEvent::action)
			.containsExactly("plan.created", "line.added", "line.added", "line.added", "plan.submitted",
					"line.approved", "line.approved", "line.returned", "plan.returned", "line.revised",
					"plan.resubmitted", "line.approved", "plan.approved");
	}

	@Test
	void returningALineNeedsAComment() {
		PlanLine line = plan.addLine(BudgetLines.line("居家养老", 800_000), BudgetLines.IN_CATALOG, clerk);
		plan.submit(clerk);
		assertThatThrownBy(() -> plan.returnLine(line.id(), " ", reviewer)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("审核意见");
	}

	@Test
	void aFlaggedLineNeedsTheReviewersDecisionRuleGPLR_28() {
		PlanLine line = plan.addLine(BudgetLines.line("居家养老", 800_000), BudgetLines.IN_CATALOG, clerk);
		plan.submit(clerk);
		plan.flag(line.id(), new PlanLine.Flags("化整为零规避公开招标", null, null));

		assertThatThrownBy(() -> plan.approveLine(line.id(), "", reviewer)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("化整为零");
		plan.approveLine(line.id(), "三个项目服务对象不同，分别采购，不属于化整为零", reviewer);
		assertThat(plan.line(line.id()).flags().decision()).contains("不属于化整为零");
	}

	@Test
	void aLineOutsideTheCatalogWaitsForFilingAndStaysBehindOnSubmissionRuleFS87_2_CATALOG() {
		PlanLine inside = plan.addLine(BudgetLines.line("居家养老", 800_000), BudgetLines.IN_CATALOG, clerk);
		PlanLine outside = plan.addLine(BudgetLines.line("智慧养老平台", 300_000), BudgetLines.OUTSIDE_CATALOG, clerk);
		assertThat(outside.status()).isEqualTo(LineStatus.AWAITING_FILING);

		assertThat(plan.submit(clerk)).extracting(PlanLine::id).containsExactly(inside.id());
		plan.approveLine(inside.id(), null, reviewer);
		assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plan.line(outside.id()).status()).isEqualTo(LineStatus.AWAITING_FILING);

		// Finance files the item; the line is checked again and goes to review on its
		// own.
		plan.reviseLine(outside.id(), outside.draft(), BudgetLines.IN_CATALOG, clerk);
		assertThat(plan.submit(clerk)).extracting(PlanLine::id).containsExactly(outside.id());
		assertThat(plan.status()).isEqualTo(PlanStatus.SUBMITTED);
	}

	@Test
	void anApprovedLineIsAdjustedOnlyWithAReasonAndFinancesApproval() {
		PlanLine line = plan.addLine(BudgetLines.line("居家养老", 800_000), BudgetLines.IN_CATALOG, clerk);
		plan.submit(clerk);
		plan.approveLine(line.id(), null, reviewer);

		assertThatThrownBy(() -> plan.requestAdjustment(line.id(), Money.ofYuan(900_000), "", clerk))
			.isInstanceOf(InvalidInputException.class);
		plan.requestAdjustment(line.id(), Money.ofYuan(900_000), "服务对象增加120人", clerk);
		assertThat(plan.status()).isEqualTo(PlanStatus.ADJUSTING);
		plan.decideAdjustment(line.id(), Money.ofYuan(900_000), true, "同意", reviewer);

		assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plan.line(line.id()).approvedAmount()).isEqualTo(Money.ofYuan(900_000));
	}

	@Test
	void aPlanWithoutLinesCannotBeSubmitted() {
		assertThatThrownBy(() -> plan.submit(clerk)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("还没有任何项目");
	}

}
