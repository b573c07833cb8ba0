package org.govbuy.catalog.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.domain.CatalogItem;
import org.govbuy.catalog.domain.CatalogVersion;
import org.govbuy.catalog.domain.VersionStatus;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Catalogs, versions, items and filing comments in schema {@code catalog}. */
@Repository
public class CatalogRepository {

	/** A catalog of a region and year. */
	public record Catalog(UUID id, RegionCode region, FiscalYear fiscalYear, String name, Instant createdAt) {
	}

	/** A comment on a filed version. */
	public record FilingComment(UUID id, UUID versionId, String author, String authorName, UUID organizationId,
			String text, Instant createdAt) {
	}

	private static final String VERSION_COLUMNS = """
			v.id, v.catalog_id, c.region_code, c.fiscal_year, v.number, v.status, v.derived_from_version_id, v.note,
			v.effective_from, v.effective_to, v.published_at, v.published_by, v.late, v.late_reason, v.deadline,
			v.filed_at, v.filed_by, v.reviewed_at, v.reviewed_by, v.created_at, v.created_by, v.version""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	CatalogRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	public void insert(Catalog catalog, String by) {
		jdbc.sql("""
				insert into catalog.catalog (id, region_code, fiscal_year, name, created_at, created_by)
				values (:id, :region, :year, :name, :at, :by)""")
			.param("id", catalog.id())
			.param("region", catalog.region().value())
			.param("year", catalog.fiscalYear().value())
			.param("name", catalog.name())
			.param("at", utc(catalog.createdAt()))
			.param("by", by)
			.update();
	}

	public Optional<Catalog> findCatalog(UUID id) {
		return jdbc.sql("select * from catalog.catalog where id = :id").param("id", id).query(this::catalog).optional();
	}

	public Optional<Catalog> findCatalog(RegionCode region, FiscalYear year) {
		return jdbc.sql("select * from catalog.catalog where region_code = :region and fiscal_year = :year")
			.param("region", region.value())
			.param("year", year.value())
			.query(this::catalog)
			.optional();
	}

	public List<Catalog> catalogs() {
		return jdbc.sql("select * from catalog.catalog order by fiscal_year desc, region_code")
			.query(this::catalog)
			.list();
	}

	public void insert(CatalogVersion version) {
		jdbc.sql("""
				insert into catalog.catalog_version (id, catalog_id, number, status, derived_from_version_id, note,
				    created_at, created_by)
				values (:id, :catalog, :number, :status, :derived, :note, :at, :by)""")
			.param("id", version.id())
			.param("catalog", version.catalogId())
			.param("number", version.number())
			.param("status", version.status().name())
			.param("derived", version.derivedFrom())
			.param("note", version.note())
			.param("at", utc(version.createdAt()))
			.param("by", version.createdBy())
			.update();
	}

	/** Saves the state of a version; refuses if someone else changed it meanwhile. */
	public void update(CatalogVersion version) {
		int updated = jdbc.sql("""
				update catalog.catalog_version set status = :status, effective_from = :from, effective_to = :to,
				    published_at = :publishedAt, published_by = :publishedBy, late = :late, late_reason = :lateReason,
				    deadline = :deadline, filed_at = :filedAt, filed_by = :filedBy, reviewed_at = :reviewedAt,
				    reviewed_by = :reviewedBy, version = version + 1
				where id = :id and version = :lock""")
			.param("status", version.status().name())
			.param("from", version.effectiveFrom())
			.param("to", version.effectiveTo())
			.param("publishedAt", utc(version.publishedAt()))
			.param("publishedBy", version.publishedBy())
			.param("late", version.late())
			.param("lateReason", version.lateReason())
			.param("deadline", version.deadline())
			.param("filedAt", utc(version.filedAt()))
			.param("filedBy", version.filedBy())
			.param("reviewedAt", utc(version.reviewedAt()))
			.param("reviewedBy", version.reviewedBy())
			.param("id", version.id())
			.param("lock", version.lockVersion())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("目录版本已被他人修改，请刷新后重试");
		}
	}

	public Optional<CatalogVersion> findVersion(UUID id) {
		return jdbc
			.sql("select " + VERSION_COLUMNS
					+ " from catalog.catalog_version v join catalog.catalog c on c.id = v.catalog_id where v.id = :id")
			.param("id", id)
			.query(this::version)
			.optional();
	}

	/** Locks the version row for the rest of the transaction. */
	public Optional<CatalogVersion> lockVersion(UUID id) {
		jdbc.sql("select id from catalog.catalog_version where id = :id for update")
			.param("id", id)
			.query(UUID.class)
			.optional();
		return findVersion(id);
	}

	public List<CatalogVersion> versions(UUID catalogId) {
		return jdbc.sql("select " + VERSION_COLUMNS
				+ " from catalog.catalog_version v join catalog.catalog c on c.id = v.catalog_id where v.catalog_id = :catalog order by v.number desc")
			.param("catalog", catalogId)
			.query(this::version)
			.list();
	}

	public List<CatalogVersion> allVersions() {
		return jdbc.sql("select " + VERSION_COLUMNS
				+ " from catalog.catalog_version v join catalog.catalog c on c.id = v.catalog_id order by c.fiscal_year desc, c.region_code, v.number desc")
			.query(this::version)
			.list();
	}

	/** The published version of a region's catalog for the year, if any. */
	public Optional<CatalogVersion> publishedVersion(RegionCode region, FiscalYear year) {
		return jdbc.sql("select " + VERSION_COLUMNS + """
				 from catalog.catalog_version v join catalog.catalog c on c.id = v.catalog_id
				where c.region_code = :region and c.fiscal_year = :year and v.status = :published""")
			.param("published", VersionStatus.PUBLISHED.name())
			.param("region", region.value())
			.param("year", year.value())
			.query(this::version)
			.optional();
	}

	/**
	 * The published version of the region's latest catalog for this year or an earlier
	 * one.
	 */
	public Optional<CatalogVersion> latestPublishedUpTo(RegionCode region, FiscalYear year) {
		return jdbc.sql("select " + VERSION_COLUMNS + """
				 from catalog.catalog_version v join catalog.catalog c on c.id = v.catalog_id
				where c.region_code = :region and c.fiscal_year <= :year and v.status = :published
				order by c.fiscal_year desc limit 1""")
			.param("published", VersionStatus.PUBLISHED.name())
			.param("region", region.value())
			.param("year", year.value())
			.query(this::version)
			.optional();
	}

	public int nextNumber(UUID catalogId) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from catalog.catalog_version where catalog_id = :catalog")
			.param("catalog", catalogId)
			.query(Integer.class)
			.single();
	}

	public List<CatalogItem> items(UUID versionId) {
		return jdbc.sql("select * from catalog.catalog_item where version_id = :version order by position, code")
			.param("version", versionId)
			.query(this::item)
			.list();
	}

	public int itemCount(UUID versionId) {
		return jdbc.sql("select count(*) from catalog.catalog_item where version_id = :version")
			.param("version", versionId)
			.query(Integer.class)
			.single();
	}

	public Optional<CatalogItem> item(UUID versionId, String code) {
		return jdbc.sql("select * from catalog.catalog_item where version_id = :version and code = :code")
			.param("version", versionId)
			.param("code", code)
			.query(this::item)
			.optional();
	}

	/** An item and the version it belongs to. */
	public Optional<UUID> versionOfItem(UUID itemId) {
		return jdbc.sql("select version_id from catalog.catalog_item where id = :id")
			.param("id", itemId)
			.query(UUID.class)
			.optional();
	}

	public Optional<CatalogItem> itemById(UUID itemId) {
		return jdbc.sql("select * from catalog.catalog_item where id = :id")
			.param("id", itemId)
			.query(this::item)
			.optional();
	}

	/** Replaces every item of a version (in the given order). */
	public void replaceItems(UUID versionId, List<CatalogItem> items) {
		jdbc.sql("delete from catalog.catalog_item where version_id = :version").param("version", versionId).update();
		insertItems(versionId, items, 1);
	}

	public void insertItems(UUID versionId, List<CatalogItem> items, int firstPosition) {
		SqlParameterSource[] rows = new SqlParameterSource[items.size()];
		for (int i = 0; i < items.size(); i++) {
			CatalogItem item = items.get(i);
			rows[i] = new MapSqlParameterSource().addValue("id", item.id())
				.addValue("version", versionId)
				.addValue("code", item.code())
				.addValue("name", item.name())
				.addValue("level", item.level())
				.addValue("parent", item.parentCode())
				.addValue("nature", item.nature().name())
				.addValue("pinmu", item.pinmuCode())
				.addValue("description", item.description())
				.addValue("position", firstPosition + i);
		}
		batch.batchUpdate("""
				insert into catalog.catalog_item (id, version_id, code, name, level, parent_code, nature, pinmu_code,
				    description, position)
				values (:id, :version, :code, :name, :level, :parent, :nature, :pinmu, :description, :position)""",
				rows);
	}

	public int nextPosition(UUID versionId) {
		return jdbc.sql("select coalesce(max(position), 0) + 1 from catalog.catalog_item where version_id = :version")
			.param("version", versionId)
			.query(Integer.class)
			.single();
	}

	public void updateItem(UUID versionId, CatalogItem item) {
		jdbc.sql(
				"""
						update catalog.catalog_item set name = :name, nature = :nature, pinmu_code = :pinmu, description = :description
						where version_id = :version and code = :code""")
			.param("name", item.name())
			.param("nature", item.nature().name())
			.param("pinmu", item.pinmuCode())
			.param("description", item.description())
			.param("version", versionId)
			.param("code", item.code())
			.update();
	}

	/** Removes an item and everything below it. */
	public int removeItem(UUID versionId, String code) {
		return jdbc
			.sql("delete from catalog.catalog_item where version_id = :version and (code = :code or code like :below)")
			.param("version", versionId)
			.param("code", code)
			.param("below", code + "%")
			.update();
	}

	public void insert(FilingComment comment) {
		jdbc.sql(
				"""
						insert into catalog.filing_comment (id, version_id, author, author_name, organization_id, text, created_at)
						values (:id, :version, :author, :name, :org, :text, :at)""")
			.param("id", comment.id())
			.param("version", comment.versionId())
			.param("author", comment.author())
			.param("name", comment.authorName())
			.param("org", comment.organizationId())
			.param("text", comment.text())
			.param("at", utc(comment.createdAt()))
			.update();
	}

	public List<FilingComment> comments(UUID versionId) {
		return jdbc.sql("select * from catalog.filing_comment where version_id = :version order by created_at")
			.param("version", versionId)
			.query((rs, n) -> new FilingComment(rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class),
					rs.getString("author"), rs.getString("author_name"), rs.getObject("organization_id", UUID.class),
					rs.getString("text"), instant(rs, "created_at")))
			.list();
	}

	private Catalog catalog(ResultSet rs, int row) throws SQLException {
		return new Catalog(rs.getObject("id", UUID.class), new RegionCode(rs.getString("region_code")),
				new FiscalYear(rs.getInt("fiscal_year")), rs.getString("name"), instant(rs, "created_at"));
	}

	private CatalogVersion version(ResultSet rs, int row) throws SQLException {
		return new CatalogVersion(rs.getObject("id", UUID.class), rs.getObject("catalog_id", UUID.class),
				new RegionCode(rs.getString("region_code")), new FiscalYear(rs.getInt("fiscal_year")),
				rs.getInt("number"), VersionStatus.valueOf(rs.getString("status")),
				rs.getObject("derived_from_version_id", UUID.class), rs.getString("note"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				instant(rs, "published_at"), rs.getString("published_by"), rs.getBoolean("late"),
				rs.getString("late_reason"), rs.getObject("deadline", LocalDate.class), instant(rs, "filed_at"),
				rs.getString("filed_by"), instant(rs, "reviewed_at"), rs.getString("reviewed_by"),
				instant(rs, "created_at"), rs.getString("created_by"), rs.getInt("version"));
	}

	private CatalogItem item(ResultSet rs, int row) throws SQLException {
		return new CatalogItem(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
				rs.getInt("level"), rs.getString("parent_code"), ItemNature.valueOf(rs.getString("nature")),
				rs.getString("pinmu_code"), rs.getString("description"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
