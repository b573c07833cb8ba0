package org.govbuy.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.evaluation.domain.Indicator.Direction;
import org.govbuy.evaluation.domain.Indicator.Kind;
import org.govbuy.evaluation.domain.Indicator.RubricLevel;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** An indicator system is scoreable out of 100 before it is published (RULES.md I4). */
class TemplatePolicyTests {

	final TemplatePolicy policy = new TemplatePolicy();

	static final List<RubricLevel> RUBRIC = List.of(new RubricLevel("好", BigDecimal.ONE, "全部落实"),
			new RubricLevel("一般", new BigDecimal("0.6"), "部分落实"));

	/** The default's shape: 过程 10, 产出 50, 效益 40. */
	static List<Indicator> defaults() {
		return new ArrayList<>(List.of(parent("P", "过程", FirstLevel.PROCESS, 10),
				quantitative("P1", "P", "预算执行率", FirstLevel.PROCESS, 10), parent("O", "产出", FirstLevel.OUTPUT, 50),
				quantitative("O1", "O", "按期完成率", FirstLevel.OUTPUT, 20),
				quantitative("O2", "O", "验收合格率", FirstLevel.OUTPUT, 20),
				qualitative("O3", "O", "服务内容与标准落实", FirstLevel.OUTPUT, 10, RUBRIC),
				parent("B", "效益", FirstLevel.BENEFIT, 40),
				qualitative("B1", "B", "社会效益", FirstLevel.BENEFIT, 30, RUBRIC),
				quantitative("B3", "B", "服务对象满意度", FirstLevel.BENEFIT, 10)));
	}

	@Test
	void theDefaultWeightsPass() {
		TemplatePolicy.Decision decision = policy.check(defaults());
		assertThat(decision.allowed()).isTrue();
		assertThat(decision.warnings()).isEmpty();
	}

	@Test
	void leavesWhoseWeightsDoNotAddUpTo100AreRefusedRuleEVAL_T1() {
		List<Indicator> indicators = defaults();
		indicators.set(1, quantitative("P1", "P", "预算执行率", FirstLevel.PROCESS, 15));
		indicators.set(0, parent("P", "过程", FirstLevel.PROCESS, 15));

		TemplatePolicy.Decision decision = policy.check(indicators);

		assertThat(decision.allowed()).isFalse();
		assertThat(decision.refusals()).map(RuleViolation::rule).containsExactly("EVAL-T1");
		assertThat(decision.refusals().get(0).message()).contains("合计为105分");
	}

	@Test
	void aParentWhoseWeightIsNotItsChildrensSumIsRefusedRuleEVAL_T2() {
		List<Indicator> indicators = defaults();
		indicators.set(2, parent("O", "产出", FirstLevel.OUTPUT, 45));

		assertThat(policy.check(indicators).refusals()).map(RuleViolation::rule).containsExactly("EVAL-T2");
		assertThat(policy.check(indicators).refusals().get(0).message()).contains("「产出」权重为45分，其下级指标权重合计为50分");
	}

	@Test
	void aParentWithoutChildrenIsRefusedRuleEVAL_T2() {
		List<Indicator> indicators = defaults();
		indicators.add(parent("D", "决策", FirstLevel.DECISION, 0));

		assertThat(policy.check(indicators).refusals()).map(RuleViolation::rule).containsExactly("EVAL-T2");
	}

	@Test
	void aQualitativeLeafNeedsTwoLevelsSharesWithin0And1AndAFullOneRuleEVAL_T3() {
		List<List<RubricLevel>> bad = List.of(List.of(new RubricLevel("好", BigDecimal.ONE, null)),
				List.of(new RubricLevel("好", new BigDecimal("0.9"), null),
						new RubricLevel("差", new BigDecimal("0.3"), null)),
				List.of(new RubricLevel("好", BigDecimal.ONE, null), new RubricLevel("差", new BigDecimal("1.2"), null)),
				List.of(new RubricLevel("好", BigDecimal.ONE, null),
						new RubricLevel("差", new BigDecimal("-0.1"), null)));
		for (List<RubricLevel> rubric : bad) {
			List<Indicator> indicators = defaults();
			indicators.set(5, qualitative("O3", "O", "服务内容与标准落实", FirstLevel.OUTPUT, 10, rubric));
			assertThat(policy.check(indicators).refusals()).as(rubric.toString())
				.map(RuleViolation::rule)
				.containsExactly("EVAL-T3");
		}
	}

	@Test
	void aQuantitativeLeafNeedsADirectionAndATargetRuleEVAL_T5() {
		List<Indicator> indicators = defaults();
		indicators.set(3, new Indicator("O1", "O", 2, 1, "按期完成率", FirstLevel.OUTPUT, new BigDecimal("20"),
				Kind.QUANTITATIVE, null, null, Direction.HIGHER, BigDecimal.ZERO, List.of(), null));

		assertThat(policy.check(indicators).refusals()).map(RuleViolation::rule).containsExactly("EVAL-T5");
	}

	@Test
	void firstLevelsOtherThanTheFourOnlyWarnBecauseTheSourceIsFromMemoryRuleEVAL_T4() {
		List<Indicator> indicators = defaults();
		indicators.set(2, parent("O", "其他", FirstLevel.OUTPUT, 50));
		indicators.set(3, quantitative("O1", "O", "按期完成率", FirstLevel.BENEFIT, 20));

		TemplatePolicy.Decision decision = policy.check(indicators);

		assertThat(decision.allowed()).isTrue();
		assertThat(decision.warnings()).map(RuleViolation::rule).containsExactly("EVAL-T4", "EVAL-T4");
		assertThat(TemplateRule.FOUR_FIRST_LEVELS.blocking()).isFalse();
		assertThat(TemplateRule.FOUR_FIRST_LEVELS.confidence().mark()).isEqualTo("M");
	}

	static Indicator parent(String code, String name, FirstLevel first, int weight) {
		return new Indicator(code, null, 1, 1, name, first, new BigDecimal(weight), null, null, null, null, null,
				List.of(), null);
	}

	static Indicator quantitative(String code, String parent, String name, FirstLevel first, int weight) {
		return new Indicator(code, parent, 2, 1, name, first, new BigDecimal(weight), Kind.QUANTITATIVE, null, null,
				Direction.HIGHER, new BigDecimal("100"), List.of(), null);
	}

	static Indicator qualitative(String code, String parent, String name, FirstLevel first, int weight,
			List<RubricLevel> rubric) {
		return new Indicator(code, parent, 2, 1, name, first, new BigDecimal(weight), Kind.QUALITATIVE, null, null,
				null, null, rubric, null);
	}

}
