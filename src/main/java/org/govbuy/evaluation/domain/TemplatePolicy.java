package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.govbuy.shared.RuleViolation;

/**
 * Whether an indicator system may be saved and published: the rules EVAL-T1 to EVAL-T5 of
 * {@link TemplateRule}. Refusals come from the rules that block; EVAL-T4, from memory
 * ([M]), only warns.
 */
public final class TemplatePolicy {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	/**
	 * What the rules say about a template's indicators.
	 *
	 * @param refusals breaches that keep the draft from being saved or published
	 * @param warnings breaches of rules that only warn
	 */
	public record Decision(List<RuleViolation> refusals, List<RuleViolation> warnings) {

		public boolean allowed() {
			return refusals.isEmpty();
		}

	}

	/** Checks the indicators of a template, parents and leaves. */
	public Decision check(List<Indicator> indicators) {
		List<RuleViolation> refusals = new ArrayList<>();
		List<RuleViolation> warnings = new ArrayList<>();
		for (Finding finding : findings(indicators)) {
			(finding.rule().blocking() ? refusals : warnings).add(finding.violation());
		}
		return new Decision(List.copyOf(refusals), List.copyOf(warnings));
	}

	private record Finding(TemplateRule rule, RuleViolation violation) {
	}

	private static List<Finding> findings(List<Indicator> indicators) {
		List<Finding> findings = new ArrayList<>();
		leavesSumTo100(indicators, findings);
		parentsAreSums(indicators, findings);
		for (Indicator leaf : indicators) {
			if (leaf.kind() == Indicator.Kind.QUALITATIVE) {
				rubric(leaf).ifPresent(detail -> add(findings, TemplateRule.QUALITATIVE_RUBRIC, detail));
			}
			if (leaf.kind() == Indicator.Kind.QUANTITATIVE) {
				target(leaf).ifPresent(detail -> add(findings, TemplateRule.QUANTITATIVE_TARGET, detail));
			}
		}
		firstLevels(indicators, findings);
		return findings;
	}

	/** EVAL-T1. */
	private static void leavesSumTo100(List<Indicator> indicators, List<Finding> findings) {
		BigDecimal sum = indicators.stream()
			.filter(Indicator::leaf)
			.map(Indicator::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(HUNDRED) != 0) {
			add(findings, TemplateRule.LEAVES_SUM_TO_100, "末级指标权重合计为" + plain(sum) + "分");
		}
	}

	/** EVAL-T2. */
	private static void parentsAreSums(List<Indicator> indicators, List<Finding> findings) {
		Map<String, Indicator> byCode = indicators.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a));
		for (Indicator indicator : indicators) {
			if (indicator.parentCode() != null && !byCode.containsKey(indicator.parentCode())) {
				add(findings, TemplateRule.PARENT_IS_SUM_OF_CHILDREN,
						"「" + indicator.name() + "」的上级指标 " + indicator.parentCode() + " 不存在");
			}
			List<Indicator> children = indicators.stream()
				.filter(child -> indicator.code().equals(child.parentCode()))
				.toList();
			if (indicator.leaf()) {
				if (!children.isEmpty()) {
					add(findings, TemplateRule.PARENT_IS_SUM_OF_CHILDREN, "「" + indicator.name() + "」有下级指标，不应作为末级指标评分");
				}
				continue;
			}
			if (children.isEmpty()) {
				add(findings, TemplateRule.PARENT_IS_SUM_OF_CHILDREN, "「" + indicator.name() + "」没有下级指标，也未设置为末级指标");
				continue;
			}
			BigDecimal sum = children.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (sum.compareTo(indicator.weight()) != 0) {
				add(findings, TemplateRule.PARENT_IS_SUM_OF_CHILDREN, "「" + indicator.name() + "」权重为"
						+ plain(indicator.weight()) + "分，其下级指标权重合计为" + plain(sum) + "分");
			}
		}
	}

	/** EVAL-T3: what is wrong with a qualitative leaf's rubric, if anything. */
	private static Optional<String> rubric(Indicator leaf) {
		List<Indicator.RubricLevel> levels = leaf.rubric();
		String name = "「" + leaf.name() + "」";
		if (levels.size() < 2) {
			return Optional.of(name + "只有" + levels.size() + "个评分等级");
		}
		if (levels.stream().anyMatch(level -> level.level() == null || level.level().isBlank())) {
			return Optional.of(name + "有未命名的评分等级");
		}
		if (levels.stream().map(level -> level.level().strip()).distinct().count() < levels.size()) {
			return Optional.of(name + "的评分等级名称重复");
		}
		if (levels.stream()
			.anyMatch(level -> level.share() == null || level.share().signum() < 0
					|| level.share().compareTo(BigDecimal.ONE) > 0)) {
			return Optional.of(name + "有得分比例不在0至1之间的等级");
		}
		if (levels.stream().noneMatch(level -> level.share().compareTo(BigDecimal.ONE) == 0)) {
			return Optional.of(name + "没有得满分（比例为1）的等级");
		}
		return Optional.empty();
	}

	/** EVAL-T5: what is wrong with a quantitative leaf's target, if anything. */
	private static Optional<String> target(Indicator leaf) {
		String name = "「" + leaf.name() + "」";
		if (leaf.direction() == null) {
			return Optional.of(name + "未设置指标方向");
		}
		if (leaf.defaultTarget() == null) {
			return Optional.of(name + "未设置默认目标值");
		}
		if (leaf.defaultTarget().signum() < 0
				|| leaf.direction() == Indicator.Direction.HIGHER && leaf.defaultTarget().signum() == 0) {
			return Optional.of(name + "的默认目标值为" + plain(leaf.defaultTarget()));
		}
		return Optional.empty();
	}

	/** EVAL-T4. */
	private static void firstLevels(List<Indicator> indicators, List<Finding> findings) {
		Set<FirstLevel> seen = EnumSet.noneOf(FirstLevel.class);
		Map<String, Indicator> byCode = indicators.stream()
			.collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a));
		for (Indicator indicator : indicators) {
			if (indicator.level() == 1) {
				if (!indicator.firstLevel().label().equals(indicator.name().strip())) {
					add(findings, TemplateRule.FOUR_FIRST_LEVELS,
							"一级指标「" + indicator.name() + "」应为「" + indicator.firstLevel().label() + "」");
				}
				if (!seen.add(indicator.firstLevel())) {
					add(findings, TemplateRule.FOUR_FIRST_LEVELS, "一级指标「" + indicator.firstLevel().label() + "」重复");
				}
				continue;
			}
			Indicator parent = byCode.get(indicator.parentCode());
			if (parent != null && parent.firstLevel() != indicator.firstLevel()) {
				add(findings, TemplateRule.FOUR_FIRST_LEVELS,
						"「" + indicator.name() + "」应归属一级指标「" + parent.firstLevel().label() + "」");
			}
		}
	}

	private static void add(List<Finding> findings, TemplateRule rule, String detail) {
		findings.add(new Finding(rule, rule.violation(detail)));
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
