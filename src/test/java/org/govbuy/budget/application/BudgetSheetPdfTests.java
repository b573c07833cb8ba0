package org.govbuy.budget.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.govbuy.budget.domain.Actor;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineClassification;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The 政府购买服务项目预算表 as a finance officer prints it: a plan like the demo's written to
 * {@code target/budget-sheet/预算表样例.xlsx}, and, where LibreOffice is installed, rendered
 * to PDF by {@code scripts/budget-sheet-pdf.sh}, which fails unless every page is A4
 * landscape and one table wide with the 合计 and signature lines on the last page.
 */
class BudgetSheetPdfTests {

	static final Path OUT = Path.of("target", "budget-sheet");

	static final LineClassification ELDERLY = new LineClassification(UUID.randomUUID(), UUID.randomUUID(), 1,
			"社区居家养老服务", "C2301", true, false, null);

	static final LineClassification ASSESSMENT = new LineClassification(UUID.randomUUID(), UUID.randomUUID(), 1,
			"老年人能力评估服务", "C2302", false, false, null);

	Actor clerk = new Actor("buyer.mzj", "刘芳", Instant.parse("2026-10-10T02:00:00Z"));

	Actor reviewer = new Actor("reviewer.zibo", "李建国", Instant.parse("2026-10-20T02:00:00Z"));

	@Test
	void theBudgetSheetPrintsOnePageWideInLibreOffice() throws IOException, InterruptedException {
		Files.createDirectories(OUT);
		Path xlsx = OUT.resolve("预算表样例.xlsx");
		Files.write(xlsx, PlanWorkbook.budgetTable(samplePlan(), false));
		Path script = Path.of("scripts", "budget-sheet-pdf.sh");
		Assumptions.assumeTrue(onPath("soffice") && onPath("pdftoppm"), "LibreOffice 或 poppler-utils 未安装");

		Process process = new ProcessBuilder("bash", script.toString(), xlsx.toString(), OUT.toString())
			.redirectErrorStream(true)
			.start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();

		assertThat(process.exitValue()).as(output).isZero();
		assertThat(output).contains("OK: 一页宽，A4 横向");
		assertThat(OUT.resolve("预算表样例.pdf")).exists();
		assertThat(OUT.resolve("预算表样例.png")).exists();
	}

	private Plan samplePlan() {
		Plan plan = Plan.start(UUID.randomUUID(), "淄博市民政局", new RegionCode("370300"), FiscalYear.of(2027), clerk);
		List<PlanLine> lines = List.of(
				plan.addLine(draft("2027年社区居家养老上门服务", "养老服务体系建设", "A040101", "为辖区失能、半失能老人提供助餐、助洁、助浴等上门服务",
						"每人每月不少于20小时", "1200人", "1800000", FundingSource.DEPARTMENT_BUDGET, false,
						Map.of(2028, "1800000", 2029, "1800000"), null, null), ELDERLY, clerk),
				plan.addLine(
						draft("老年人能力综合评估", "养老服务体系建设", "A040102", "对申请补贴的老年人开展能力评估并出具评估报告", "按国家标准 GB/T 42195",
								"3000人次", "450000", FundingSource.SPECIAL_FUND, true, Map.of(), null, null),
						ASSESSMENT, clerk),
				plan.addLine(draft("特困供养服务机构运营", "社会救助", "A040201", "委托专业机构运营区特困人员供养服务设施", "符合《特困人员供养服务设施管理规范》",
						"床位120张", "2600000.50", FundingSource.DEPARTMENT_BUDGET, false, Map.of(2028, "2600000"),
						"2100000", "原由区福利院自行运营的人员和运行经费"), ELDERLY, clerk),
				plan.addLine(draft("困境儿童关爱服务", "儿童福利", "A040301", "为困境儿童提供探访、心理疏导和个案管理", null, "500名", "380000",
						FundingSource.CASE_BY_CASE, true, Map.of(), null, null), ASSESSMENT, clerk));
		plan.submit(clerk);
		lines.forEach(line -> plan.approveLine(line.id(), "同意", reviewer));
		return plan;
	}

	private static LineDraft draft(String name, String budgetProject, String code, String content, String standard,
			String quantity, String amount, FundingSource funding, boolean newProject, Map<Integer, String> later,
			String replaced, String replacedDescription) {
		TreeMap<Integer, Money> years = new TreeMap<>();
		later.forEach((year, value) -> years.put(year, Money.of(value)));
		return new LineDraft(name, budgetProject, code, content, standard, quantity, Money.of(amount), funding,
				newProject, years,
				List.of(new PerformanceTarget(TargetCategory.OUTPUT, "服务人数", "≥" + quantity),
						new PerformanceTarget(TargetCategory.SATISFACTION, "服务对象满意度", "≥90%")),
				null, replaced == null ? null : Money.of(replaced), replacedDescription, Set.of());
	}

	private static boolean onPath(String command) {
		return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
			.anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
	}

}
