package org.govbuy.catalog.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.catalog.PublishedCatalogItem;
import org.govbuy.catalog.application.CatalogQueries.VersionSummary;
import org.govbuy.catalog.domain.CatalogDiff;
import org.govbuy.catalog.domain.CatalogItem;

/** The JSON shapes of the catalog API (codes and years as plain values). */
final class CatalogJson {

	private CatalogJson() {
	}

	record Version(UUID id, UUID catalogId, String region, String regionName, int fiscalYear, String catalogName,
			int number, String status, LocalDate effectiveFrom, LocalDate effectiveTo, boolean late, String lateReason,
			LocalDate deadline, boolean filed, boolean reviewed, Instant publishedAt, int items, String note) {

		static Version of(VersionSummary s) {
			return new Version(s.id(), s.catalogId(), s.region().value(), s.regionName(), s.fiscalYear().value(),
					s.catalogName(), s.number(), s.status().name(), s.effectiveFrom(), s.effectiveTo(), s.late(),
					s.lateReason(), s.deadline(), s.filed(), s.reviewed(), s.publishedAt(), s.items(), s.note());
		}

	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "CatalogItemView")
	record Item(UUID id, String code, String name, int level, String parentCode, String nature, String natureLabel,
			String pinmuCode, String description) {

		static Item of(CatalogItem item) {
			return new Item(item.id(), item.code(), item.name(), item.level(), item.parentCode(), item.nature().name(),
					item.nature().label(), item.pinmuCode(), item.description());
		}

	}

	record Published(UUID itemId, String code, String name, int level, String nature, String pinmuCode, UUID versionId,
			int versionNumber, String catalogRegion, int fiscalYear) {

		static Published of(PublishedCatalogItem item) {
			return new Published(item.itemId(), item.code(), item.name(), item.level(), item.nature().name(),
					item.pinmuCode(), item.versionId(), item.versionNumber(), item.catalogRegion().value(),
					item.fiscalYear().value());
		}

	}

	record Change(String code, Item before, Item after, List<String> fields) {
	}

	record Diff(UUID from, UUID to, List<Item> added, List<Item> removed, List<Change> changed) {

		static Diff of(UUID from, UUID to, CatalogDiff diff) {
			return new Diff(from, to, diff.added().stream().map(Item::of).toList(),
					diff.removed().stream().map(Item::of).toList(),
					diff.changed()
						.stream()
						.map(c -> new Change(c.after().code(), Item.of(c.before()), Item.of(c.after()), c.fields()))
						.toList());
		}

	}

	static List<Version> versions(List<VersionSummary> summaries) {
		return summaries.stream().map(Version::of).toList();
	}

}
