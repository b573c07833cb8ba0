package org.govbuy.budget.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.budget.application.BudgetTables;
import org.govbuy.budget.application.LineImportResult;
import org.govbuy.budget.application.PlanWorkbook;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.FiscalYear;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The 政府购买服务项目预算表 pages: the table of a plan or of the region as .xlsx, the import
 * template, and the import of plan lines with its row-by-row result.
 */
@Controller
class PlanWorkbookController {

	static final String PURCHASERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')";

	static final String FINANCE = "hasAnyRole('FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR', 'ADMIN')";

	private final BudgetTables tables;

	private final Clock clock;

	PlanWorkbookController(BudgetTables tables, Clock clock) {
		this.tables = tables;
		this.clock = clock;
	}

	@GetMapping("/budget/plans/{id}/budget-table.xlsx")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> planTable(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean all) {
		return xlsx(tables.planTable(id, all));
	}

	@GetMapping("/budget/budget-table.xlsx")
	@PreAuthorize(FINANCE)
	ResponseEntity<byte[]> regionTable(@RequestParam(required = false) Integer year) {
		return xlsx(tables.regionTable(year == null ? nextYear(clock) : FiscalYear.of(year)));
	}

	@GetMapping("/budget/plans/line-template.xlsx")
	@PreAuthorize(PURCHASERS)
	ResponseEntity<byte[]> template(@RequestParam(required = false) Integer year) {
		return xlsx(tables.template(year == null ? nextYear(clock).value() : FiscalYear.of(year).value()));
	}

	@PostMapping("/budget/plans/{id}/import")
	@PreAuthorize(PURCHASERS)
	String importLines(@PathVariable UUID id, @ModelAttribute("importForm") ImportForm form, Model model)
			throws IOException {
		model.addAttribute("planId", id);
		MultipartFile file = form.file();
		if (file == null || file.isEmpty()) {
			model.addAttribute("error", "请选择要导入的 .xlsx 文件");
			return "budget/import-result";
		}
		try {
			LineImportResult result = tables.importLines(id, file.getOriginalFilename(), file.getBytes());
			model.addAttribute("result", result);
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "budget/import-result";
	}

	/**
	 * A workbook of plan lines to import.
	 *
	 * @param file the .xlsx file (the template or an exported table)
	 */
	record ImportForm(MultipartFile file) {
	}

	/** Next fiscal year: plans are drafted the year before. */
	static FiscalYear nextYear(Clock clock) {
		return FiscalYear.containing(LocalDate.now(clock)).next();
	}

	static ResponseEntity<byte[]> xlsx(BudgetTables.Download download) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(PlanWorkbook.CONTENT_TYPE));
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(download.fileName(), StandardCharsets.UTF_8).build());
		headers.set("X-Content-Type-Options", "nosniff");
		return new ResponseEntity<>(download.content(), headers, HttpStatus.OK);
	}

}
