package org.govbuy.platform.parameter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.Region;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.platform.Regions;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional policy parameters: values with effective dates per region, inherited
 * downwards, the central values as the root. Finance sets its own region's values;
 * history is never rewritten (a new value gets a new effective date).
 */
@Service
public class ParameterRegistry implements RegionalParameters {

	static final RegionCode CENTRAL = new RegionCode("000000");

	static final LocalDate CENTRAL_SINCE = LocalDate.of(2020, 1, 1);

	private final JdbcClient jdbc;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	ParameterRegistry(JdbcClient jdbc, Regions regions, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	/** A stored value, for the parameter pages and API. */
	public record StoredValue(UUID id, RegionCode region, PolicyParameter parameter, String value,
			LocalDate effectiveFrom, String basis, String createdBy, OffsetDateTime createdAt) {
	}

	/** A centralized-procurement catalog entry. */
	public record CentralizedCatalogEntry(UUID id, RegionCode region, String itemCode, String itemName,
			LocalDate effectiveFrom, LocalDate effectiveTo) {
	}

	@Override
	public ParameterValue valueAt(RegionCode region, PolicyParameter parameter, LocalDate date) {
		List<RegionCode> chain = regions.path(region).stream().map(Region::code).toList();
		for (int i = chain.size() - 1; i >= 0; i--) {
			RegionCode level = chain.get(i);
			var found = jdbc.sql("""
					select param_value, effective_from from platform.policy_parameter
					where region_code = :region and param_key = :key and effective_from <= :date
					order by effective_from desc limit 1""")
				.param("region", level.value())
				.param("key", parameter.name())
				.param("date", date)
				.query((rs, row) -> new ParameterValue(parameter, rs.getString(1), level,
						rs.getObject(2, LocalDate.class)))
				.optional();
			if (found.isPresent()) {
				return found.get();
			}
		}
		return new ParameterValue(parameter, parameter.centralValue(), CENTRAL, CENTRAL_SINCE);
	}

	@Override
	public boolean inCentralizedCatalog(RegionCode region, String itemCode, LocalDate date) {
		List<String> chain = regions.path(region).stream().map(r -> r.code().value()).toList();
		return jdbc.sql("""
				select count(*) from platform.centralized_catalog_entry
				where region_code in (:chain) and :code like item_code || '%'
				  and effective_from <= :date and (effective_to is null or effective_to >= :date)""")
			.param("chain", chain.isEmpty() ? List.of(region.value()) : chain)
			.param("code", itemCode)
			.param("date", date)
			.query(Long.class)
			.single() > 0;
	}

	/** Stores the central values once, so every region inherits them. */
	@Transactional
	public void ensureCentralValues() {
		for (PolicyParameter parameter : PolicyParameter.values()) {
			jdbc.sql(
					"""
							insert into platform.policy_parameter (id, region_code, param_key, param_value, effective_from, basis, created_by, created_at)
							values (:id, :region, :key, :value, :from, :basis, 'system', :now)
							on conflict (region_code, param_key, effective_from) do nothing""")
				.param("id", UUID.randomUUID())
				.param("region", CENTRAL.value())
				.param("key", parameter.name())
				.param("value", parameter.centralValue())
				.param("from", CENTRAL_SINCE)
				.param("basis", parameter.basis())
				.param("now", OffsetDateTime.now(clock))
				.update();
		}
	}

	/**
	 * Sets a new value for a region from a date; the region must lie within the user's
	 * scope.
	 */
	@Transactional
	public StoredValue set(RegionCode region, PolicyParameter parameter, String value, LocalDate effectiveFrom,
			String basis) {
		CurrentUser user = CurrentUser.require();
		requireInScope(user.scope(), region);
		if (parameter == null) {
			throw new InvalidInputException("parameter", "请选择参数");
		}
		parameter.problem(value).ifPresent(problem -> {
			throw new InvalidInputException("value", problem);
		});
		if (effectiveFrom == null) {
			throw new InvalidInputException("effectiveFrom", "请填写生效日期");
		}
		ParameterValue before = valueAt(region, parameter, effectiveFrom);
		UUID id = UUID.randomUUID();
		int inserted = jdbc
			.sql("""
					insert into platform.policy_parameter (id, region_code, param_key, param_value, effective_from, basis, created_by, created_at)
					values (:id, :region, :key, :value, :from, :basis, :user, :now)
					on conflict (region_code, param_key, effective_from) do nothing""")
			.param("id", id)
			.param("region", region.value())
			.param("key", parameter.name())
			.param("value", value.trim())
			.param("from", effectiveFrom)
			.param("basis", basis == null || basis.isBlank() ? null : basis.trim())
			.param("user", user.username())
			.param("now", OffsetDateTime.now(clock))
			.update();
		if (inserted == 0) {
			throw new InvalidInputException("effectiveFrom", "该地区该参数在此日期已有取值；如需更正请另选生效日期");
		}
		StoredValue stored = history(region, parameter).stream()
			.filter(v -> v.id().equals(id))
			.findFirst()
			.orElseThrow();
		audit.record("parameter.set", "PolicyParameter", region.value() + ":" + parameter.name(), before, stored);
		return stored;
	}

	/** Values a region set itself for a parameter, newest first. */
	public List<StoredValue> history(RegionCode region, PolicyParameter parameter) {
		return jdbc.sql("""
				select * from platform.policy_parameter where region_code = :region
				  and (cast(:key as varchar) is null or param_key = :key)
				order by param_key, effective_from desc""")
			.param("region", region.value())
			.param("key", parameter == null ? null : parameter.name())
			.query((rs, row) -> new StoredValue(rs.getObject("id", UUID.class),
					new RegionCode(rs.getString("region_code")), PolicyParameter.valueOf(rs.getString("param_key")),
					rs.getString("param_value"), rs.getObject("effective_from", LocalDate.class), rs.getString("basis"),
					rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	public List<CentralizedCatalogEntry> centralizedCatalog(RegionCode region) {
		return jdbc.sql(
				"select * from platform.centralized_catalog_entry where region_code = :region order by item_code, effective_from")
			.param("region", region.value())
			.query((rs, row) -> new CentralizedCatalogEntry(rs.getObject("id", UUID.class),
					new RegionCode(rs.getString("region_code")), rs.getString("item_code"), rs.getString("item_name"),
					rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class)))
			.list();
	}

	@Transactional
	public CentralizedCatalogEntry addCentralizedCatalogEntry(RegionCode region, String itemCode, String itemName,
			LocalDate effectiveFrom, LocalDate effectiveTo) {
		requireInScope(CurrentUser.current().map(CurrentUser::scope).orElse(null), region);
		if (itemCode == null || !itemCode.trim().matches("[A-Z][0-9]{0,12}")) {
			throw new InvalidInputException("itemCode", "品目编码须为《政府采购品目分类目录》编码，如 C0801");
		}
		if (itemName == null || itemName.isBlank()) {
			throw new InvalidInputException("itemName", "请填写品目名称");
		}
		if (effectiveFrom == null) {
			throw new InvalidInputException("effectiveFrom", "请填写生效日期");
		}
		if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
			throw new InvalidInputException("effectiveTo", "失效日期不能早于生效日期");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into platform.centralized_catalog_entry (id, region_code, item_code, item_name, effective_from, effective_to, created_at)
						values (:id, :region, :code, :name, :from, :to, :now)""")
			.param("id", id)
			.param("region", region.value())
			.param("code", itemCode.trim())
			.param("name", itemName.trim())
			.param("from", effectiveFrom)
			.param("to", effectiveTo)
			.param("now", OffsetDateTime.now(clock))
			.update();
		CentralizedCatalogEntry entry = new CentralizedCatalogEntry(id, region, itemCode.trim(), itemName.trim(),
				effectiveFrom, effectiveTo);
		audit.record("centralizedCatalog.add", "CentralizedCatalogEntry", id, null, entry);
		return entry;
	}

	private void requireInScope(DataScope scope, RegionCode region) {
		regions.find(region).orElseThrow(() -> new NotFoundException("行政区划 " + region.value() + " 不存在"));
		if (scope != null && scope.kind() != DataScope.Kind.EVERYTHING
				&& (scope.kind() != DataScope.Kind.REGION || !scope.region().contains(region))) {
			throw new org.springframework.security.access.AccessDeniedException("只能设置本地区及下级地区的参数");
		}
	}

}
