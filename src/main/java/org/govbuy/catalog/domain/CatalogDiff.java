package org.govbuy.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions, item by item (matched by code).
 *
 * @param added items only in the newer version
 * @param removed items only in the older version
 * @param changed items in both whose content differs
 */
public record CatalogDiff(List<CatalogItem> added, List<CatalogItem> removed, List<Change> changed) {

	/**
	 * One changed item.
	 *
	 * @param before as in the older version
	 * @param after as in the newer version
	 * @param fields the Chinese names of the fields that differ
	 */
	public record Change(CatalogItem before, CatalogItem after, List<String> fields) {
	}

	public static CatalogDiff between(List<CatalogItem> older, List<CatalogItem> newer) {
		Map<String, CatalogItem> before = new LinkedHashMap<>();
		older.forEach(item -> before.put(item.code(), item));
		Map<String, CatalogItem> after = new LinkedHashMap<>();
		newer.forEach(item -> after.put(item.code(), item));
		List<CatalogItem> added = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		for (CatalogItem item : newer) {
			CatalogItem old = before.get(item.code());
			if (old == null) {
				added.add(item);
			}
			else {
				List<String> fields = new ArrayList<>();
				if (!old.name().equals(item.name())) {
					fields.add("名称");
				}
				if (old.nature() != item.nature()) {
					fields.add("性质");
				}
				if (!Objects.equals(old.pinmuCode(), item.pinmuCode())) {
					fields.add("品目编码");
				}
				if (!Objects.equals(old.description(), item.description())) {
					fields.add("说明");
				}
				if (!fields.isEmpty()) {
					changed.add(new Change(old, item, List.copyOf(fields)));
				}
			}
		}
		List<CatalogItem> removed = older.stream().filter(item -> !after.containsKey(item.code())).toList();
		return new CatalogDiff(List.copyOf(added), removed, List.copyOf(changed));
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}

}
