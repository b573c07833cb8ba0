package org.govbuy.budget.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.domain.LineStatus;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.platform.NotFoundException;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Approved annual plans as the portal publishes them (将年度计划向社会发布, 京政办发〔2014〕34号): the
 * approved lines with what finance approved, and nothing of the review — no comments,
 * drafts, returned lines or reviewers' flags.
 */
@Service
public class PublishedPlans {

	/** Plans the public sees: approved, also while an adjustment is pending. */
	static final List<String> PUBLISHED = List.of(PlanStatus.APPROVED.name(), PlanStatus.ADJUSTING.name());

	/**
	 * A published plan in the list.
	 *
	 * @param id the plan
	 * @param unitName the purchasing unit
	 * @param region its region
	 * @param fiscalYear the budget year
	 * @param approvedLines how many lines finance approved
	 * @param approvedTotal what finance approved in all
	 */
	public record PublishedPlan(UUID id, String unitName, RegionCode region, int fiscalYear, int approvedLines,
			Money approvedTotal) {
	}

	/**
	 * A performance target.
	 *
	 * @param category the kind of indicator (数量指标, …)
	 * @param indicator what is measured
	 * @param target the value to reach
	 */
	public record PublishedTarget(String category, String indicator, String target) {
	}

	/**
	 * An approved line.
	 *
	 * @param seq its number in the plan
	 * @param projectName 项目名称
	 * @param catalogCode 目录代码
	 * @param catalogName 目录名称
	 * @param serviceContent 服务内容
	 * @param serviceStandard 服务标准
	 * @param quantity 数量
	 * @param approvedAmount 批复金额
	 * @param fundingSource 资金来源
	 * @param procurementLaw 是否适用政府采购法
	 * @param targets 绩效目标
	 */
	public record PublishedLine(int seq, String projectName, String catalogCode, String catalogName,
			String serviceContent, String serviceStandard, String quantity, Money approvedAmount, String fundingSource,
			boolean procurementLaw, List<PublishedTarget> targets) {
	}

	/**
	 * A published plan with its approved lines.
	 *
	 * @param plan the plan
	 * @param lines its approved lines
	 */
	public record PublishedPlanDetail(PublishedPlan plan, List<PublishedLine> lines) {
	}

	private final JdbcClient jdbc;

	PublishedPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Approved plans, newest year first; optionally of a year and a region and below. */
	public List<PublishedPlan> list(FiscalYear year, RegionCode region) {
		return jdbc.sql("""
				select p.id, p.unit_name, p.region_code, p.fiscal_year,
				  count(l.id) as approved_lines, coalesce(sum(f.approved), 0) as approved_total
				from budget.plan p
				left join budget.plan_line l on l.plan_id = p.id and l.status = :approved
				left join budget.funds_line f on f.line_id = l.id
				where p.status in (:published) and p.region_code like :pattern
				  and (cast(:year as integer) is null or p.fiscal_year = :year)
				group by p.id order by p.fiscal_year desc, p.region_code, p.unit_name""")
			.param("approved", LineStatus.APPROVED.name())
			.param("published", PUBLISHED)
			.param("pattern", (region == null ? "" : region.scopePrefix()) + "%")
			.param("year", year == null ? null : year.value())
			.query((rs, n) -> new PublishedPlan(rs.getObject("id", UUID.class), rs.getString("unit_name"),
					new RegionCode(rs.getString("region_code")), rs.getInt("fiscal_year"), rs.getInt("approved_lines"),
					Money.of(rs.getBigDecimal("approved_total"))))
			.list();
	}

	/** A published plan with its approved lines; 404 for any plan not approved. */
	public PublishedPlanDetail find(UUID planId) {
		PublishedPlan plan = jdbc.sql("""
				select p.id, p.unit_name, p.region_code, p.fiscal_year,
				  count(l.id) as approved_lines, coalesce(sum(f.approved), 0) as approved_total
				from budget.plan p
				left join budget.plan_line l on l.plan_id = p.id and l.status = :approved
				left join budget.funds_line f on f.line_id = l.id
				where p.id = :id and p.status in (:published)
				group by p.id""")
			.param("approved", LineStatus.APPROVED.name())
			.param("id", planId)
			.param("published", PUBLISHED)
			.query((rs, n) -> new PublishedPlan(rs.getObject("id", UUID.class), rs.getString("unit_name"),
					new RegionCode(rs.getString("region_code")), rs.getInt("fiscal_year"), rs.getInt("approved_lines"),
					Money.of(rs.getBigDecimal("approved_total"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("计划不存在或尚未批复公开"));
		Map<UUID, List<PublishedTarget>> targets = new HashMap<>();
		jdbc.sql("""
				select t.* from budget.line_target t join budget.plan_line l on l.id = t.line_id
				where l.plan_id = :plan and l.status = :approved order by t.line_id, t.seq""")
			.param("approved", LineStatus.APPROVED.name())
			.param("plan", planId)
			.query((rs, n) -> targets.computeIfAbsent(rs.getObject("line_id", UUID.class), key -> new ArrayList<>())
				.add(new PublishedTarget(TargetCategory.valueOf(rs.getString("category")).label(),
						rs.getString("indicator"), rs.getString("target"))))
			.list();
		List<PublishedLine> lines = jdbc.sql("""
				select l.id, l.seq, l.project_name, l.catalog_code, l.catalog_name, l.service_content,
				  l.service_standard, l.quantity, l.funding_source, l.procurement_law, f.approved
				from budget.plan_line l join budget.funds_line f on f.line_id = l.id
				where l.plan_id = :plan and l.status = :approved order by l.seq""")
			.param("approved", LineStatus.APPROVED.name())
			.param("plan", planId)
			.query((rs, n) -> new PublishedLine(rs.getInt("seq"), rs.getString("project_name"),
					rs.getString("catalog_code"), rs.getString("catalog_name"), rs.getString("service_content"),
					rs.getString("service_standard"), rs.getString("quantity"), Money.of(rs.getBigDecimal("approved")),
					FundingSource.valueOf(rs.getString("funding_source")).label(), rs.getBoolean("procurement_law"),
					targets.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
		return new PublishedPlanDetail(plan, lines);
	}

}
