package org.govbuy.budget.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.govbuy.catalog.CatalogItems;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What finance watches (预算执行动态监控): approved, reserved, contracted and paid per unit;
 * totals per catalog category; the region's commitments per year against its capacity
 * (财政承受能力); and 费随事转, the expenditure units no longer spend themselves.
 */
@Service
public class BudgetOverview {

	private final JdbcClient jdbc;

	private final AnnualPlans plans;

	private final CatalogItems catalog;

	private final RegionalParameters parameters;

	BudgetOverview(JdbcClient jdbc, AnnualPlans plans, CatalogItems catalog, RegionalParameters parameters) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.catalog = catalog;
		this.parameters = parameters;
	}

	/**
	 * Execution of one unit's approved lines in a year.
	 *
	 * @param unitId the unit
	 * @param unitName its name
	 * @param region its region
	 * @param lines approved lines
	 * @param approved approved amount
	 * @param reserved reserved by procurement
	 * @param contracted under signed contracts
	 * @param paid paid
	 * @param replacedExpenditure 费随事转: expenditure replaced by the purchases
	 */
	public record UnitExecution(UUID unitId, String unitName, RegionCode region, int lines, Money approved,
			Money reserved, Money contracted, Money paid, Money replacedExpenditure) {

		/** Paid as a share of approved, in percent (0 when nothing approved). */
		public BigDecimal paidRate() {
			return approved.isPositive() ? paid.amount()
				.multiply(BigDecimal.valueOf(100))
				.divide(approved.amount(), 1, java.math.RoundingMode.HALF_UP) : BigDecimal.ZERO;
		}

	}

	/**
	 * Approved money per second-level catalog category.
	 *
	 * @param code the category code, e.g. A04
	 * @param name its name in the catalog in force
	 * @param lines approved lines
	 * @param approved approved amount
	 */
	public record CategoryTotal(String code, String name, int lines, Money approved) {
	}

	/**
	 * The region's commitments for a year against its capacity.
	 *
	 * @param year the year
	 * @param committed approved commitments (budget years and later years of multi-year
	 * lines)
	 * @param capacity the capacity parameter (zero: not set)
	 * @param over whether the commitments exceed it
	 */
	public record YearCommitment(int year, Money committed, Money capacity, boolean over) {
	}

	public List<UnitExecution> execution(DataScope scope, int year) {
		return jdbc.sql("""
				select p.unit_id, p.unit_name, p.region_code, count(f.line_id) as lines,
				  coalesce(sum(f.approved), 0) as approved, coalesce(sum(f.reserved), 0) as reserved,
				  coalesce(sum(f.contracted), 0) as contracted, coalesce(sum(f.paid), 0) as paid,
				  coalesce(sum(l.replaced_expenditure), 0) as replaced
				from budget.plan p join budget.plan_line l on l.plan_id = p.id
				join budget.funds_line f on f.line_id = l.id
				where p.fiscal_year = :year and p.region_code like :pattern
				  and (cast(:org as uuid) is null or p.unit_id = :org)
				group by p.unit_id, p.unit_name, p.region_code order by approved desc""")
			.param("year", year)
			.param("pattern", scope.regionPattern())
			.param("org", scope.organizationFilter())
			.query((rs, n) -> new UnitExecution(rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
					new RegionCode(rs.getString("region_code")), rs.getInt("lines"),
					Money.of(rs.getBigDecimal("approved")), Money.of(rs.getBigDecimal("reserved")),
					Money.of(rs.getBigDecimal("contracted")), Money.of(rs.getBigDecimal("paid")),
					Money.of(rs.getBigDecimal("replaced"))))
			.list();
	}

	public List<CategoryTotal> byCategory(DataScope scope, RegionCode region, int year) {
		Map<String, String> names = new LinkedHashMap<>();
		catalog.publishedItems(region, FiscalYear.of(year)).forEach(item -> names.put(item.code(), item.name()));
		return jdbc.sql("""
				select substr(l.catalog_code, 1, 3) as category, count(*) as lines, sum(f.approved) as approved
				from budget.plan p join budget.plan_line l on l.plan_id = p.id
				join budget.funds_line f on f.line_id = l.id
				where p.fiscal_year = :year and p.region_code like :pattern
				  and (cast(:org as uuid) is null or p.unit_id = :org)
				group by 1 order by approved desc""")
			.param("year", year)
			.param("pattern", scope.regionPattern())
			.param("org", scope.organizationFilter())
			.query((rs, n) -> new CategoryTotal(rs.getString("category"),
					names.getOrDefault(rs.getString("category"), rs.getString("category")), rs.getInt("lines"),
					Money.of(rs.getBigDecimal("approved"))))
			.list();
	}

	/** The region's commitments from the year on, for as many years as any line runs. */
	public List<YearCommitment> commitments(RegionCode region, int fromYear, LocalDate on) {
		Money capacity = parameters.money(region, PolicyParameter.PURCHASE_SERVICE_CAPACITY, on);
		Map<Integer, Money> years = new TreeMap<>(plans.commitments(region, new UUID(0, 0)));
		List<YearCommitment> result = new ArrayList<>();
		years.forEach((year, committed) -> {
			if (year >= fromYear) {
				result.add(new YearCommitment(year, committed, capacity,
						capacity.isPositive() && committed.isGreaterThan(capacity)));
			}
		});
		return result;
	}

}
