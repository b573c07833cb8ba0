package org.govbuy.catalog.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govbuy.catalog.CatalogRule;
import org.govbuy.catalog.ItemNature;

/**
 * The rows of a catalog spreadsheet and their validation: every bad row and column is
 * reported with a Chinese reason, and items come out only when no row is bad.
 */
public final class CatalogRows {

	public static final List<String> COLUMNS = List.of("编码", "名称", "层级", "上级编码", "性质", "品目编码", "说明");

	public static final int MAX_NAME = 100;

	public static final int MAX_DESCRIPTION = 1000;

	private CatalogRows() {
	}

	/**
	 * One data row as written in the file.
	 *
	 * @param row the spreadsheet row number (1-based, as Excel shows it)
	 */
	public record Row(int row, String code, String name, String level, String parentCode, String nature,
			String pinmuCode, String description) {
	}

	/**
	 * A problem with one cell (row 0: the file as a whole).
	 *
	 * @param row spreadsheet row number, 0 for the whole file
	 * @param column the column's Chinese header
	 * @param value what the cell holds
	 * @param message why it is wrong (Chinese)
	 */
	public record RowError(int row, String column, String value, String message) {
	}

	/**
	 * The outcome of a validation.
	 *
	 * @param items the items, in file order (empty when there are errors)
	 * @param errors every problem found
	 * @param warnings third-level alignment warnings (they do not stop an import)
	 */
	public record Validation(List<CatalogItem> items, List<RowError> errors, List<String> warnings) {

		public boolean clean() {
			return errors.isEmpty();
		}

		/** The numbers of the rows with errors (0 for file-level errors). */
		public List<Integer> badRows() {
			return errors.stream().map(RowError::row).distinct().sorted().toList();
		}

	}

	/**
	 * Validates all rows against each other and, when given, against the upper catalog.
	 */
	public static Validation validate(List<Row> rows, Collection<CatalogItem> upper) {
		FileCheck check = new FileCheck(rows, upper);
		List<CatalogItem> items = new ArrayList<>();
		for (Row row : rows) {
			check.row(row).ifPresent(items::add);
		}
		check.upperLevelsPresent();
		List<RowError> errors = check.errors;
		if (rows.isEmpty()) {
			errors.add(new RowError(0, "编码", null, "文件中没有数据行"));
		}
		if (!errors.isEmpty()) {
			return new Validation(List.of(), List.copyOf(errors), List.of());
		}
		List<String> warnings = AlignmentPolicy.check(items, upper).warnings().stream().map(v -> v.message()).toList();
		return new Validation(List.copyOf(items), List.of(), warnings);
	}

	/**
	 * The checks of one file: each row against the others and against the upper catalog.
	 */
	private static final class FileCheck {

		private final List<RowError> errors = new ArrayList<>();

		private final Map<String, Row> byCode = new HashMap<>();

		private final Map<String, Integer> firstRow = new HashMap<>();

		private final Map<String, CatalogItem> upperByCode = new HashMap<>();

		private final Collection<CatalogItem> upper;

		private final Set<String> seen = new HashSet<>();

		FileCheck(List<Row> rows, Collection<CatalogItem> upper) {
			this.upper = upper;
			for (Row row : rows) {
				String code = trim(row.code());
				if (code != null && ItemCode.isValid(code) && !firstRow.containsKey(code)) {
					firstRow.put(code, row.row());
					byCode.put(code, row);
				}
			}
			if (upper != null) {
				upper.forEach(item -> upperByCode.put(item.code(), item));
			}
		}

		/** Checks one row; the item when the row has no error. */
		Optional<CatalogItem> row(Row row) {
			int before = errors.size();
			String code = trim(row.code());
			String name = trim(row.name());
			Optional<String> codeProblem = ItemCode.problem(code);
			codeProblem.ifPresent(problem -> errors.add(new RowError(row.row(), "编码", row.code(), problem)));
			boolean codeOk = codeProblem.isEmpty();
			if (codeOk && seen.contains(code)) {
				errors.add(new RowError(row.row(), "编码", code, "编码重复：第 " + firstRow.get(code) + " 行已有编码 " + code));
			}
			name(row, name);
			if (codeOk) {
				levelAndParent(row, code);
			}
			Optional<ItemNature> nature = nature(row, codeOk ? code : null);
			String pinmu = pinmu(row, codeOk ? code : null);
			String description = trim(row.description());
			if (description != null && description.length() > MAX_DESCRIPTION) {
				errors.add(new RowError(row.row(), "说明", null, "说明不能超过 " + MAX_DESCRIPTION + " 个字"));
			}
			if (codeOk && name != null && upper != null && ItemCode.level(code) <= 2) {
				alignedWithUpper(row, code, name);
			}
			if (codeOk) {
				seen.add(code);
			}
			return errors.size() == before ? Optional.of(CatalogItem.of(code, name, nature.get(), pinmu, description))
					: Optional.empty();
		}

		private void name(Row row, String name) {
			if (name == null) {
				errors.add(new RowError(row.row(), "名称", row.name(), "请填写名称"));
			}
			else if (name.length() > MAX_NAME) {
				errors.add(new RowError(row.row(), "名称", name, "名称不能超过 " + MAX_NAME + " 个字"));
			}
		}

		/**
		 * The level and the parent code follow from the code; the parent is in the file.
		 */
		private void levelAndParent(Row row, String code) {
			int level = ItemCode.level(code);
			String levelText = trim(row.level());
			if (levelText == null || !levelText.equals(Integer.toString(level))) {
				errors.add(new RowError(row.row(), "层级", row.level(), "层级应为 " + level + "（由编码 " + code + " 决定）"));
			}
			String parent = ItemCode.parent(code).orElse(null);
			String parentText = trim(row.parentCode());
			if (parent == null && parentText != null) {
				errors.add(new RowError(row.row(), "上级编码", parentText, "一级目录不填上级编码"));
			}
			else if (parent != null && !parent.equals(parentText)) {
				errors.add(new RowError(row.row(), "上级编码", row.parentCode(), "上级编码应为 " + parent + "（编码去掉末两位）"));
			}
			else if (parent != null && !byCode.containsKey(parent)) {
				errors.add(new RowError(row.row(), "上级编码", parentText, "上级编码 " + parent + " 在文件中不存在"));
			}
		}

		/**
		 * A known nature, the same as its first-level item's (code null when invalid).
		 */
		private Optional<ItemNature> nature(Row row, String code) {
			Optional<ItemNature> nature = ItemNature.fromLabel(row.nature());
			if (nature.isEmpty()) {
				errors.add(new RowError(row.row(), "性质", row.nature(), "性质应为“公共服务”或“政府履职所需辅助性服务”（"
						+ CatalogRule.ITEM_NATURE.id() + "，" + CatalogRule.ITEM_NATURE.citation() + "）"));
			}
			else if (code != null) {
				Row root = byCode.get(ItemCode.root(code));
				Optional<ItemNature> rootNature = root == null ? Optional.empty() : ItemNature.fromLabel(root.nature());
				if (rootNature.isPresent() && rootNature.get() != nature.get()) {
					errors.add(new RowError(row.row(), "性质", row.nature(),
							"性质应与一级目录 " + ItemCode.root(code) + " 一致（" + rootNature.get().label() + "）"));
				}
			}
			return nature;
		}

		/**
		 * A well-formed 品目编码, required from the third level on (code null when invalid).
		 */
		private String pinmu(Row row, String code) {
			String pinmu = trim(row.pinmuCode());
			Optional<String> pinmuProblem = ItemCode.pinmuProblem(pinmu);
			if (pinmuProblem.isPresent()) {
				errors.add(new RowError(row.row(), "品目编码", pinmu, pinmuProblem.get()));
			}
			else if (pinmu == null && code != null && ItemCode.level(code) >= 3) {
				errors.add(new RowError(row.row(), "品目编码", null,
						CatalogRule.PINMU_CODE.message() + "（" + CatalogRule.PINMU_CODE.id() + "）"));
			}
			return pinmu;
		}

		/** First- and second-level items as the upper catalog has them. */
		private void alignedWithUpper(Row row, String code, String name) {
			CatalogItem above = upperByCode.get(code);
			if (above == null) {
				errors.add(new RowError(row.row(), "编码", code, CatalogRule.LEVELS_ONE_TWO_ALIGNED.message() + "：" + code
						+ " 不在上级目录中（" + CatalogRule.LEVELS_ONE_TWO_ALIGNED.id() + "）"));
			}
			else if (!above.name().equals(name)) {
				errors.add(new RowError(row.row(), "名称", name, CatalogRule.LEVELS_ONE_TWO_ALIGNED.message() + "：上级目录为“"
						+ above.name() + "”（" + CatalogRule.LEVELS_ONE_TWO_ALIGNED.id() + "）"));
			}
		}

		/** Every first- and second-level item of the upper catalog is in the file. */
		void upperLevelsPresent() {
			if (upper == null) {
				return;
			}
			for (CatalogItem above : upper) {
				if (above.level() <= 2 && !seen.contains(above.code())) {
					errors.add(new RowError(0, "编码", above.code(),
							CatalogRule.LEVELS_ONE_TWO_ALIGNED.message() + "：缺少上级目录的 " + above.code() + " "
									+ above.name() + "（" + CatalogRule.LEVELS_ONE_TWO_ALIGNED.id() + "）"));
				}
			}
		}

	}

	/** The row a spreadsheet shows for an item. */
	public static Row rowOf(int rowNumber, CatalogItem item) {
		return new Row(rowNumber, item.code(), item.name(), Integer.toString(item.level()), item.parentCode(),
				item.nature().label(), item.pinmuCode(), item.description());
	}

	private static String trim(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
