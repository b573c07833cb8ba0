package org.govbuy.catalog.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.catalog.domain.CatalogItem;
import org.govbuy.catalog.domain.CatalogVersion;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实施目录: a purchasing department's list of the services it will buy, inside the published
 * catalog in force for its region (seed 001: 种类、性质、内容和绩效评价标准). Each entry points at the
 * catalog item of that version; its content is checked against the negative list.
 */
@Service
public class ImplementationCatalogs {

	/** A department's implementation catalog. */
	public record Implementation(UUID id, UUID organizationId, RegionCode region, FiscalYear fiscalYear, UUID versionId,
			List<Entry> entries) {
	}

	/** One entry: 种类 (the catalog item), 性质, 内容, 绩效评价标准. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ImplementationEntry")
	public record Entry(UUID id, UUID itemId, String itemCode, String kind, String nature, String content,
			String performanceStandard) {
	}

	/**
	 * What adding an entry brought up.
	 *
	 * @param entryId the new entry
	 * @param negativeList the negative-list check of its content (keyword warnings to
	 * review)
	 */
	public record Added(UUID entryId, NegativeListDecision negativeList) {
	}

	private final JdbcClient jdbc;

	private final CatalogRepository repository;

	private final CatalogQueries queries;

	private final NegativeListCheck negativeList;

	private final AuditTrail audit;

	private final Clock clock;

	ImplementationCatalogs(JdbcClient jdbc, CatalogRepository repository, CatalogQueries queries,
			NegativeListCheck negativeList, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.queries = queries;
		this.negativeList = negativeList;
		this.audit = audit;
		this.clock = clock;
	}

	/** The user's department's implementation catalog for the year, if it has one. */
	@Transactional(readOnly = true)
	public Optional<Implementation> mine(CurrentUser user, FiscalYear year) {
		return jdbc
			.sql("select id from catalog.implementation_catalog where organization_id = :org and fiscal_year = :year")
			.param("org", user.organizationId())
			.param("year", year.value())
			.query(UUID.class)
			.optional()
			.map(this::load);
	}

	/**
	 * Implementation catalogs the user may read (own department, or departments in the
	 * finance user's region).
	 */
	@Transactional(readOnly = true)
	public List<Implementation> visible(CurrentUser user, FiscalYear year) {
		var scope = user.scope();
		return jdbc.sql("""
				select id from catalog.implementation_catalog where fiscal_year = :year and region_code like :pattern
				  and (cast(:org as uuid) is null or organization_id = :org) order by created_at""")
			.param("year", year.value())
			.param("pattern", scope.regionPattern())
			.param("org", scope.organizationFilter())
			.query(UUID.class)
			.list()
			.stream()
			.map(this::load)
			.toList();
	}

	@Transactional(readOnly = true)
	public Implementation get(CurrentUser user, UUID id) {
		Implementation implementation = load(id);
		if (!user.scope().permits(implementation.organizationId(), implementation.region())) {
			throw new NotFoundException("实施目录不存在或不在您的数据范围内");
		}
		return implementation;
	}

	/**
	 * Starts the department's implementation catalog inside the catalog in force for its
	 * region.
	 */
	@Transactional
	public Implementation create(CurrentUser user, FiscalYear year) {
		requirePurchaser(user);
		if (mine(user, year).isPresent()) {
			throw new InvalidInputException("fiscalYear", "本单位已有 " + year + " 年度实施目录");
		}
		CatalogVersion version = queries.inForce(user.region(), year)
			.orElseThrow(() -> new InvalidInputException("fiscalYear", year + " 年度本地区尚无已发布的指导性目录"));
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into catalog.implementation_catalog (id, organization_id, region_code, fiscal_year, version_id, created_at, created_by)
						values (:id, :org, :region, :year, :version, :at, :by)""")
			.param("id", id)
			.param("org", user.organizationId())
			.param("region", user.region().value())
			.param("year", year.value())
			.param("version", version.id())
			.param("at", CatalogRepository.utc(clock.instant()))
			.param("by", user.username())
			.update();
		audit.record("implementation.create", "ImplementationCatalog", id, null,
				Map.of("fiscalYear", year.value(), "version", version.id()));
		return load(id);
	}

	/**
	 * Adds an entry for an item of the catalog version; refused if its declared content
	 * is on the negative list.
	 */
	@Transactional
	public Added addEntry(CurrentUser user, UUID implementationId, String itemCode, String content, String standard) {
		Implementation implementation = own(user, implementationId);
		CatalogItem item = repository.item(implementation.versionId(), itemCode == null ? "" : itemCode.strip())
			.orElseThrow(() -> new InvalidInputException("itemCode", "目录条目 " + itemCode + " 不在本地区已发布的指导性目录中"));
		if (item.level() < 2) {
			throw new InvalidInputException("itemCode", "请选择二级或以下的目录条目");
		}
		if (content == null || content.isBlank()) {
			throw new InvalidInputException("content", "请填写购买内容");
		}
		if (standard == null || standard.isBlank()) {
			throw new InvalidInputException("performanceStandard", "请填写绩效评价标准");
		}
		NegativeListDecision decision = negativeList.check(PurchaseDescription.of(item.name(), content)).orThrow();
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into catalog.implementation_entry (id, implementation_id, item_id, item_code, kind, nature, content,
						    performance_standard, created_at)
						values (:id, :impl, :item, :code, :kind, :nature, :content, :standard, :at)""")
			.param("id", id)
			.param("impl", implementationId)
			.param("item", item.id())
			.param("code", item.code())
			.param("kind", item.name())
			.param("nature", item.nature().name())
			.param("content", content.strip())
			.param("standard", standard.strip())
			.param("at", CatalogRepository.utc(clock.instant()))
			.update();
		audit.record("implementation.entry.add", "ImplementationCatalog", implementationId, null,
				Map.of("item", item.code(), "content", content.strip(), "performanceStandard", standard.strip()));
		return new Added(id, decision);
	}

	@Transactional
	public void removeEntry(CurrentUser user, UUID implementationId, UUID entryId) {
		own(user, implementationId);
		int removed = jdbc.sql("delete from catalog.implementation_entry where id = :id and implementation_id = :impl")
			.param("id", entryId)
			.param("impl", implementationId)
			.update();
		if (removed == 0) {
			throw new NotFoundException("实施目录条目不存在");
		}
		audit.record("implementation.entry.remove", "ImplementationCatalog", implementationId, Map.of("entry", entryId),
				null);
	}

	private Implementation own(CurrentUser user, UUID id) {
		requirePurchaser(user);
		Implementation implementation = load(id);
		if (!implementation.organizationId().equals(user.organizationId())) {
			throw new NotFoundException("实施目录不存在或不在您的数据范围内");
		}
		return implementation;
	}

	private static void requirePurchaser(CurrentUser user) {
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			throw new AccessDeniedException("只有购买主体可以编制实施目录");
		}
	}

	private Implementation load(UUID id) {
		var header = jdbc.sql("select * from catalog.implementation_catalog where id = :id")
			.param("id", id)
			.query((rs, n) -> new Implementation(id, rs.getObject("organization_id", UUID.class),
					new RegionCode(rs.getString("region_code")), new FiscalYear(rs.getInt("fiscal_year")),
					rs.getObject("version_id", UUID.class), List.of()))
			.optional()
			.orElseThrow(() -> new NotFoundException("实施目录不存在"));
		List<Entry> entries = jdbc.sql(
				"select * from catalog.implementation_entry where implementation_id = :id order by item_code, created_at")
			.param("id", id)
			.query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
					rs.getString("item_code"), rs.getString("kind"),
					org.govbuy.catalog.ItemNature.valueOf(rs.getString("nature")).label(), rs.getString("content"),
					rs.getString("performance_standard")))
			.list();
		return new Implementation(header.id(), header.organizationId(), header.region(), header.fiscalYear(),
				header.versionId(), entries);
	}

}
