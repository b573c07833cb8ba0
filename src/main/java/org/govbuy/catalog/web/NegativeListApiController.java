package org.govbuy.catalog.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.catalog.application.NegativeListService;
import org.govbuy.catalog.domain.NegativeListEntry;
import org.govbuy.platform.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The negative list (禁止购买事项) and its check. */
@RestController
@RequestMapping("/api/v1/negative-list")
class NegativeListApiController {

	/**
	 * A purchase to check: declared attributes decide, keywords in name and description
	 * warn.
	 */
	record CheckRequest(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description, Boolean goods,
			Boolean works, Boolean infrastructure, Boolean worksServiceBundle, Boolean financing, Boolean staffHiring,
			Boolean directGovernmentDuty, Boolean notGovernmentDuty, Boolean excludedByLaw,
			Boolean privatePremisesRepair, Boolean classifiedPrinting) {

		PurchaseDescription toDescription() {
			return new PurchaseDescription(name, description, yes(goods), yes(works), yes(infrastructure),
					yes(worksServiceBundle), yes(financing), yes(staffHiring), yes(directGovernmentDuty),
					yes(notGovernmentDuty), yes(excludedByLaw), yes(privatePremisesRepair), yes(classifiedPrinting));
		}

		private static boolean yes(Boolean value) {
			return Boolean.TRUE.equals(value);
		}

	}

	record ClearanceRequest(@NotBlank @Size(max = 300) String subject, @NotEmpty List<@NotBlank String> keywords,
			@NotBlank @Size(min = 4, max = 2000) String comment) {
	}

	private final NegativeListService negativeList;

	NegativeListApiController(NegativeListService negativeList) {
		this.negativeList = negativeList;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<NegativeListEntry> entries() {
		return negativeList.entries();
	}

	record KeywordsRequest(@NotNull List<@NotBlank @Size(max = 20) String> keywords) {
	}

	/**
	 * Finance maintains the keywords that raise warnings (the declared attributes still
	 * decide).
	 */
	@PutMapping("/{code}/keywords")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	List<NegativeListEntry> updateKeywords(@PathVariable String code, @Valid @RequestBody KeywordsRequest request) {
		negativeList.updateKeywords(CurrentUser.require(), code, request.keywords());
		return negativeList.entries();
	}

	/**
	 * The decision (REFUSED, HELD, ALLOWED) with violations and keyword warnings.
	 */
	@PostMapping("/check")
	@PreAuthorize("isAuthenticated()")
	NegativeListDecision check(@Valid @RequestBody CheckRequest request) {
		return negativeList.check(request.toDescription());
	}

	/**
	 * A reviewer clears keyword warnings with a comment; the clearance id is kept by the
	 * caller.
	 */
	@PostMapping("/clearances")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER','PURCHASER_HEAD')")
	Map<String, UUID> clear(@Valid @RequestBody ClearanceRequest request) {
		return Map.of("id", negativeList.clearWarnings(request.subject(), request.keywords(), request.comment(),
				CurrentUser.require()));
	}

}
