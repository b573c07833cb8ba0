package org.govbuy.evaluation.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.budget.PastPerformance;
import org.govbuy.contract.ContractEvaluations;
import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.procurement.PreferredProviders;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The results other modules use (102令 第二十一条: the basis of the next choice of providers
 * and of budgets), read from final evaluations only: the grade a renewal reads, past
 * grades beside a plan line, and the providers graded 优 suggested for ways outside
 * procurement law (never a preference inside a procurement under the law, GPLR-20).
 */
@Component
class EvaluationResults implements ContractEvaluations, PastPerformance, PreferredProviders {

	/** How long a 优 counts towards a suggestion (seed 001: 下年度优先选择主体). */
	static final int PREFERENCE_YEARS = 2;

	private static final String FINAL = "FINAL";

	private final JdbcClient jdbc;

	private final Clock clock;

	EvaluationResults(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Optional<FinalGrade> latestFinal(UUID contractId) {
		return jdbc.sql("""
				select * from evaluation.evaluation where contract_id = :contract and status = :final
				order by case when kind = :completion then 0 else 1 end, period_ends_on desc, completed_on desc
				limit 1""")
			.param("contract", contractId)
			.param("final", FINAL)
			.param("completion", EvaluationKind.COMPLETION.name())
			.query((rs, n) -> new FinalGrade(rs.getObject("id", UUID.class), grade(rs), rs.getBigDecimal("score"),
					rs.getObject("completed_on", LocalDate.class), reference(rs)))
			.optional();
	}

	@Override
	public List<PastGrade> ofUnitAndItem(UUID unitId, String catalogCode) {
		if (catalogCode == null || catalogCode.isBlank()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from evaluation.evaluation where unit_id = :unit and status = :final
				  and (catalog_code like :code || '%' or :code like catalog_code || '%')
				order by completed_on desc, period_ends_on desc""")
			.param("unit", unitId)
			.param("final", FINAL)
			.param("code", catalogCode.strip())
			.query((rs, n) -> pastGrade(rs))
			.list();
	}

	@Override
	public List<PastGrade> poorSince(UUID unitId, LocalDate since) {
		return jdbc.sql("""
				select * from evaluation.evaluation where unit_id = :unit and status = :final and grade = :poor
				  and completed_on >= :since
				order by completed_on desc""")
			.param("unit", unitId)
			.param("final", FINAL)
			.param("poor", PerformanceGrade.POOR.name())
			.param("since", since)
			.query((rs, n) -> pastGrade(rs))
			.list();
	}

	/**
	 * Providers whose latest final grade under the item, in the region, the regions above
	 * it or below it within its province, in the last two years, is 优; best score first.
	 */
	@Override
	public List<Preferred> forCatalogItem(String catalogCode, RegionCode region) {
		if (catalogCode == null || catalogCode.isBlank() || region == null || region.isNational()) {
			return List.of();
		}
		List<String> above = new ArrayList<>();
		for (Optional<RegionCode> code = Optional.of(region); code.isPresent()
				&& !code.get().isNational(); code = code.get().parentCode()) {
			above.add(code.get().value());
		}
		return jdbc.sql("""
				select * from (
				  select distinct on (provider_id) * from evaluation.evaluation
				  where status = :final and completed_on >= :since
				    and (catalog_code like :code || '%' or :code like catalog_code || '%')
				    and (region_code in (:above) or region_code like :below)
				  order by provider_id, completed_on desc, period_ends_on desc) latest
				where grade = :excellent
				order by score desc, completed_on desc""")
			.param("final", FINAL)
			.param("since", LocalDate.now(clock).minusYears(PREFERENCE_YEARS))
			.param("code", catalogCode.strip())
			.param("above", above)
			.param("below", region.scopePrefix() + "%")
			.param("excellent", PerformanceGrade.EXCELLENT.name())
			.query((rs, n) -> new Preferred(rs.getObject("provider_id", UUID.class), rs.getString("provider_name"),
					grade(rs), rs.getObject("completed_on", LocalDate.class), rs.getString("contract_number")))
			.list();
	}

	private static PastGrade pastGrade(ResultSet rs) throws SQLException {
		return new PastGrade(rs.getObject("id", UUID.class), rs.getString("contract_number"), rs.getString("title"),
				rs.getObject("provider_id", UUID.class), rs.getString("provider_name"), rs.getString("catalog_code"),
				rs.getObject("period_ends_on", LocalDate.class), rs.getBigDecimal("score"), grade(rs),
				rs.getObject("completed_on", LocalDate.class));
	}

	private static PerformanceGrade grade(ResultSet rs) throws SQLException {
		return PerformanceGrade.valueOf(rs.getString("grade"));
	}

	/** How a result is cited: contract, kind, period, score shown and grade. */
	private static String reference(ResultSet rs) throws SQLException {
		return rs.getString("contract_number") + " " + EvaluationKind.valueOf(rs.getString("kind")).label() + "（"
				+ rs.getObject("period_starts_on", LocalDate.class) + " 至 "
				+ rs.getObject("period_ends_on", LocalDate.class) + "），得分 " + shown(rs.getBigDecimal("score")) + "，等级 "
				+ grade(rs).label() + "，评价编号 " + rs.getString("id").substring(0, 8);
	}

	/**
	 * A score as shown: truncated to 2 decimals, so a shown number never crosses a
	 * boundary the score did not.
	 */
	static String shown(BigDecimal score) {
		return score.setScale(2, RoundingMode.DOWN).toPlainString();
	}

}
