package org.govbuy.catalog.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;

/**
 * A version of a region's catalog for one budget year: drafted, published (superseding
 * the version before it), filed with the finance bureau one level up and reviewed there.
 * Items are kept apart ({@link CatalogItem}) and may change only while the version is a
 * draft.
 */
public class CatalogVersion {

	private final UUID id;

	private final UUID catalogId;

	private final RegionCode region;

	private final FiscalYear fiscalYear;

	private final int number;

	private VersionStatus status;

	private final UUID derivedFrom;

	private final String note;

	private LocalDate effectiveFrom;

	private LocalDate effectiveTo;

	private Instant publishedAt;

	private String publishedBy;

	private boolean late;

	private String lateReason;

	private LocalDate deadline;

	private Instant filedAt;

	private String filedBy;

	private Instant reviewedAt;

	private String reviewedBy;

	private final Instant createdAt;

	private final String createdBy;

	private final int lockVersion;

	public CatalogVersion(UUID id, UUID catalogId, RegionCode region, FiscalYear fiscalYear, int number,
			VersionStatus status, UUID derivedFrom, String note, LocalDate effectiveFrom, LocalDate effectiveTo,
			Instant publishedAt, String publishedBy, boolean late, String lateReason, LocalDate deadline,
			Instant filedAt, String filedBy, Instant reviewedAt, String reviewedBy, Instant createdAt, String createdBy,
			int lockVersion) {
		this.id = id;
		this.catalogId = catalogId;
		this.region = region;
		this.fiscalYear = fiscalYear;
		this.number = number;
		this.status = status;
		this.derivedFrom = derivedFrom;
		this.note = note;
		this.effectiveFrom = effectiveFrom;
		this.effectiveTo = effectiveTo;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.late = late;
		this.lateReason = lateReason;
		this.deadline = deadline;
		this.filedAt = filedAt;
		this.filedBy = filedBy;
		this.reviewedAt = reviewedAt;
		this.reviewedBy = reviewedBy;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.lockVersion = lockVersion;
	}

	/** A new draft of a catalog, numbered after the versions before it. */
	public static CatalogVersion draft(UUID catalogId, RegionCode region, FiscalYear fiscalYear, int number,
			UUID derivedFrom, String note, Instant now, String by) {
		return new CatalogVersion(UUID.randomUUID(), catalogId, region, fiscalYear, number, VersionStatus.DRAFT,
				derivedFrom, note, null, null, null, null, false, null, null, null, null, null, null, now, by, 0);
	}

	/** Refuses changes to anything but a draft. */
	public void requireDraft() {
		if (status != VersionStatus.DRAFT) {
			throw new InvalidInputException("status", "第 " + number + " 版目录" + status.label() + "，只能修改草稿；请先创建调整草稿");
		}
	}

	/**
	 * Publishes the draft from its effective date, with the deadline assessment (late
	 * versions carry their reason).
	 */
	public void publish(LocalDate from, AdjustmentDeadline.Assessment timing, Instant now, String by) {
		requireDraft();
		if (from == null) {
			throw new InvalidInputException("effectiveFrom", "请填写生效日期");
		}
		this.status = VersionStatus.PUBLISHED;
		this.effectiveFrom = from;
		this.publishedAt = now;
		this.publishedBy = by;
		this.late = timing.late();
		this.lateReason = timing.late() ? timing.reason() : null;
		this.deadline = timing.deadline();
	}

	/** Replaced by a newer published version that takes effect on the given date. */
	public void supersede(LocalDate successorFrom) {
		if (status != VersionStatus.PUBLISHED) {
			throw new IllegalStateException("only a published version can be superseded");
		}
		this.status = VersionStatus.SUPERSEDED;
		LocalDate end = successorFrom.minusDays(1);
		this.effectiveTo = effectiveFrom != null && end.isBefore(effectiveFrom) ? effectiveFrom : end;
	}

	/** 备案: sends the published version to the finance bureau one level up. */
	public void file(Instant now, String by) {
		if (region.isNational()) {
			throw new InvalidInputException("region", "中央目录无需向上级备案");
		}
		if (status == VersionStatus.DRAFT) {
			throw new InvalidInputException("status", "草稿不能备案，请先发布");
		}
		if (filedAt != null) {
			throw new InvalidInputException("status", "该版本已备案，无需重复备案");
		}
		this.filedAt = now;
		this.filedBy = by;
	}

	/** The upper finance bureau has read the filing. */
	public void markReviewed(Instant now, String by) {
		if (filedAt == null) {
			throw new InvalidInputException("status", "该版本尚未备案");
		}
		this.reviewedAt = now;
		this.reviewedBy = by;
	}

	public boolean isDraft() {
		return status == VersionStatus.DRAFT;
	}

	/** Published now or before (its items may be pointed at). */
	public boolean wasPublished() {
		return status != VersionStatus.DRAFT;
	}

	public boolean isFiled() {
		return filedAt != null;
	}

	public UUID id() {
		return id;
	}

	public UUID catalogId() {
		return catalogId;
	}

	public RegionCode region() {
		return region;
	}

	public FiscalYear fiscalYear() {
		return fiscalYear;
	}

	public int number() {
		return number;
	}

	public VersionStatus status() {
		return status;
	}

	public UUID derivedFrom() {
		return derivedFrom;
	}

	public String note() {
		return note;
	}

	public LocalDate effectiveFrom() {
		return effectiveFrom;
	}

	public LocalDate effectiveTo() {
		return effectiveTo;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public String publishedBy() {
		return publishedBy;
	}

	public boolean late() {
		return late;
	}

	public String lateReason() {
		return lateReason;
	}

	public LocalDate deadline() {
		return deadline;
	}

	public Instant filedAt() {
		return filedAt;
	}

	public String filedBy() {
		return filedBy;
	}

	public Instant reviewedAt() {
		return reviewedAt;
	}

	public String reviewedBy() {
		return reviewedBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}

	public int lockVersion() {
		return lockVersion;
	}

}
