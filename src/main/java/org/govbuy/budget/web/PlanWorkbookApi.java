package org.govbuy.budget.web;

import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.budget.application.BudgetTables;
import org.govbuy.budget.application.LineImportResult;
import org.govbuy.budget.application.LineImportResult.RowError;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.FiscalYear;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The 政府购买服务项目预算表 as .xlsx over the JSON API, and the import of plan lines. */
@RestController
@Tag(name = "年度购买计划")
class PlanWorkbookApi {

	private final BudgetTables tables;

	private final Clock clock;

	PlanWorkbookApi(BudgetTables tables, Clock clock) {
		this.tables = tables;
		this.clock = clock;
	}

	@GetMapping("/api/v1/plans/{id}/budget-table.xlsx")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "下载单位的政府购买服务项目预算表（.xlsx）：默认仅已批复项目及批复金额，all=true 含全部项目")
	ResponseEntity<byte[]> planTable(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean all) {
		return PlanWorkbookController.xlsx(tables.planTable(id, all));
	}

	@GetMapping("/api/v1/plans/budget-table.xlsx")
	@PreAuthorize(PlanWorkbookController.FINANCE)
	@Operation(summary = "下载本地区某年度政府购买服务项目预算表汇总（.xlsx）：按单位小计，含合计")
	ResponseEntity<byte[]> regionTable(@RequestParam(required = false) Integer year) {
		return PlanWorkbookController
			.xlsx(tables.regionTable(year == null ? PlanWorkbookController.nextYear(clock) : FiscalYear.of(year)));
	}

	@GetMapping("/api/v1/plans/line-template.xlsx")
	@PreAuthorize(PlanWorkbookController.PURCHASERS)
	@Operation(summary = "下载计划项目导入模板（.xlsx，含填写说明）")
	ResponseEntity<byte[]> template(@RequestParam(required = false) Integer year) {
		return PlanWorkbookController.xlsx(tables
			.template(year == null ? PlanWorkbookController.nextYear(clock).value() : FiscalYear.of(year).value()));
	}

	@PostMapping("/api/v1/plans/{id}/lines/import")
	@PreAuthorize(PlanWorkbookController.PURCHASERS)
	@Operation(summary = "从 .xlsx 导入计划项目：逐行校验，任一行有误则全部不导入（422 problem+json，violations 列出行号、列、单元格内容和原因）；同一文件不重复导入")
	ResponseEntity<?> importLines(@PathVariable UUID id,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "请选择要导入的 .xlsx 文件");
		}
		LineImportResult result = tables.importLines(id, file.getOriginalFilename(), file.getBytes());
		if (result.succeeded()) {
			return ResponseEntity.ok(result);
		}
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(refused(result));
	}

	/**
	 * A refused import as problem+json: {@code violations} with the row, column, cell
	 * content, message and rule of every error ({@code errors} and {@code imported} kept
	 * for clients of the earlier body).
	 */
	static ProblemDetail refused(LineImportResult result) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"文件中有 " + result.errors().size() + " 处错误，未导入任何项目："
						+ result.errors().stream().limit(3).map(RowError::describe).collect(Collectors.joining("；"))
						+ (result.errors().size() > 3 ? "……" : ""));
		problem.setTitle("导入未通过");
		List<Map<String, Object>> violations = result.errors().stream().map(error -> {
			Map<String, Object> violation = new LinkedHashMap<>();
			violation.put("row", error.row());
			violation.put("column", error.field());
			violation.put("value", error.value());
			violation.put("message", error.message());
			violation.put("rule", error.rule());
			return violation;
		}).toList();
		problem.setProperty("violations", violations);
		problem.setProperty("imported", 0);
		problem.setProperty("errors", result.errors());
		return problem;
	}

}
