package org.govbuy.catalog.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import org.govbuy.catalog.application.CatalogExcel;
import org.govbuy.catalog.application.NegativeListService;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The negative list (禁止购买事项) as the printed .xlsx sheet, over the API and the page. */
@RestController
@Tag(name = "负面清单")
class NegativeListExportController {

	private final NegativeListService negativeList;

	NegativeListExportController(NegativeListService negativeList) {
		this.negativeList = negativeList;
	}

	@Operation(summary = "导出负面清单（Excel 打印表）")
	@GetMapping({ "/api/v1/negative-list.xlsx", "/catalog/negative-list.xlsx" })
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> export() {
		return CatalogApiController.xlsx(CatalogExcel.negativeList(negativeList.entries()), "政府购买服务负面清单.xlsx");
	}

}
