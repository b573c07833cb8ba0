package org.govbuy.budget.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.govbuy.budget.application.AnnualPlans;
import org.govbuy.budget.application.Intentions;
import org.govbuy.budget.domain.ExAnteAssessment;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.platform.DemoAccounts;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo plans of 淄博 and 博山 in every stage, loaded once with the {@code demo} profile after
 * the catalogs: 淄博市民政局 2026 approved and under way (intentions published; the procurement
 * and contract demo data reserve, contract and pay its money; an adjustment waiting),
 * 淄博市机关事务管理局 2027 submitted with three property-service lines flagged as a possible
 * split, 博山区卫生健康局 2027 submitted past the district's fiscal capacity with a line waiting
 * for catalog filing. Each step runs as the demo account that would do it.
 */
@Component
@Profile("demo")
@Order(40)
class BudgetDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BudgetDemoData.class);

	private final AnnualPlans plans;

	private final Intentions intentions;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final java.time.Clock clock;

	private final DemoAccounts demo;

	BudgetDemoData(AnnualPlans plans, Intentions intentions, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			java.time.Clock clock, DemoAccounts demo) {
		this.plans = plans;
		this.intentions = intentions;
		this.jdbc = jdbc;
		this.clock = clock;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		civilAffairs2026();
		officeAffairs();
		boshanHealth();
		log.info("预算演示数据已就绪：淄博市民政局、淄博市机关事务管理局、博山区卫生健康局的年度购买计划");
	}

	private void civilAffairs2026() {
		Plan plan = as("buyer.mzj", () -> plans.start(FiscalYear.of(2026)));
		if (!plan.lines().isEmpty()) {
			return;
		}
		SortedMap<Integer, Money> nextYear = new TreeMap<>(Map.of(2027, Money.ofYuan(1_800_000)));
		PlanLine homeCare = as("buyer.mzj",
				() -> plans.addLine(plan.id(),
						line("2026年社区居家养老上门服务", "养老服务体系建设", "A040101", "为全市经济困难失能、半失能老年人提供助餐、助浴、助洁等上门服务",
								"每人每月不少于20小时；服务记录留痕可查", "1500人", 1_800_000, FundingSource.SPECIAL_FUND, nextYear, null,
								null, target(TargetCategory.OUTPUT, "服务老年人数", "≥1500人"),
								target(TargetCategory.TIMELINESS, "服务时长达标率", "≥95%"),
								target(TargetCategory.SATISFACTION, "服务对象满意度", "≥90%"))));
		PlanLine institution = as("buyer.mzj",
				() -> plans.addLine(plan.id(),
						line("市社会福利院护理服务社会化运营", "公办养老机构运营", "A040102", "委托社会力量承担市社会福利院失能老人护理服务", "入住率不低于70%；安全责任事故为零",
								"护理床位300张", 950_000, FundingSource.DEPARTMENT_BUDGET, null, Money.ofYuan(620_000),
								"原市社会福利院自聘护理人员经费及公用经费", target(TargetCategory.OUTPUT, "护理床位", "300张"),
								target(TargetCategory.QUALITY, "安全责任事故", "0起"),
								target(TargetCategory.SATISFACTION, "入住老人及家属满意度", "≥90%"))));
		PlanLine meals = as("buyer.mzj", () -> plans.addLine(plan.id(),
				line("城乡老年助餐服务", "老年助餐", "A040101", "在城乡社区为60岁以上老年人提供助餐、送餐服务", "每餐不低于一荤两素；食品安全零事故", "60个助餐点", 400_000,
						FundingSource.DEPARTMENT_BUDGET, null, null, null, target(TargetCategory.OUTPUT, "助餐点", "60个"),
						target(TargetCategory.SATISFACTION, "就餐老人满意度", "≥90%"))));
		as("buyer.mzj", () -> plans.submit(plan.id()));
		as("reviewer.zibo", () -> plans.approveLine(plan.id(), homeCare.id(), "与助餐服务对象、内容和实施主体不同，分别采购，不属于化整为零。同意。"));
		as("reviewer.zibo", () -> plans.approveLine(plan.id(), institution.id(), "同意。费随事转，相应核减福利院人员经费。"));
		as("reviewer.zibo", () -> plans.approveLine(plan.id(), meals.id(), "助餐由各区县分散实施，与上门服务分别采购。同意。"));
		as("buyer.mzj", () -> intentions.publish(homeCare.id(), new Intentions.Publication("2026年社区居家养老上门服务项目",
				"为全市约1500名经济困难失能、半失能老年人提供助餐、助浴、助洁上门服务，服务期一年，可续签一年", YearMonth.of(2026, 3), false, null)));
		as("buyer.mzj", () -> intentions.publish(institution.id(), new Intentions.Publication("市社会福利院护理服务社会化运营项目",
				"委托具备养老服务能力的社会力量承担300张护理床位的护理服务", YearMonth.of(2026, 4), false, null)));
		// Published when the story says: the procurements in the procurement demo data
		// came after.
		backdate(homeCare.id(), LocalDate.of(2026, 1, 15));
		backdate(institution.id(), LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).minusDays(75));
		as("buyer.mzj", () -> plans.requestAdjustment(plan.id(), institution.id(), Money.ofYuan(1_000_000),
				"入住老人由260人增至295人，护理服务量相应增加"));
	}

	private void backdate(java.util.UUID lineId, LocalDate publishedOn) {
		jdbc.sql("update budget.intention set published_at = :at where line_id = :line")
			.param("at", publishedOn.atTime(9, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toOffsetDateTime())
			.param("line", lineId)
			.update();
	}

	private void officeAffairs() {
		Plan plan = as("buyer.jgsw", () -> plans.start(FiscalYear.of(2027)));
		if (!plan.lines().isEmpty()) {
			return;
		}
		for (String[] area : new String[][] { { "市级机关综合办公楼A区物业管理服务", "760000" }, { "市级机关综合办公楼B区物业管理服务", "700000" },
				{ "市级机关综合办公楼C区物业管理服务", "650000" } }) {
			as("buyer.jgsw",
					() -> plans.addLine(plan.id(),
							line(area[0], "机关办公用房物业管理", "B1101", "保洁、绿化、秩序维护、设施设备运行维护", "执行《物业服务规范》二级标准",
									"建筑面积约3.2万平方米", Long.parseLong(area[1]), FundingSource.DEPARTMENT_BUDGET, null,
									null, null, target(TargetCategory.QUALITY, "物业服务考核得分", "≥90分"),
									target(TargetCategory.SATISFACTION, "干部职工满意度", "≥90%"))));
		}
		as("buyer.jgsw",
				() -> plans.addLine(plan.id(),
						line("市级机关第二食堂餐饮服务", "机关食堂运行", "B1102", "机关食堂早午餐供应及食材采购加工", "食品安全零事故", "日均就餐900人次", 820_000,
								FundingSource.DEPARTMENT_BUDGET, null, Money.ofYuan(540_000), "原食堂自聘厨师及服务人员经费",
								target(TargetCategory.OUTPUT, "日均供餐", "900人次"),
								target(TargetCategory.SATISFACTION, "就餐人员满意度", "≥90%"))));
		as("buyer.jgsw", () -> plans.submit(plan.id()));
	}

	private void boshanHealth() {
		Plan current = as("buyer.boshan", () -> plans.start(FiscalYear.of(2026)));
		if (current.lines().isEmpty()) {
			SortedMap<Integer, Money> nextYear = new TreeMap<>(Map.of(2027, Money.ofYuan(3_000_000)));
			PlanLine doctors = as("buyer.boshan",
					() -> plans.addLine(current.id(),
							line("家庭医生签约服务（2026—2027年）", "基本公共卫生服务", "A0501", "为辖区重点人群提供家庭医生签约服务", "重点人群签约率不低于75%",
									"签约4.5万人", 3_000_000, FundingSource.SPECIAL_FUND, nextYear, null, null,
									target(TargetCategory.OUTPUT, "签约人数", "≥4.5万人"),
									target(TargetCategory.SATISFACTION, "签约居民满意度", "≥85%"))));
			as("buyer.boshan", () -> plans.submit(current.id()));
			as("reviewer.zibo", () -> plans.approveLine(current.id(), doctors.id(), "同意，2027年支出纳入中期财政规划。"));
			as("buyer.boshan", () -> intentions.publish(doctors.id(), new Intentions.Publication("博山区家庭医生签约服务项目",
					"为辖区老年人、慢病患者等重点人群提供家庭医生签约服务，服务期2026—2027年", YearMonth.of(2026, 12), false, null)));
			backdate(doctors.id(), LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))).minusDays(40));
		}
		Plan next = as("buyer.boshan", () -> plans.start(FiscalYear.of(2027)));
		if (!next.lines().isEmpty()) {
			return;
		}
		as("buyer.boshan",
				() -> plans.addLine(next.id(),
						withAssessment(line("老年人健康管理服务", "基本公共卫生服务", "A0501", "为65岁以上老年人提供年度体检和健康管理", "体检率不低于70%",
								"2.6万人", 3_500_000, FundingSource.DEPARTMENT_BUDGET, null, null, null,
								target(TargetCategory.OUTPUT, "健康管理人数", "≥2.6万人"),
								target(TargetCategory.SATISFACTION, "服务对象满意度", "≥85%")))));
		as("buyer.boshan",
				() -> plans.addLine(next.id(),
						line("老年人能力综合评估服务", "医养结合", "A040103", "由第三方机构对申请照护服务的老年人进行能力评估", "评估报告规范完整", "1200人次", 180_000,
								FundingSource.DEPARTMENT_BUDGET, null, null, null,
								target(TargetCategory.OUTPUT, "评估人次", "1200人次"))));
		as("buyer.boshan", () -> plans.submit(next.id()));
	}

	private static LineDraft line(String name, String budgetProject, String code, String content, String standard,
			String quantity, long yuan, FundingSource source, SortedMap<Integer, Money> laterYears, Money replaced,
			String replacedDescription, PerformanceTarget... targets) {
		return new LineDraft(name, budgetProject, code, content, standard, quantity, Money.ofYuan(yuan), source, false,
				laterYears, List.of(targets), null, replaced, replacedDescription, Set.of());
	}

	private static LineDraft withAssessment(LineDraft line) {
		return new LineDraft(line.projectName(), line.budgetProject(), line.catalogCode(), line.serviceContent(),
				line.serviceStandard(), line.quantity(), line.amount(), line.fundingSource(), true, line.laterYears(),
				line.targets(),
				new ExAnteAssessment(ExAnteAssessment.Conclusion.PASSED_WITH_CHANGES,
						java.time.LocalDate.of(2026, 8, 20), "博山区财政局、山东正衡绩效评价咨询有限公司", "立项必要；建议将体检率目标由65%提高至70%，已调整"),
				line.replacedExpenditure(), line.replacedDescription(), line.declared());
	}

	private static PerformanceTarget target(TargetCategory category, String indicator, String value) {
		return new PerformanceTarget(category, indicator, value);
	}

	private <T> T as(String username, Supplier<T> work) {
		return demo.as(username, work);
	}

}
