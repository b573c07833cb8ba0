package org.govbuy.budget.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

import org.springframework.util.MultiValueMap;

/**
 * The plan-line form of the pages: flat fields (one pair per indicator category, one
 * amount per later year) read into a {@link LineDraft}, and a draft written back into
 * fields for editing.
 */
final class LineForm {

	/** The negative-list attributes a unit can declare on the form, with their labels. */
	static final Map<String, String> DECLARABLE = declarable();

	private LineForm() {
	}

	static LineDraft parse(MultiValueMap<String, String> form) {
		TreeMap<Integer, Money> years = new TreeMap<>();
		form.keySet().stream().filter(key -> key.startsWith("year_")).forEach(key -> {
			String value = form.getFirst(key);
			if (value != null && !value.isBlank()) {
				years.put(Integer.parseInt(key.substring(5)), money(value, "laterYears", "以后年度金额"));
			}
		});
		List<PerformanceTarget> targets = new ArrayList<>();
		for (TargetCategory category : TargetCategory.values()) {
			String indicator = text(form, "indicator_" + category.name());
			String target = text(form, "target_" + category.name());
			if (indicator != null || target != null) {
				if (indicator == null || target == null) {
					throw new InvalidInputException("targets", category.label() + "须同时填写指标名称和目标值");
				}
				targets.add(new PerformanceTarget(category, indicator, target));
			}
		}
		ExAnteAssessment assessment = null;
		String conclusion = text(form, "assessmentConclusion");
		if (conclusion != null) {
			LocalDate date;
			try {
				date = text(form, "assessmentDate") == null ? null : LocalDate.parse(text(form, "assessmentDate"));
			}
			catch (DateTimeParseException ex) {
				throw new InvalidInputException("assessmentDate", "评估日期格式不正确，应为 年-月-日");
			}
			assessment = new ExAnteAssessment(ExAnteAssessment.Conclusion.valueOf(conclusion), date,
					text(form, "assessmentBy"), text(form, "assessmentSummary"));
		}
		String amount = text(form, "amount");
		String funding = text(form, "fundingSource");
		String replaced = text(form, "replacedExpenditure");
		Set<String> declared = new LinkedHashSet<>();
		List<String> values = form.get("declared");
		if (values != null) {
			values.stream().filter(DECLARABLE::containsKey).forEach(declared::add);
		}
		return new LineDraft(text(form, "projectName"), text(form, "budgetProject"), text(form, "catalogCode"),
				text(form, "serviceContent"), text(form, "serviceStandard"), text(form, "quantity"),
				amount == null ? null : money(amount, "amount", "本年度预算金额"),
				funding == null ? null : FundingSource.valueOf(funding), "true".equals(form.getFirst("newProject")),
				years, targets, assessment, replaced == null ? null : money(replaced, "replacedExpenditure", "费随事转金额"),
				text(form, "replacedDescription"), declared);
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

	/** The first value of every field, to show the form again after an error. */
	static Map<String, String> echo(MultiValueMap<String, String> form) {
		Map<String, String> values = new HashMap<>();
		form.forEach((key, list) -> values.put(key, list.isEmpty() ? null : list.get(0)));
		return values;
	}

	private static String text(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Money money(String value, String field, String label) {
		try {
			BigDecimal amount = new BigDecimal(value.strip().replace(",", "").replace("，", ""));
			if (amount.scale() > 2) {
				throw new InvalidInputException(field, label + "最多两位小数");
			}
			return Money.of(amount);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, label + "须为数字（元），例如 800000 或 800000.50");
		}
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
