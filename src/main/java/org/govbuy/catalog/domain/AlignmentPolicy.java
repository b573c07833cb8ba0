package org.govbuy.catalog.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govbuy.catalog.CatalogRule;
import org.govbuy.shared.RuleViolation;

/**
 * How a lower region's catalog must follow the published catalog one level up (seed 004,
 * RULES.md B4): first- and second-level items equal the upper ones in code and name
 * (refused with {@code MOF102-11}); third-level items should match where they can (a
 * {@code SEED004-3} warning); deeper levels are free.
 */
public final class AlignmentPolicy {

	private AlignmentPolicy() {
	}

	/**
	 * The outcome of a comparison.
	 *
	 * @param violations differences on levels 1–2, which refuse
	 * @param warnings differences on level 3, which only warn
	 */
	public record Result(List<RuleViolation> violations, List<RuleViolation> warnings) {

		public boolean aligned() {
			return violations.isEmpty();
		}

	}

	/**
	 * Compares a lower catalog with the upper one; with no upper catalog everything is
	 * free.
	 */
	public static Result check(Collection<CatalogItem> lower, Collection<CatalogItem> upper) {
		if (upper == null) {
			return new Result(List.of(), List.of());
		}
		List<RuleViolation> violations = new ArrayList<>();
		List<RuleViolation> warnings = new ArrayList<>();
		Map<String, CatalogItem> upperByCode = byCode(upper);
		Map<String, CatalogItem> lowerByCode = byCode(lower);
		for (CatalogItem item : lower) {
			CatalogItem above = upperByCode.get(item.code());
			if (item.level() <= 2) {
				if (above == null) {
					violations.add(CatalogRule.LEVELS_ONE_TWO_ALIGNED
						.violation(levelName(item.level()) + " " + item.code() + " " + item.name() + " 不在上级目录中"));
				}
				else if (!above.name().equals(item.name())) {
					violations.add(CatalogRule.LEVELS_ONE_TWO_ALIGNED.violation(levelName(item.level()) + " "
							+ item.code() + " 名称为“" + item.name() + "”，上级目录为“" + above.name() + "”"));
				}
			}
			else if (item.level() == 3) {
				if (above == null) {
					warnings.add(CatalogRule.THIRD_LEVEL_ALIGNED
						.violation("三级目录 " + item.code() + " " + item.name() + " 在上级目录中没有对应条目"));
				}
				else if (!above.name().equals(item.name())) {
					warnings.add(CatalogRule.THIRD_LEVEL_ALIGNED
						.violation("三级目录 " + item.code() + " 名称为“" + item.name() + "”，上级目录为“" + above.name() + "”"));
				}
			}
		}
		for (CatalogItem above : upper) {
			if (above.level() <= 2 && !lowerByCode.containsKey(above.code())) {
				violations.add(CatalogRule.LEVELS_ONE_TWO_ALIGNED
					.violation("缺少上级目录的" + levelName(above.level()) + " " + above.code() + " " + above.name()));
			}
			else if (above.level() == 3 && !lowerByCode.containsKey(above.code())) {
				warnings.add(
						CatalogRule.THIRD_LEVEL_ALIGNED.violation("未保留上级目录的三级目录 " + above.code() + " " + above.name()));
			}
		}
		return new Result(List.copyOf(violations), List.copyOf(warnings));
	}

	/** Checks one item about to be added or changed (only its own level matters). */
	public static List<RuleViolation> checkItem(CatalogItem item, Collection<CatalogItem> upper) {
		if (upper == null || item.level() > 2) {
			return List.of();
		}
		return check(List.of(item), upper.stream().filter(above -> above.code().equals(item.code())).toList())
			.violations();
	}

	/** The level-3 warning for one item about to be added or changed, if any. */
	public static List<RuleViolation> warnItem(CatalogItem item, Collection<CatalogItem> upper) {
		if (upper == null || item.level() != 3) {
			return List.of();
		}
		List<CatalogItem> same = upper.stream().filter(above -> above.code().equals(item.code())).toList();
		return check(List.of(item), same).warnings();
	}

	private static Map<String, CatalogItem> byCode(Collection<CatalogItem> items) {
		Map<String, CatalogItem> map = new LinkedHashMap<>();
		items.forEach(item -> map.put(item.code(), item));
		return map;
	}

	static String levelName(int level) {
		return switch (level) {
			case 1 -> "一级目录";
			case 2 -> "二级目录";
			case 3 -> "三级目录";
			default -> level + "级目录";
		};
	}

}
