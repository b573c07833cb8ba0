package org.govbuy.catalog.domain;

/** Where a catalog version stands. */
public enum VersionStatus {

	/** Being edited by the region's finance bureau; not used by anyone else. */
	DRAFT("草稿"),
	/** In force from its effective date; purchasers use its items. */
	PUBLISHED("已发布"),
	/** Replaced by a later published version; kept because earlier uses point at it. */
	SUPERSEDED("已被替代");

	private final String label;

	VersionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
