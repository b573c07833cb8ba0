package org.govbuy.catalog.domain;

import java.util.UUID;

import org.govbuy.catalog.ItemNature;

/**
 * One item of a catalog version.
 *
 * @param id its id (new for every version, so uses can point at the version's own item)
 * @param code its code, which encodes its place in the tree
 * @param name Chinese name
 * @param level 1 (一级) to 6
 * @param parentCode the parent's code (null on level 1)
 * @param nature 公共服务 or 辅助性服务
 * @param pinmuCode 《政府采购品目分类目录》 code (optional on levels 1–2)
 * @param description what it covers
 */
public record CatalogItem(UUID id, String code, String name, int level, String parentCode, ItemNature nature,
		String pinmuCode, String description) {

	/** A new item; level and parent follow from the code. */
	public static CatalogItem of(String code, String name, ItemNature nature, String pinmuCode, String description) {
		return new CatalogItem(UUID.randomUUID(), code, name, ItemCode.level(code), ItemCode.parent(code).orElse(null),
				nature, blankToNull(pinmuCode), blankToNull(description));
	}

	/** The same content with a new id, for a copied version. */
	public CatalogItem copy() {
		return new CatalogItem(UUID.randomUUID(), code, name, level, parentCode, nature, pinmuCode, description);
	}

	/** Same code, name, nature, 品目 code and description. */
	public boolean sameContentAs(CatalogItem other) {
		return code.equals(other.code) && name.equals(other.name) && level == other.level && nature == other.nature
				&& java.util.Objects.equals(pinmuCode, other.pinmuCode)
				&& java.util.Objects.equals(description, other.description);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
