package org.govbuy.evaluation.domain;

import java.util.List;
import java.util.UUID;

/**
 * An indicator system (指标体系) in one version. A published version never changes: an edit
 * is a new version of the same family, and an evaluation keeps the version it opened
 * with.
 *
 * @param id this version
 * @param familyId all versions of the template
 * @param version 1, 2, …
 * @param name its name
 * @param regionCode the region it applies to (and the regions below), null for every
 * region
 * @param catalogCategory the catalog code prefix it applies to, null for every item
 * @param status draft, published or retired
 * @param indicators all its indicators, parents before children
 */
public record IndicatorTemplate(UUID id, UUID familyId, int version, String name, String regionCode,
		String catalogCategory, Status status, List<Indicator> indicators) {

	public IndicatorTemplate {
		indicators = List.copyOf(indicators);
	}

	/** The scored indicators, in order. */
	public List<Indicator> leaves() {
		return indicators.stream().filter(Indicator::leaf).toList();
	}

	/** A template's state. */
	public enum Status {

		/** 草稿. */
		DRAFT("草稿"),
		/** 已发布: new evaluations use it. */
		PUBLISHED("已发布"),
		/** 已停用. */
		RETIRED("已停用");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
