package org.govbuy.catalog.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.catalog.CatalogRule;
import org.govbuy.catalog.CatalogVersionPublished;
import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.catalog.application.CatalogRepository.Catalog;
import org.govbuy.catalog.application.CatalogRepository.FilingComment;
import org.govbuy.catalog.domain.AdjustmentDeadline;
import org.govbuy.catalog.domain.AlignmentPolicy;
import org.govbuy.catalog.domain.CatalogItem;
import org.govbuy.catalog.domain.CatalogVersion;
import org.govbuy.catalog.domain.VersionStatus;
import org.govbuy.catalog.domain.ItemCode;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.platform.Regions;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands on guiding catalogs, one transaction each, every one audited: create a
 * catalog derived from the level above, adjust it in a draft, publish (with the deadline
 * and the alignment rules), file with the finance bureau above, comment and review.
 */
@Service
public class CatalogManagement {

	/**
	 * An item as a user enters it.
	 *
	 * @param code item code (fixed once created)
	 * @param name Chinese name
	 * @param nature 公共服务 or 辅助性服务
	 * @param pinmuCode 品目 code
	 * @param description what it covers
	 */
	public record ItemDraft(String code, String name, ItemNature nature, String pinmuCode, String description) {
	}

	/**
	 * What a change to a draft brought up without refusing it.
	 *
	 * @param versionId the version changed
	 * @param warnings alignment warnings (SEED004-3) and negative-list keywords to review
	 */
	public record Outcome(UUID versionId, List<RuleViolation> warnings) {
	}

	private final CatalogRepository repository;

	private final AuditTrail audit;

	private final RegionalParameters parameters;

	private final Regions regions;

	private final Organizations organizations;

	private final NegativeListCheck negativeList;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogManagement(CatalogRepository repository, AuditTrail audit, RegionalParameters parameters, Regions regions,
			Organizations organizations, NegativeListCheck negativeList, ApplicationEventPublisher events,
			Clock clock) {
		this.repository = repository;
		this.audit = audit;
		this.parameters = parameters;
		this.regions = regions;
		this.organizations = organizations;
		this.negativeList = negativeList;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates the catalog of a region for a year with a first draft: a copy of the
	 * published catalog one level up (for the central catalog, of its latest earlier
	 * version).
	 */
	@Transactional
	public CatalogVersion createCatalog(CurrentUser user, RegionCode region, FiscalYear year, String name) {
		CatalogAccess.requireEdit(user, region);
		regions.get(region);
		if (repository.findCatalog(region, year).isPresent()) {
			throw new InvalidInputException("fiscalYear",
					regions.fullName(region) + " 已有 " + year + " 年度指导性目录，请在其中创建调整草稿");
		}
		Instant now = clock.instant();
		String title = name == null || name.isBlank() ? defaultName(region, year) : name.strip();
		Catalog catalog = new Catalog(UUID.randomUUID(), region, year, title, now);
		repository.insert(catalog, user.username());
		Optional<CatalogVersion> source = region.isNational() ? repository.latestPublishedUpTo(region, year.previous())
				: upperVersion(region, year);
		CatalogVersion draft = CatalogVersion.draft(catalog.id(), region, year, 1,
				source.map(CatalogVersion::id).orElse(null),
				source.map(s -> "派生自 " + s.region() + " " + s.fiscalYear() + " 年度第 " + s.number() + " 版")
					.orElse("空白目录"),
				now, user.username());
		repository.insert(draft);
		List<CatalogItem> items = source.map(s -> repository.items(s.id()).stream().map(CatalogItem::copy).toList())
			.orElse(List.of());
		repository.insertItems(draft.id(), items, 1);
		audit.record("catalog.create", "Catalog", catalog.id(), null,
				Map.of("region", region.value(), "fiscalYear", year.value(), "name", title, "draft", draft.id(),
						"derivedFrom", String.valueOf(draft.derivedFrom()), "items", items.size()));
		return draft;
	}

	/** Starts an adjustment: a new draft copying the catalog's published version. */
	@Transactional
	public CatalogVersion startAdjustment(CurrentUser user, UUID catalogId, String note) {
		Catalog catalog = repository.findCatalog(catalogId).orElseThrow(() -> new NotFoundException("目录不存在"));
		CatalogAccess.requireEdit(user, catalog.region());
		List<CatalogVersion> versions = repository.versions(catalogId);
		if (versions.stream().anyMatch(CatalogVersion::isDraft)) {
			throw new InvalidInputException("status", "该目录已有草稿，请先发布或继续编辑现有草稿");
		}
		CatalogVersion base = versions.stream()
			.filter(v -> v.status() == VersionStatus.PUBLISHED)
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("status", "该目录没有已发布的版本可供调整"));
		CatalogVersion draft = CatalogVersion.draft(catalogId, catalog.region(), catalog.fiscalYear(),
				repository.nextNumber(catalogId), base.id(),
				note == null || note.isBlank() ? "调整第 " + base.number() + " 版" : note.strip(), clock.instant(),
				user.username());
		repository.insert(draft);
		repository.insertItems(draft.id(), repository.items(base.id()).stream().map(CatalogItem::copy).toList(), 1);
		audit.record("catalog.adjust", "CatalogVersion", draft.id(), null,
				Map.of("catalog", catalogId, "number", draft.number(), "basedOn", base.id()));
		return draft;
	}

	/**
	 * Adds an item to a draft; levels 1–2 must exist in the catalog above (MOF102-11).
	 */
	@Transactional
	public Outcome addItem(CurrentUser user, UUID versionId, ItemDraft input) {
		CatalogVersion version = editableDraft(user, versionId);
		String code = required("code", input.code());
		ItemCode.problem(code).ifPresent(problem -> {
			throw new InvalidInputException("code", problem);
		});
		if (repository.item(versionId, code).isPresent()) {
			throw new InvalidInputException("code", "编码 " + code + " 已存在");
		}
		Optional<String> parent = ItemCode.parent(code);
		if (parent.isPresent() && repository.item(versionId, parent.get()).isEmpty()) {
			throw new InvalidInputException("code", "上级编码 " + parent.get() + " 不存在，请先添加上级目录");
		}
		CatalogItem item = CatalogItem.of(code, required("name", input.name()), nature(input), input.pinmuCode(),
				input.description());
		checkItem(version, item);
		repository.insertItems(versionId, List.of(item), repository.nextPosition(versionId));
		audit.record("catalog.item.add", "CatalogVersion", versionId, null, item);
		return new Outcome(versionId, warnings(version, item));
	}

	/** Changes an item's name, nature, 品目 code or description (the code stays). */
	@Transactional
	public Outcome editItem(CurrentUser user, UUID versionId, String code, ItemDraft input) {
		CatalogVersion version = editableDraft(user, versionId);
		CatalogItem before = repository.item(versionId, code)
			.orElseThrow(() -> new NotFoundException("目录条目 " + code + " 不存在"));
		CatalogItem after = new CatalogItem(before.id(), before.code(), required("name", input.name()), before.level(),
				before.parentCode(), nature(input), blank(input.pinmuCode()), blank(input.description()));
		checkItem(version, after);
		repository.updateItem(versionId, after);
		audit.record("catalog.item.edit", "CatalogVersion", versionId, before, after);
		return new Outcome(versionId, warnings(version, after));
	}

	/**
	 * Removes an item and the items below it; levels 1–2 of the catalog above cannot be
	 * removed.
	 */
	@Transactional
	public int removeItem(CurrentUser user, UUID versionId, String code) {
		CatalogVersion version = editableDraft(user, versionId);
		CatalogItem item = repository.item(versionId, code)
			.orElseThrow(() -> new NotFoundException("目录条目 " + code + " 不存在"));
		if (item.level() <= 2) {
			Optional<CatalogVersion> upper = upperVersion(version.region(), version.fiscalYear());
			if (upper.isPresent() && repository.item(upper.get().id(), code).isPresent()) {
				throw CatalogRule.LEVELS_ONE_TWO_ALIGNED
					.refusal("不能删除上级目录中的" + (item.level() == 1 ? "一级" : "二级") + "目录 " + code + " " + item.name());
			}
		}
		int removed = repository.removeItem(versionId, code);
		audit.record("catalog.item.remove", "CatalogVersion", versionId, item, Map.of("removed", removed));
		return removed;
	}

	/** Replaces every item of a draft (a clean import). */
	@Transactional
	public void replaceItems(CurrentUser user, UUID versionId, List<CatalogItem> items, String source) {
		editableDraft(user, versionId);
		int before = repository.itemCount(versionId);
		repository.replaceItems(versionId, items);
		audit.record("catalog.import", "CatalogVersion", versionId, Map.of("items", before),
				Map.of("items", items.size(), "source", source));
	}

	/**
	 * Publishes a draft: refused if levels 1–2 differ from the catalog above (MOF102-11)
	 * or an item of level 3 or below lacks its 品目 code (MOF57-5); after the regional
	 * deadline only with a reason (SEED004-9), and then flagged. The version published
	 * before is superseded.
	 */
	@Transactional
	public Outcome publish(CurrentUser user, UUID versionId, LocalDate effectiveFrom, String lateReason) {
		CatalogVersion version = editableDraft(user, versionId);
		repository.lockVersion(versionId);
		List<CatalogItem> items = repository.items(versionId);
		if (items.isEmpty()) {
			throw new InvalidInputException("items", "目录为空，不能发布");
		}
		Optional<CatalogVersion> upper = upperVersion(version.region(), version.fiscalYear());
		AlignmentPolicy.Result alignment = AlignmentPolicy.check(items,
				upper.map(u -> repository.items(u.id())).orElse(null));
		List<RuleViolation> violations = new ArrayList<>(alignment.violations());
		List<String> missingPinmu = items.stream()
			.filter(item -> item.level() >= 3 && item.pinmuCode() == null)
			.map(CatalogItem::code)
			.toList();
		if (!missingPinmu.isEmpty()) {
			violations.add(CatalogRule.PINMU_CODE
				.violation("缺少品目编码的条目：" + String.join("、", missingPinmu.subList(0, Math.min(20, missingPinmu.size())))
						+ (missingPinmu.size() > 20 ? " 等" : "")));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		LocalDate today = LocalDate.now(clock);
		MonthDay deadline = parameters.monthDay(version.region(), PolicyParameter.CATALOG_ADJUSTMENT_DEADLINE, today);
		AdjustmentDeadline.Assessment timing = AdjustmentDeadline.assess(version.fiscalYear(), today, deadline,
				lateReason);
		LocalDate from = effectiveFrom != null ? effectiveFrom
				: today.isBefore(version.fiscalYear().start()) ? version.fiscalYear().start() : today;
		UUID superseded = null;
		for (CatalogVersion other : repository.versions(version.catalogId())) {
			if (other.status() == VersionStatus.PUBLISHED) {
				superseded = other.id();
				repository.lockVersion(other.id());
				other.supersede(from);
				repository.update(other);
				audit.record("catalog.supersede", "CatalogVersion", other.id(),
						Map.of("status", VersionStatus.PUBLISHED.name()),
						Map.of("status", other.status().name(), "effectiveTo", other.effectiveTo().toString()));
			}
		}
		VersionStatus before = version.status();
		version.publish(from, timing, clock.instant(), user.username());
		repository.update(version);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", version.status().name());
		after.put("effectiveFrom", from.toString());
		after.put("deadline", timing.deadline().toString());
		after.put("late", timing.late());
		if (timing.late()) {
			after.put("lateReason", timing.reason());
		}
		audit.record("catalog.publish", "CatalogVersion", versionId, Map.of("status", before.name()), after);
		events.publishEvent(new CatalogVersionPublished(versionId, version.region(), version.fiscalYear(),
				version.number(), from, timing.late(), timing.reason(), version.catalogId(), superseded, items.size()));
		return new Outcome(versionId, alignment.warnings());
	}

	/** 备案 with the finance bureau one level up. */
	@Transactional
	public void file(CurrentUser user, UUID versionId) {
		CatalogVersion version = repository.lockVersion(versionId).orElseThrow(() -> new NotFoundException("目录版本不存在"));
		CatalogAccess.requireRead(user, version);
		CatalogAccess.requireEdit(user, version.region());
		version.file(clock.instant(), user.username());
		repository.update(version);
		RegionCode upper = version.region().parentCode().orElseThrow();
		audit.record("catalog.file", "CatalogVersion", versionId, null,
				Map.of("filedWith", organizations.financeBureauOf(upper).map(o -> o.name()).orElse(upper.value())));
	}

	/** A comment on a filed version, by its own bureau or a bureau above. */
	@Transactional
	public FilingComment comment(CurrentUser user, UUID versionId, String text) {
		CatalogVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException("目录版本不存在"));
		CatalogAccess.requireRead(user, version);
		if (!CatalogAccess.canComment(user, version)) {
			throw new AccessDeniedException(version.isFiled() ? "只有本级和上级财政部门可以对备案目录发表意见" : "该版本尚未备案");
		}
		FilingComment comment = new FilingComment(UUID.randomUUID(), versionId, user.username(), user.displayName(),
				user.organizationId(), required("text", text), clock.instant());
		repository.insert(comment);
		audit.record("catalog.comment", "CatalogVersion", versionId, null, Map.of("comment", comment.text()));
		return comment;
	}

	/** The bureau above has read the filing (optionally with a comment). */
	@Transactional
	public void markReviewed(CurrentUser user, UUID versionId, String text) {
		CatalogVersion version = repository.lockVersion(versionId).orElseThrow(() -> new NotFoundException("目录版本不存在"));
		CatalogAccess.requireRead(user, version);
		if (!(user.hasRole(org.govbuy.platform.Role.ADMIN)
				|| (CatalogAccess.isFinance(user) && CatalogAccess.isAbove(user, version.region())))) {
			throw new AccessDeniedException("只有上级财政部门可以审阅备案");
		}
		version.markReviewed(clock.instant(), user.username());
		repository.update(version);
		if (text != null && !text.isBlank()) {
			repository.insert(new FilingComment(UUID.randomUUID(), versionId, user.username(), user.displayName(),
					user.organizationId(), text.strip(), clock.instant()));
		}
		audit.record("catalog.review", "CatalogVersion", versionId, null, Map.of("reviewed", true));
	}

	/**
	 * The published catalog one level up that a region's catalog follows (the nearest one
	 * above).
	 */
	public Optional<CatalogVersion> upperVersion(RegionCode region, FiscalYear year) {
		Optional<RegionCode> above = region.parentCode();
		while (above.isPresent()) {
			Optional<CatalogVersion> version = repository.latestPublishedUpTo(above.get(), year);
			if (version.isPresent()) {
				return version;
			}
			above = above.get().parentCode();
		}
		return Optional.empty();
	}

	CatalogVersion editableDraft(CurrentUser user, UUID versionId) {
		CatalogVersion version = repository.findVersion(versionId).orElseThrow(() -> new NotFoundException("目录版本不存在"));
		CatalogAccess.requireRead(user, version);
		CatalogAccess.requireEdit(user, version.region());
		version.requireDraft();
		return version;
	}

	private void checkItem(CatalogVersion version, CatalogItem item) {
		List<RuleViolation> violations = new ArrayList<>();
		Optional<CatalogVersion> upper = upperVersion(version.region(), version.fiscalYear());
		upper.ifPresent(u -> violations.addAll(AlignmentPolicy.checkItem(item, repository.items(u.id()))));
		if (item.level() > 1) {
			repository.item(version.id(), ItemCode.root(item.code()))
				.filter(root -> root.nature() != item.nature())
				.ifPresent(root -> violations.add(CatalogRule.ITEM_NATURE
					.violation("条目性质应与一级目录 " + root.code() + " 一致（" + root.nature().label() + "）")));
		}
		ItemCode.pinmuProblem(item.pinmuCode())
			.ifPresent(problem -> violations.add(CatalogRule.PINMU_CODE.violation(problem)));
		if (item.level() >= 3 && item.pinmuCode() == null) {
			violations.add(CatalogRule.PINMU_CODE.violation(item.code() + " 未填写品目编码"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
	}

	private List<RuleViolation> warnings(CatalogVersion version, CatalogItem item) {
		List<RuleViolation> warnings = new ArrayList<>();
		if (item.level() == 3) {
			upperVersion(version.region(), version.fiscalYear())
				.ifPresent(u -> warnings.addAll(AlignmentPolicy.warnItem(item, repository.items(u.id()))));
		}
		negativeList.check(PurchaseDescription.of(item.name(), item.description()))
			.warnings()
			.forEach(w -> warnings.add(new RuleViolation(w.rule(), w.citation(), w.message())));
		return warnings;
	}

	private static ItemNature nature(ItemDraft input) {
		if (input.nature() == null) {
			throw new InvalidInputException("nature", "请选择性质：公共服务或政府履职所需辅助性服务");
		}
		return input.nature();
	}

	private static String required(String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "请填写" + switch (field) {
				case "code" -> "编码";
				case "name" -> "名称";
				case "text" -> "意见";
				default -> field;
			});
		}
		return value.strip();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private String defaultName(RegionCode region, FiscalYear year) {
		String place = region.isNational() ? "中央" : regions.get(region).name();
		return place + year + "年度政府购买服务指导性目录";
	}

}
