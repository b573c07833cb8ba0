package org.govbuy.shared;

/** The tier of an administrative division, as its {@link RegionCode} shows it. */
public enum RegionLevel {

	/** The whole country; the central government (code {@code 000000}). */
	NATIONAL("全国"),
	/**
	 * A province, autonomous region or municipality directly under the central
	 * government.
	 */
	PROVINCE("省级"),
	/** A prefecture-level division. */
	CITY("市级"),
	/** A county-level division. */
	COUNTY("县级");

	private final String label;

	RegionLevel(String label) {
		this.label = label;
	}

	/** The Chinese name of the tier. */
	public String label() {
		return label;
	}

}
