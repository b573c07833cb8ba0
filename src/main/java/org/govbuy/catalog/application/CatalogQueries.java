package org.govbuy.catalog.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.catalog.CatalogItems;
import org.govbuy.catalog.PublishedCatalogItem;
import org.govbuy.catalog.application.CatalogRepository.Catalog;
import org.govbuy.catalog.application.CatalogRepository.FilingComment;
import org.govbuy.catalog.domain.AlignmentPolicy;
import org.govbuy.catalog.domain.CatalogDiff;
import org.govbuy.catalog.domain.CatalogItem;
import org.govbuy.catalog.domain.CatalogVersion;
import org.govbuy.catalog.domain.VersionStatus;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Regions;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the catalog: lists, trees, diffs, and the published items other modules
 * use.
 */
@Service
@Transactional(readOnly = true)
public class CatalogQueries implements CatalogItems {

	/** A version as lists show it. */
	public record VersionSummary(UUID id, UUID catalogId, RegionCode region, String regionName, FiscalYear fiscalYear,
			String catalogName, int number, VersionStatus status, String statusLabel, java.time.LocalDate effectiveFrom,
			java.time.LocalDate effectiveTo, boolean late, String lateReason, java.time.LocalDate deadline,
			boolean filed, boolean reviewed, java.time.Instant publishedAt, int items, String note) {
	}

	/** An item with the items below it. */
	public record TreeNode(CatalogItem item, List<TreeNode> children) {

		/** Whether this node or anything below it matches the search. */
		boolean matches(String query) {
			return query == null || item.code().contains(query) || item.name().contains(query)
					|| children.stream().anyMatch(child -> child.matches(query));
		}

	}

	/** A version with its items, tree, filing and alignment with the catalog above. */
	public record VersionView(VersionSummary summary, List<CatalogItem> items, List<TreeNode> tree,
			List<FilingComment> comments, VersionSummary upper, List<RuleViolation> alignmentViolations,
			List<RuleViolation> alignmentWarnings, boolean editable, boolean canFile, boolean canComment,
			boolean canReview, boolean canSeeFiling, boolean canAdjust, List<VersionSummary> siblings) {
	}

	private final CatalogRepository repository;

	private final CatalogManagement management;

	private final Regions regions;

	CatalogQueries(CatalogRepository repository, CatalogManagement management, Regions regions) {
		this.repository = repository;
		this.management = management;
		this.regions = regions;
	}

	/** The versions in the user's lists, optionally for one region or year. */
	public List<VersionSummary> versions(CurrentUser user, RegionCode region, FiscalYear year) {
		return repository.allVersions()
			.stream()
			.filter(v -> region == null || v.region().equals(region))
			.filter(v -> year == null || v.fiscalYear().equals(year))
			.filter(v -> CatalogAccess.relevant(user, v))
			.map(this::summary)
			.toList();
	}

	/**
	 * Published versions in force (for the portal and purchasers), optionally filtered.
	 */
	public List<VersionSummary> publishedVersions() {
		return repository.allVersions()
			.stream()
			.filter(v -> v.status() == VersionStatus.PUBLISHED)
			.map(this::summary)
			.toList();
	}

	public VersionView view(CurrentUser user, UUID versionId, String query) {
		CatalogVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException("目录版本不存在"));
		CatalogAccess.requireRead(user, version);
		List<CatalogItem> items = repository.items(versionId);
		Optional<CatalogVersion> upper = version.region().isNational() ? Optional.empty()
				: management.upperVersion(version.region(), version.fiscalYear());
		AlignmentPolicy.Result alignment = AlignmentPolicy.check(items,
				upper.map(u -> repository.items(u.id())).orElse(null));
		boolean editor = CatalogAccess.canEdit(user, version.region());
		boolean canSeeFiling = CatalogAccess.canSeeFiling(user, version);
		List<VersionSummary> siblings = repository.versions(version.catalogId())
			.stream()
			.filter(v -> CatalogAccess.canRead(user, v))
			.map(this::summary)
			.toList();
		return new VersionView(summary(version), items, tree(items, blank(query)),
				canSeeFiling ? repository.comments(versionId) : List.of(), upper.map(this::summary).orElse(null),
				alignment.violations(), alignment.warnings(), editor && version.isDraft(),
				editor && version.wasPublished() && !version.isFiled() && !version.region().isNational(),
				CatalogAccess.canComment(user, version),
				version.isFiled() && version.reviewedAt() == null && CatalogAccess.isFinance(user)
						&& CatalogAccess.isAbove(user, version.region()),
				canSeeFiling, editor && version.status() == VersionStatus.PUBLISHED
						&& siblings.stream().noneMatch(v -> v.status() == VersionStatus.DRAFT),
				siblings);
	}

	/** Items of a readable version. */
	public List<CatalogItem> items(CurrentUser user, UUID versionId) {
		CatalogVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException("目录版本不存在"));
		CatalogAccess.requireRead(user, version);
		return repository.items(versionId);
	}

	public VersionSummary summary(CurrentUser user, UUID versionId) {
		CatalogVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException("目录版本不存在"));
		CatalogAccess.requireRead(user, version);
		return summary(version);
	}

	/** What changed from one version to another (both readable). */
	public CatalogDiff diff(CurrentUser user, UUID from, UUID to) {
		return CatalogDiff.between(items(user, from), items(user, to));
	}

	/** Published versions for anyone, without login. */
	public List<CatalogItem> publicItems(UUID versionId) {
		CatalogVersion version = repository.findVersion(versionId)
			.filter(v -> v.status() == VersionStatus.PUBLISHED)
			.orElseThrow(() -> new NotFoundException("目录版本不存在或未发布"));
		return repository.items(version.id());
	}

	public Optional<VersionSummary> publicSummary(UUID versionId) {
		return repository.findVersion(versionId).filter(v -> v.status() == VersionStatus.PUBLISHED).map(this::summary);
	}

	/**
	 * Versions in force for purchasers of a region: its own catalog and those above it.
	 */
	public List<VersionSummary> chainFor(RegionCode region, FiscalYear year) {
		List<VersionSummary> chain = new ArrayList<>();
		Optional<RegionCode> current = Optional.of(region);
		while (current.isPresent()) {
			repository.latestPublishedUpTo(current.get(), year).map(this::summary).ifPresent(chain::add);
			current = current.get().parentCode();
		}
		return chain;
	}

	@Override
	public Optional<PublishedCatalogItem> findPublished(RegionCode region, FiscalYear fiscalYear, String code) {
		Optional<RegionCode> current = Optional.of(region);
		while (current.isPresent()) {
			Optional<CatalogVersion> version = repository.latestPublishedUpTo(current.get(), fiscalYear);
			if (version.isPresent()) {
				return repository.item(version.get().id(), code).map(item -> published(item, version.get()));
			}
			current = current.get().parentCode();
		}
		return Optional.empty();
	}

	@Override
	public List<PublishedCatalogItem> publishedItems(RegionCode region, FiscalYear fiscalYear) {
		return inForce(region, fiscalYear)
			.map(version -> repository.items(version.id()).stream().map(item -> published(item, version)).toList())
			.orElse(List.of());
	}

	@Override
	public Optional<PublishedCatalogItem> findById(UUID itemId) {
		return repository.versionOfItem(itemId)
			.flatMap(repository::findVersion)
			.filter(CatalogVersion::wasPublished)
			.flatMap(version -> repository.itemById(itemId).map(item -> published(item, version)));
	}

	/** The catalog in force for a region and year (its own or the nearest above). */
	public Optional<CatalogVersion> inForce(RegionCode region, FiscalYear year) {
		Optional<RegionCode> current = Optional.of(region);
		while (current.isPresent()) {
			Optional<CatalogVersion> version = repository.latestPublishedUpTo(current.get(), year);
			if (version.isPresent()) {
				return version;
			}
			current = current.get().parentCode();
		}
		return Optional.empty();
	}

	public Optional<Catalog> catalog(UUID id) {
		return repository.findCatalog(id);
	}

	/** Builds the tree; with a query, keeps the nodes that match or lead to a match. */
	public static List<TreeNode> tree(List<CatalogItem> items, String query) {
		Map<String, List<CatalogItem>> children = new LinkedHashMap<>();
		List<CatalogItem> roots = new ArrayList<>();
		Map<String, CatalogItem> byCode = new LinkedHashMap<>();
		items.forEach(item -> byCode.put(item.code(), item));
		for (CatalogItem item : items) {
			if (item.parentCode() == null || !byCode.containsKey(item.parentCode())) {
				roots.add(item);
			}
			else {
				children.computeIfAbsent(item.parentCode(), key -> new ArrayList<>()).add(item);
			}
		}
		return roots.stream()
			.sorted(Comparator.comparing(CatalogItem::code))
			.map(root -> node(root, children))
			.filter(node -> node.matches(query))
			.map(node -> query == null ? node : prune(node, query))
			.toList();
	}

	private static TreeNode node(CatalogItem item, Map<String, List<CatalogItem>> children) {
		return new TreeNode(item,
				children.getOrDefault(item.code(), List.of())
					.stream()
					.sorted(Comparator.comparing(CatalogItem::code))
					.map(child -> node(child, children))
					.toList());
	}

	private static TreeNode prune(TreeNode node, String query) {
		boolean self = node.item().code().contains(query) || node.item().name().contains(query);
		if (self) {
			return node;
		}
		return new TreeNode(node.item(),
				node.children()
					.stream()
					.filter(child -> child.matches(query))
					.map(child -> prune(child, query))
					.toList());
	}

	private VersionSummary summary(CatalogVersion v) {
		Catalog catalog = repository.findCatalog(v.catalogId()).orElseThrow();
		String regionName = v.region().isNational() ? "中央"
				: regions.find(v.region()).map(r -> regions.fullName(v.region())).orElse(v.region().value());
		return new VersionSummary(v.id(), v.catalogId(), v.region(), regionName, v.fiscalYear(), catalog.name(),
				v.number(), v.status(), v.status().label(), v.effectiveFrom(), v.effectiveTo(), v.late(),
				v.lateReason(), v.deadline(), v.isFiled(), v.reviewedAt() != null, v.publishedAt(),
				repository.itemCount(v.id()), v.note());
	}

	private static PublishedCatalogItem published(CatalogItem item, CatalogVersion version) {
		return new PublishedCatalogItem(item.id(), item.code(), item.name(), item.level(), item.nature(),
				item.pinmuCode(), version.id(), version.number(), version.region(), version.fiscalYear());
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
