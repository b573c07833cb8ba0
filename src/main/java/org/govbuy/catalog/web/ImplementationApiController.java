package org.govbuy.catalog.web;

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
@RequestMapping("/api/v1/catalogs/implementation")
class ImplementationApiController {

	static final String PURCHASER = "hasAnyRole('PURCHASER_CLERK','PURCHASER_HEAD')";

	record CreateRequest(@NotNull @Min(2000) @Max(2100) Integer fiscalYear) {
	}

	record EntryRequest(@NotBlank @Size(max = 16) String itemCode, @NotBlank @Size(max = 2000) String content,
			@NotBlank @Size(max = 2000) String performanceStandard) {
	}

	private final ImplementationCatalogs implementations;

	ImplementationApiController(ImplementationCatalogs implementations) {
		this.implementations = implementations;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<Implementation> list(@RequestParam int fiscalYear) {
		return implementations.visible(CurrentUser.require(), FiscalYear.of(fiscalYear));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	Implementation get(@PathVariable UUID id) {
		return implementations.get(CurrentUser.require(), id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(PURCHASER)
	Implementation create(@Valid @RequestBody CreateRequest request) {
		return implementations.create(CurrentUser.require(), FiscalYear.of(request.fiscalYear()));
	}

	@PostMapping("/{id}/entries")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(PURCHASER)
	Added addEntry(@PathVariable UUID id, @Valid @RequestBody EntryRequest request) {
		return implementations.addEntry(CurrentUser.require(), id, request.itemCode(), request.content(),
				request.performanceStandard());
	}

	@DeleteMapping("/{id}/entries/{entryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(PURCHASER)
	void removeEntry(@PathVariable UUID id, @PathVariable UUID entryId) {
		implementations.removeEntry(CurrentUser.require(), id, entryId);
	}

}
