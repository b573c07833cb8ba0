package org.govbuy.budget.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.govbuy.budget.application.LineImportResult.RowError;
import org.govbuy.budget.application.PlanWorkbook.ParsedRow;
import org.govbuy.budget.domain.Plan;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Regions;
import org.govbuy.shared.ContentHash;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The 政府购买服务项目预算表 of a unit or a region as a workbook, and plan lines imported from a
 * workbook: all rows or none, each file once per plan.
 */
@Service
public class BudgetTables {

	private final AnnualPlans annualPlans;

	private final PlanRepository plans;

	private final Regions regions;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MeterRegistry meters;

	BudgetTables(AnnualPlans annualPlans, PlanRepository plans, Regions regions, AuditTrail audit, JdbcClient jdbc,
			Clock clock, MeterRegistry meters) {
		this.meters = meters;
		this.annualPlans = annualPlans;
		this.plans = plans;
		this.regions = regions;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A workbook with its file name.
	 *
	 * @param fileName the name to download it as
	 * @param content the .xlsx bytes
	 */
	public record Download(String fileName, byte[] content) {
	}

	/** The table of a plan the user may see: approved lines, or every line. */
	@Transactional(readOnly = true)
	public Download planTable(UUID planId, boolean all) {
		Plan plan = annualPlans.visible(planId);
		return new Download(
				plan.unitName() + plan.fiscalYear().value() + "年度政府购买服务项目预算表" + (all ? "（含未批复）" : "") + ".xlsx",
				PlanWorkbook.budgetTable(plan, all));
	}

	/**
	 * The table of every plan of a year in the user's data scope, per unit with totals.
	 */
	@Transactional(readOnly = true)
	public Download regionTable(FiscalYear year) {
		CurrentUser user = CurrentUser.require();
		List<Plan> visible = annualPlans.list(user.scope(), year.value(), null)
			.stream()
			.map(summary -> plans.find(summary.id()).orElseThrow())
			.toList();
		String regionName = user.region() == null || user.scope().kind() == DataScope.Kind.EVERYTHING ? "全部地区"
				: regions.find(user.region()).map(region -> region.name()).orElse(user.region().value());
		return new Download(regionName + year.value() + "年度政府购买服务项目预算表（汇总）.xlsx",
				PlanWorkbook.regionTable(regionName, year.value(), visible));
	}

	/** The import template with the plan's year in its example. */
	public Download template(int fiscalYear) {
		return new Download("政府购买服务项目预算表导入模板.xlsx", PlanWorkbook.template(fiscalYear));
	}

	/**
	 * Imports the rows of a workbook as lines of a plan of the user's own unit: every row
	 * is parsed and added through {@link AnnualPlans#addLine}, with all its checks; if
	 * any row fails, the transaction is rolled back and the result lists every failing
	 * row. The same file (by SHA-256) is imported into a plan only once.
	 */
	@Transactional
	public LineImportResult importLines(UUID planId, String fileName, byte[] content) {
		CurrentUser user = CurrentUser.require();
		if (AnnualPlans.PURCHASERS.stream().noneMatch(user::hasRole)) {
			throw new AccessDeniedException("只有购买主体经办人或负责人可以导入计划项目");
		}
		Plan plan = plans.lock(planId).orElseThrow(() -> new NotFoundException("计划不存在"));
		if (!plan.unitId().equals(user.organizationId())) {
			throw new NotFoundException("计划不存在");
		}
		String hash = ContentHash.sha256(content == null ? new byte[0] : content);
		Optional<OffsetDateTime> earlier = jdbc
			.sql("select imported_at from budget.line_import where plan_id = :plan and content_hash = :hash")
			.param("plan", planId)
			.param("hash", hash)
			.query(OffsetDateTime.class)
			.optional();
		if (earlier.isPresent()) {
			countImport("repeated", 0);
			return new LineImportResult(0, true, earlier.get().atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
					List.of());
		}
		if (!plan.status().editable()) {
			throw new InvalidInputException("plan", "计划当前状态为" + plan.status().label() + "，不能导入项目");
		}
		List<ParsedRow> rows;
		try {
			rows = PlanWorkbook.read(content);
		}
		catch (InvalidInputException ex) {
			countImport("refused", 0);
			throw ex;
		}
		List<RowError> errors = new ArrayList<>();
		int added = 0;
		for (ParsedRow row : rows) {
			if (!row.valid()) {
				errors.addAll(row.errors());
				continue;
			}
			try {
				annualPlans.addLine(planId, row.draft());
				added++;
			}
			catch (InvalidInputException ex) {
				errors.add(new RowError(row.row(), column(ex.field()), ex.getMessage(), null));
			}
			catch (RuleViolationException ex) {
				for (RuleViolation violation : ex.violations()) {
					errors.add(new RowError(row.row(), null, violation.message(), violation.rule()));
				}
			}
		}
		if (!errors.isEmpty()) {
			// Every row has been checked; now nothing of it may stay.
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			countImport("refused", 0);
			return new LineImportResult(0, false, null, errors);
		}
		OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
		UUID importId = UUID.randomUUID();
		jdbc.sql("""
				insert into budget.line_import (id, plan_id, content_hash, file_name, lines, imported_by, imported_at)
				values (:id, :plan, :hash, :name, :lines, :by, :at)""")
			.param("id", importId)
			.param("plan", planId)
			.param("hash", hash)
			.param("name", fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200) : fileName)
			.param("lines", added)
			.param("by", user.username())
			.param("at", now)
			.update();
		audit.record("plan.lines.import", "Plan", planId, null,
				Map.of("file", fileName == null ? "" : fileName, "sha256", hash, "lines", added));
		countImport("accepted", added);
		return new LineImportResult(added, false, null, List.of());
	}

	/**
	 * {@code govbuy_imports_total{kind="plan_lines",outcome}} (accepted, refused,
	 * repeated) and {@code govbuy_import_rows_total{kind="plan_lines"}} (lines added).
	 */
	private void countImport(String outcome, int rows) {
		Counter.builder("govbuy.imports")
			.description("Workbook imports by kind and outcome")
			.tag("kind", "plan_lines")
			.tag("outcome", outcome)
			.register(meters)
			.increment();
		Counter.builder("govbuy.import.rows")
			.description("Rows added by workbook imports")
			.tag("kind", "plan_lines")
			.register(meters)
			.increment(rows);
	}

	/** The spreadsheet column of a field {@link AnnualPlans} names in its refusals. */
	private static String column(String field) {
		if (field == null) {
			return null;
		}
		return switch (field) {
			case "projectName" -> PlanWorkbook.PROJECT;
			case "catalogCode" -> PlanWorkbook.CATALOG_CODE;
			case "serviceContent" -> PlanWorkbook.CONTENT;
			case "amount" -> PlanWorkbook.AMOUNT;
			case "fundingSource" -> PlanWorkbook.FUNDING;
			case "laterYears" -> PlanWorkbook.LATER_YEARS;
			case "replacedExpenditure" -> PlanWorkbook.REPLACED;
			case "replacedDescription" -> PlanWorkbook.REPLACED_DESCRIPTION;
			case "targets" -> PlanWorkbook.TARGETS;
			default -> null;
		};
	}

}
