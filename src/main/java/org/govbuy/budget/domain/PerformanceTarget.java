package org.govbuy.budget.domain;

/**
 * One performance indicator with its target value, e.g. 数量指标 · 服务老人人数 · ≥1200人.
 *
 * @param category its kind
 * @param indicator what is measured
 * @param target the value to reach
 */
public record PerformanceTarget(TargetCategory category, String indicator, String target) {

	public String describe() {
		return category.label() + "：" + indicator + " " + target;
	}

}
