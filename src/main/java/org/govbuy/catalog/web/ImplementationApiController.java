package org.govbuy.catalog.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.catalog.application.ImplementationCatalogs;
import org.govbuy.catalog.application.ImplementationCatalogs.Added;
import org.govbuy.catalog.application.ImplementationCatalogs.Implementation;
import org.govbuy.platform.CurrentUser;
import org.govbuy.shared.FiscalYear;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Departments' implementation catalogs (实施目录) as JSON. */
@RestController
@Tag(name = "实施目录", description = "部门实施目录（在指导性目录范围内细化的本部门购买事项）")
@RequestMapping("/api/v1/catalogs/implementation")
class ImplementationApiController {

	static final String PURCHASER = "hasAnyRole('PURCHASER_CLERK','PURCHASER_HEAD')";

	@io.swagger.v3.oas.annotations.media.Schema(name = "ImplementationCatalogRequest")
	record CreateRequest(@NotNull @Min(2000) @Max(2100) Integer fiscalYear) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "ImplementationEntryRequest")
	record EntryRequest(@NotBlank @Size(max = 16) String itemCode, @NotBlank @Size(max = 2000) String content,
			@NotBlank @Size(max = 2000) String performanceStandard) {
	}

	private final ImplementationCatalogs implementations;

	ImplementationApiController(ImplementationCatalogs implementations) {
		this.implementations = implementations;
	}

	@Operation(summary = "实施目录列表")
	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<Implementation> list(@RequestParam int fiscalYear) {
		return implementations.visible(CurrentUser.require(), FiscalYear.of(fiscalYear));
	}

	@Operation(summary = "查看实施目录及其条目")
	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	Implementation get(@PathVariable UUID id) {
		return implementations.get(CurrentUser.require(), id);
	}

	@Operation(summary = "新建部门实施目录")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(PURCHASER)
	Implementation create(@Valid @RequestBody CreateRequest request) {
		return implementations.create(CurrentUser.require(), FiscalYear.of(request.fiscalYear()));
	}

	@Operation(summary = "在实施目录中新增条目")
	@PostMapping("/{id}/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(PURCHASER)
	Added addEntry(@PathVariable UUID id, @Valid @RequestBody EntryRequest request) {
		return implementations.addEntry(CurrentUser.require(), id, request.itemCode(), request.content(),
				request.performanceStandard());
	}

	@Operation(summary = "删除实施目录中的条目")
	@DeleteMapping("/{id}/entries/{entryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(PURCHASER)
	void removeEntry(@PathVariable UUID id, @PathVariable UUID entryId) {
		implementations.removeEntry(CurrentUser.require(), id, entryId);
	}

}
