package org.govbuy.platform.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Organization;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.PurchaserType;
import org.govbuy.platform.Regions;
import org.govbuy.platform.SupervisorKind;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;
import org.govbuy.shared.UnifiedSocialCreditCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers organizations and finds them within a user's data scope. */
@Service
public class OrganizationRegistry implements Organizations {

	private final JdbcClient jdbc;

	private final Regions regions;

	private final AuditTrail audit;

	private final Clock clock;

	OrganizationRegistry(JdbcClient jdbc, Regions regions, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public Optional<Organization> find(UUID id) {
		return jdbc.sql("select * from platform.organization where id = :id")
			.param("id", id)
			.query((rs, row) -> map(rs))
			.optional();
	}

	@Override
	public Optional<String> creditCodeOf(UUID id) {
		return jdbc.sql("select credit_code from platform.organization where id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(String::strip)
			.filter(code -> !code.isEmpty());
	}

	@Override
	public Optional<Organization> findVisible(UUID id) {
		DataScope scope = CurrentUser.require().scope();
		return find(id).filter(organization -> scope.permits(organization.id(), organization.region()));
	}

	/** The organization within the current user's scope, or 404. */
	public Organization getVisible(UUID id) {
		return findVisible(id).orElseThrow(() -> new NotFoundException("单位不存在或不在您的数据范围内"));
	}

	@Override
	public Optional<Organization> financeBureauOf(RegionCode region) {
		return jdbc.sql(
				"select * from platform.organization where kind = :kind and region_code = :region and enabled order by created_at limit 1")
			.param("kind", OrganizationKind.FINANCE_BUREAU.name())
			.param("region", region.value())
			.query((rs, row) -> map(rs))
			.optional();
	}

	@Override
	public List<Organization> purchasers(RegionCode within) {
		return jdbc.sql("""
				select * from platform.organization
				where kind = :kind and enabled and region_code like :prefix
				order by region_code, name""")
			.param("kind", OrganizationKind.PURCHASER.name())
			.param("prefix", within.scopePrefix() + "%")
			.query((rs, row) -> map(rs))
			.list();
	}

	@Override
	public List<Organization> ofKind(OrganizationKind kind) {
		return jdbc.sql("select * from platform.organization where kind = :kind and enabled order by region_code, name")
			.param("kind", kind.name())
			.query((rs, row) -> map(rs))
			.list();
	}

	/**
	 * Organizations within the scope, filtered by kind and name, ordered by region and
	 * name.
	 */
	public List<Organization> search(DataScope scope, OrganizationKind kind, String name) {
		return jdbc.sql("""
				select * from platform.organization
				where region_code like :pattern
				  and (cast(:org as uuid) is null or id = :org)
				  and (cast(:kind as varchar) is null or kind = :kind)
				  and (cast(:name as varchar) is null or name like '%' || :name || '%')
				order by region_code, kind, name""")
			.param("pattern", scope.regionPattern())
			.param("org", scope.organizationFilter())
			.param("kind", kind == null ? null : kind.name())
			.param("name", name == null || name.isBlank() ? null : name.trim())
			.query((rs, row) -> map(rs))
			.list();
	}

	@Override
	@Transactional
	public Organization register(NewOrganization request) {
		String name = request.name() == null ? "" : request.name().trim();
		if (name.isEmpty()) {
			throw new InvalidInputException("name", "请填写单位名称");
		}
		if (request.kind() == null) {
			throw new InvalidInputException("kind", "请选择单位类别");
		}
		regions.find(request.region()).orElseThrow(() -> new InvalidInputException("region", "行政区划不存在"));
		PurchaserType purchaserType = null;
		SupervisorKind supervisorKind = null;
		if (request.kind() == OrganizationKind.PURCHASER) {
			if (request.purchaserType() == null) {
				throw new InvalidInputException("purchaserType", "购买主体须选择单位性质");
			}
			request.purchaserType().refusal().ifPresent(violation -> {
				throw new RuleViolationException(violation);
			});
			purchaserType = request.purchaserType();
		}
		if (request.kind() == OrganizationKind.SUPERVISOR) {
			if (request.supervisorKind() == null) {
				throw new InvalidInputException("supervisorKind", "监督部门须选择监督类别");
			}
			supervisorKind = request.supervisorKind();
		}
		String creditCode = null;
		if (request.creditCode() != null && !request.creditCode().isBlank()) {
			UnifiedSocialCreditCode.problem(request.creditCode()).ifPresent(problem -> {
				throw new InvalidInputException("creditCode", problem);
			});
			creditCode = UnifiedSocialCreditCode.of(request.creditCode()).value();
		}
		Organization organization = new Organization(UUID.randomUUID(), name, request.kind(), purchaserType,
				supervisorKind, request.region(), true);
		try {
			jdbc.sql(
					"""
							insert into platform.organization (id, name, kind, purchaser_type, supervisor_kind, region_code, credit_code, enabled, created_at)
							values (:id, :name, :kind, :purchaserType, :supervisorKind, :region, :creditCode, true, :now)""")
				.param("id", organization.id())
				.param("name", name)
				.param("kind", request.kind().name())
				.param("purchaserType", purchaserType == null ? null : purchaserType.name())
				.param("supervisorKind", supervisorKind == null ? null : supervisorKind.name())
				.param("region", request.region().value())
				.param("creditCode", creditCode)
				.param("now", OffsetDateTime.now(clock))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("name", "本地区已有同名单位：" + name);
		}
		audit.record("organization.register", "Organization", organization.id(), null, organization);
		return organization;
	}

	/** Enables or disables an organization; a disabled one's users cannot sign in. */
	@Transactional
	public Organization setEnabled(UUID id, boolean enabled) {
		Organization before = getVisible(id);
		jdbc.sql("update platform.organization set enabled = :enabled, version = version + 1 where id = :id")
			.param("enabled", enabled)
			.param("id", id)
			.update();
		Organization after = find(id).orElseThrow();
		audit.record(enabled ? "organization.enable" : "organization.disable", "Organization", id, before, after);
		return after;
	}

	static Organization map(ResultSet rs) throws SQLException {
		String purchaserType = rs.getString("purchaser_type");
		String supervisorKind = rs.getString("supervisor_kind");
		return new Organization(rs.getObject("id", UUID.class), rs.getString("name"),
				OrganizationKind.valueOf(rs.getString("kind")),
				purchaserType == null ? null : PurchaserType.valueOf(purchaserType),
				supervisorKind == null ? null : SupervisorKind.valueOf(supervisorKind),
				new RegionCode(rs.getString("region_code")), rs.getBoolean("enabled"));
	}

}
