package org.govbuy.budget.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.govbuy.budget.domain.ExAnteAssessment;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.Money;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/**
 * The plan-line form of the pages as posted: typed fields, one amount per later year
 * ({@code laterYears[2028]}) and one indicator and target per category
 * ({@code indicators[OUTPUT]}, {@code targets[OUTPUT]}); read into a {@link LineDraft},
 * and a draft or a refused form written back into the fields the page shows.
 *
 * @param projectName 项目名称
 * @param budgetProject 预算项目
 * @param catalogCode 指导性目录条目
 * @param serviceContent 服务内容
 * @param serviceStandard 服务标准
 * @param quantity 数量
 * @param amount the budget year's amount in yuan
 * @param fundingSource 资金来源
 * @param newProject whether it is a new project
 * @param laterYears the later years' amounts in yuan, by year
 * @param indicators the indicator's name per category
 * @param targets the target value per category
 * @param assessmentConclusion the ex-ante assessment's conclusion, if assessed
 * @param assessmentDate when it was assessed
 * @param assessmentBy who assessed it
 * @param assessmentSummary the assessment's findings
 * @param replacedExpenditure 费随事转: what the unit spent on the service itself, in yuan
 * @param replacedDescription which expenditure that was
 * @param declared the negative-list attributes declared
 */
record LineForm(String projectName, String budgetProject, String catalogCode, String serviceContent,
		String serviceStandard, String quantity, @NumberFormat(pattern = "#,##0.##") BigDecimal amount,
		FundingSource fundingSource, Boolean newProject, Map<Integer, BigDecimal> laterYears,
		Map<TargetCategory, String> indicators, Map<TargetCategory, String> targets,
		ExAnteAssessment.Conclusion assessmentConclusion,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessmentDate, String assessmentBy,
		String assessmentSummary, @NumberFormat(pattern = "#,##0.##") BigDecimal replacedExpenditure,
		String replacedDescription, List<String> declared) {

	/** The negative-list attributes a unit can declare on the form, with their labels. */
	static final Map<String, String> DECLARABLE = declarable();

	/** The draft the form describes; refuses amounts with more than two decimals. */
	LineDraft draft() {
		TreeMap<Integer, Money> years = new TreeMap<>();
		if (laterYears != null) {
			laterYears.forEach((year, value) -> {
				if (value != null) {
					years.put(year, money(value, "laterYears", "以后年度金额"));
				}
			});
		}
		List<PerformanceTarget> performance = new ArrayList<>();
		for (TargetCategory category : TargetCategory.values()) {
			String indicator = text(indicators == null ? null : indicators.get(category));
			String target = text(targets == null ? null : targets.get(category));
			if (indicator != null || target != null) {
				if (indicator == null || target == null) {
					throw new InvalidInputException("targets", category.label() + "须同时填写指标名称和目标值");
				}
				performance.add(new PerformanceTarget(category, indicator, target));
			}
		}
		ExAnteAssessment assessment = assessmentConclusion == null ? null : new ExAnteAssessment(assessmentConclusion,
				assessmentDate, text(assessmentBy), text(assessmentSummary));
		return new LineDraft(text(projectName), text(budgetProject), text(catalogCode), text(serviceContent),
				text(serviceStandard), text(quantity), amount == null ? null : money(amount, "amount", "本年度预算金额"),
				fundingSource, Boolean.TRUE.equals(newProject), years, performance, assessment,
				replacedExpenditure == null ? null : money(replacedExpenditure, "replacedExpenditure", "费随事转金额"),
				text(replacedDescription), declaredAttributes());
	}

	/** The declared attributes the form knows, in the form's order. */
	Set<String> declaredAttributes() {
		Set<String> known = new LinkedHashSet<>();
		if (declared != null) {
			declared.stream().filter(DECLARABLE::containsKey).forEach(known::add);
		}
		return known;
	}

	/** The fields of a draft, for the edit form. */
	static Map<String, String> values(LineDraft draft) {
		Map<String, String> values = new HashMap<>();
		values.put("projectName", draft.projectName());
		values.put("budgetProject", draft.budgetProject());
		values.put("catalogCode", draft.catalogCode());
		values.put("serviceContent", draft.serviceContent());
		values.put("serviceStandard", draft.serviceStandard());
		values.put("quantity", draft.quantity());
		values.put("amount", draft.amount().amount().toPlainString());
		values.put("fundingSource", draft.fundingSource().name());
		values.put("newProject", String.valueOf(draft.newProject()));
		draft.laterYears().forEach((year, money) -> values.put("year_" + year, money.amount().toPlainString()));
		for (PerformanceTarget target : draft.targets()) {
			values.put("indicator_" + target.category().name(), target.indicator());
			values.put("target_" + target.category().name(), target.target());
		}
		if (draft.assessment() != null) {
			values.put("assessmentConclusion", draft.assessment().conclusion().name());
			values.put("assessmentDate", String.valueOf(draft.assessment().assessedOn()));
			values.put("assessmentBy", draft.assessment().assessedBy());
			values.put("assessmentSummary", draft.assessment().summary());
		}
		if (draft.replacedExpenditure() != null) {
			values.put("replacedExpenditure", draft.replacedExpenditure().amount().toPlainString());
		}
		values.put("replacedDescription", draft.replacedDescription());
		return values;
	}

	/**
	 * The fields as entered, to show the form again after an error: the request's values
	 * under the names the page shows (a value that did not convert, such as an amount in
	 * words, as it was typed).
	 */
	static Map<String, String> echo(Map<String, String[]> parameters) {
		Map<String, String> values = new HashMap<>();
		parameters.forEach((name, entered) -> {
			String value = entered.length == 0 ? null : entered[0];
			values.put(shownName(name), value);
		});
		return values;
	}

	/** The declared attributes as entered. */
	static List<String> declared(Map<String, String[]> parameters) {
		String[] entered = parameters.get("declared");
		return entered == null ? List.of()
				: java.util.Arrays.stream(entered).filter(DECLARABLE::containsKey).distinct().toList();
	}

	/** laterYears[2028] → year_2028, indicators[OUTPUT] → indicator_OUTPUT, … */
	private static String shownName(String name) {
		int open = name.indexOf('[');
		if (open < 0 || !name.endsWith("]")) {
			return name;
		}
		String key = name.substring(open + 1, name.length() - 1);
		return switch (name.substring(0, open)) {
			case "laterYears" -> "year_" + key;
			case "indicators" -> "indicator_" + key;
			case "targets" -> "target_" + key;
			default -> name;
		};
	}

	private static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Money money(BigDecimal amount, String field, String label) {
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidInputException(field, label + "最多两位小数");
		}
		return Money.of(amount);
	}

	private static Map<String, String> declarable() {
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		labels.put("goods", "购买原材料、燃料、设备、产品等货物");
		labels.put("works", "建设工程（新建、改建、扩建及相关装修、拆除、修缮）");
		labels.put("infrastructure", "基础设施建设、储备土地前期开发、农田水利等");
		labels.put("worksServiceBundle", "工程和服务打包");
		labels.put("financing", "融资行为（贷款、融资租赁等）");
		labels.put("staffHiring", "购买主体的人员聘用、劳务派遣或设置公益性岗位");
		labels.put("directGovernmentDuty", "应当由政府直接履职的事项");
		labels.put("notGovernmentDuty", "不属于政府职责范围的事项");
		labels.put("excludedByLaw", "法律、行政法规或国务院规定不得购买的事项");
		return labels;
	}

}
