package org.govbuy.evaluation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A template's indicators as a tree reads: each indicator followed by its children. */
public final class TemplateTree {

	private TemplateTree() {
	}

	/** Depth first, siblings in their order; indicators whose parent is missing last. */
	public static List<Indicator> depthFirst(List<Indicator> indicators) {
		List<Indicator> ordered = new ArrayList<>();
		children(null, indicators).forEach(root -> descend(root, indicators, ordered));
		indicators.stream().filter(indicator -> !ordered.contains(indicator)).forEach(ordered::add);
		return ordered;
	}

	private static void descend(Indicator at, List<Indicator> indicators, List<Indicator> ordered) {
		if (ordered.contains(at)) {
			return;
		}
		ordered.add(at);
		children(at.code(), indicators).forEach(child -> descend(child, indicators, ordered));
	}

	private static List<Indicator> children(String parentCode, List<Indicator> indicators) {
		return indicators.stream()
			.filter(indicator -> parentCode == null ? indicator.parentCode() == null
					: parentCode.equals(indicator.parentCode()))
			.sorted(Comparator.comparingInt(Indicator::seq))
			.toList();
	}

}
