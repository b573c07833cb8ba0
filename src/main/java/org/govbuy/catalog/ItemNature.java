package org.govbuy.catalog;

import java.util.Arrays;
import java.util.Optional;

/** What a catalog item is (财政部令第102号 第九条, RULES.md B1). */
public enum ItemNature {

	/** 公共服务: services the government provides to the public. */
	PUBLIC_SERVICE("公共服务"),
	/** 政府履职所需辅助性服务: services the government needs to perform its own duties. */
	AUXILIARY_SERVICE("政府履职所需辅助性服务");

	private final String label;

	ItemNature(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The nature written as its Chinese label (or the constant name), as in a spreadsheet
	 * cell.
	 */
	public static Optional<ItemNature> fromLabel(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String value = text.strip();
		return Arrays.stream(values())
			.filter(nature -> nature.label.equals(value) || nature.name().equals(value)
					|| (nature == AUXILIARY_SERVICE && value.equals("辅助性服务")))
			.findFirst();
	}

}
