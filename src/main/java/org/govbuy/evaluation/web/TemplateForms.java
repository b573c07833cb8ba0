package org.govbuy.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.govbuy.evaluation.domain.FirstLevel;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Measure;
import org.govbuy.evaluation.domain.TemplateTree;
import org.govbuy.platform.InvalidInputException;

/** The forms of the indicator-system pages, separate from the templates they change. */
final class TemplateForms {

	private TemplateForms() {
	}

	/** A new template family for the user's region and a catalog category. */
	record FamilyForm(@NotBlank(message = "请填写指标体系名称") @Size(max = 200, message = "名称不超过200字") String name,
			@Size(max = 40, message = "品目类别不超过40个字符") String catalogCategory) {

		static FamilyForm empty() {
			return new FamilyForm("", "");
		}

	}

	/**
	 * A draft's name and indicators as the edit table posts them: one value per row in
	 * each list, in row order; {@code remove} holds the codes of the rows to delete. A
	 * rubric is one level a line: {@code 好|1|说明}.
	 */
	record DraftForm(@NotBlank(message = "请填写指标体系名称") @Size(max = 200, message = "名称不超过200字") String name,
			List<String> code, List<String> parentCode, List<FirstLevel> firstLevel, List<String> indicatorName,
			List<BigDecimal> weight, List<Indicator.Kind> kind, List<Measure> measure, List<String> targetCategory,
			List<Indicator.Direction> direction, List<BigDecimal> defaultTarget, List<String> rubric,
			List<String> description, List<String> remove) {

		static DraftForm of(IndicatorTemplate template) {
			List<Indicator> rows = TemplateTree.depthFirst(template.indicators());
			return new DraftForm(template.name(), map(rows, Indicator::code), map(rows, Indicator::parentCode),
					map(rows, Indicator::firstLevel), map(rows, Indicator::name), map(rows, Indicator::weight),
					map(rows, Indicator::kind), map(rows, Indicator::measure), map(rows, Indicator::targetCategory),
					map(rows, Indicator::direction), map(rows, Indicator::defaultTarget),
					map(rows, indicator -> rubricText(indicator.rubric())), map(rows, Indicator::description),
					List.of());
		}

		/** The rows to keep, as indicators (levels and order are derived when saved). */
		List<Indicator> indicators() {
			List<Indicator> indicators = new ArrayList<>();
			// rows come parents first: a removed row takes its descendants with it
			java.util.Set<String> removed = new java.util.HashSet<>(remove == null ? List.of() : remove);
			for (int i = 0; i < size(code); i++) {
				String rowCode = at(code, i);
				String parent = blankToNull(at(parentCode, i));
				if (removed.contains(rowCode) || parent != null && removed.contains(parent)) {
					removed.add(rowCode);
					continue;
				}
				Indicator.Kind rowKind = parent == null ? null : at(kind, i);
				indicators
					.add(new Indicator(rowCode, parent, parent == null ? 1 : 2, i, at(indicatorName, i),
							at(firstLevel, i), at(weight, i), rowKind, at(measure, i), at(targetCategory, i),
							at(direction, i), at(defaultTarget, i), rowKind == Indicator.Kind.QUALITATIVE
									? rubricLevels(at(rubric, i), at(indicatorName, i)) : List.of(),
							at(description, i)));
			}
			return indicators;
		}

		/** The rows as the edit table shows them again. */
		List<Row> rows() {
			List<Row> rows = new ArrayList<>();
			for (int i = 0; i < size(code); i++) {
				rows.add(new Row(at(code, i), blankToNull(at(parentCode, i)), at(firstLevel, i), at(indicatorName, i),
						at(weight, i), at(kind, i), at(measure, i), at(targetCategory, i), at(direction, i),
						at(defaultTarget, i), at(rubric, i), at(description, i)));
			}
			return rows;
		}

	}

	/** One row of the edit table. */
	record Row(String code, String parentCode, FirstLevel firstLevel, String name, BigDecimal weight,
			Indicator.Kind kind, Measure measure, String targetCategory, Indicator.Direction direction,
			BigDecimal defaultTarget, String rubric, String description) {

		public boolean firstLevelRow() {
			return parentCode == null;
		}

	}

	/** Adds a leaf under a first-level indicator. */
	record LeafForm(FirstLevel firstLevel) {
	}

	/** {@code 好|1|说明} a line. */
	static String rubricText(List<Indicator.RubricLevel> levels) {
		return levels.stream()
			.map(level -> level.level() + "|" + level.share().stripTrailingZeros().toPlainString()
					+ (level.description() == null ? "" : "|" + level.description()))
			.collect(Collectors.joining("\n"));
	}

	static List<Indicator.RubricLevel> rubricLevels(String text, String indicator) {
		List<Indicator.RubricLevel> levels = new ArrayList<>();
		if (text == null) {
			return levels;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.strip().split("[|｜]", 3);
			try {
				levels.add(new Indicator.RubricLevel(parts[0].strip(),
						parts.length > 1 ? new BigDecimal(parts[1].strip()) : null,
						parts.length > 2 ? blankToNull(parts[2]) : null));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("rubric",
						"「" + indicator + "」的评分等级应按“等级|得分比例|说明”逐行填写，得分比例为0至1的数字：" + line.strip());
			}
		}
		return levels;
	}

	private static <T> List<T> map(List<Indicator> rows, java.util.function.Function<Indicator, T> value) {
		List<T> values = new ArrayList<>();
		rows.forEach(row -> values.add(value.apply(row)));
		return values;
	}

	private static int size(List<?> values) {
		return values == null ? 0 : values.size();
	}

	private static <T> T at(List<T> values, int i) {
		return values != null && i < values.size() ? values.get(i) : null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
