package org.govbuy.budget.application;

import java.util.Optional;
import java.util.UUID;

import org.govbuy.budget.domain.LineStatus;
import org.govbuy.budget.BudgetLines;
import org.govbuy.budget.FundsLedger;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Approved plan lines for other modules, with their funds. */
@Service
class ApprovedLines implements BudgetLines {

	private final JdbcClient jdbc;

	private final FundsLedger ledger;

	ApprovedLines(JdbcClient jdbc, FundsLedger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public java.util.List<ApprovedLine> approvedOf(UUID unitId) {
		return jdbc.sql("""
				select l.id from budget.plan_line l join budget.plan p on p.id = l.plan_id
				where p.unit_id = :unit and l.status = :approved order by p.fiscal_year desc, l.seq""")
			.param("approved", LineStatus.APPROVED.name())
			.param("unit", unitId)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::approved)
			.flatMap(Optional::stream)
			.toList();
	}

	@Override
	public java.util.List<LineTarget> targets(UUID lineId) {
		return jdbc.sql("select category, indicator, target from budget.line_target where line_id = :id order by seq")
			.param("id", lineId)
			.query((rs, n) -> new LineTarget(rs.getString("category"), rs.getString("indicator"),
					rs.getString("target")))
			.list();
	}

	@Override
	public Optional<ApprovedLine> approved(UUID lineId) {
		return jdbc.sql("""
				select l.*, p.unit_id, p.unit_name, p.region_code, p.fiscal_year from budget.plan_line l
				join budget.plan p on p.id = l.plan_id where l.id = :id and l.status = :approved""")
			.param("approved", LineStatus.APPROVED.name())
			.param("id", lineId)
			.query((rs, n) -> new ApprovedLine(lineId, rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
					new RegionCode(rs.getString("region_code")), FiscalYear.of(rs.getInt("fiscal_year")),
					rs.getString("project_name"), rs.getString("catalog_code"), rs.getString("pinmu_code"),
					rs.getString("service_content"), rs.getString("service_standard"), rs.getBoolean("procurement_law"),
					rs.getBoolean("centralized"), ledger.balance(lineId)))
			.optional();
	}

}
