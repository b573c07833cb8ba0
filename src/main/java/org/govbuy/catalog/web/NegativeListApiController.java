package org.govbuy.catalog.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
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
import org.govbuy.catalog.application.NegativeListExcel;
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
@Tag(name = "负面清单", description = "政府购买服务禁止事项（负面清单）、筛查与复核")
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

	@Operation(summary = "负面清单条目")
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
	@Operation(summary = "维护条目的预警关键词")
	@PutMapping("/{code}/keywords")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	List<NegativeListEntry> updateKeywords(@PathVariable String code, @Valid @RequestBody KeywordsRequest request) {
		negativeList.updateKeywords(CurrentUser.require(), code, request.keywords());
		return negativeList.entries();
	}

	/**
	 * The screening as an inquiry: the decision (REFUSED with the violations naming rule
	 * and triggering words, HELD with the held hits and their words — the wording then
	 * waits for the finance reviewer — or ALLOWED). Plan lines, procurements and
	 * contracts answer a refusal with 422.
	 */
	@Operation(summary = "按负面清单筛查拟购买事项")
	@PostMapping("/check")
	@PreAuthorize("isAuthenticated()")
	NegativeListDecision check(@Valid @RequestBody CheckRequest request) {
		return negativeList.check(request.toDescription());
	}

	record WordingsRequest(@Size(max = 100) List<@NotBlank @Size(max = 20) String> keywords,
			@Size(max = 100) List<@NotNull @Size(max = 50) List<@NotBlank @Size(max = 20) String>> synonyms,
			@Size(max = 100) List<@NotBlank @Size(max = 100) String> examples) {
	}

	/** Finance maintains an entry's keywords, synonym groups and example phrasings. */
	@Operation(summary = "维护条目的关键词、同义词与例句")
	@PutMapping("/{code}/wordings")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	List<NegativeListEntry> updateWordings(@PathVariable String code, @Valid @RequestBody WordingsRequest request) {
		negativeList.updateWordings(CurrentUser.require(), code, request.keywords(), request.synonyms(),
				request.examples());
		return negativeList.entries();
	}

	/** The wordings as an Excel workbook (条目编码、关键词、同义词、例句). */
	@Operation(summary = "导出负面清单表述（Excel）")
	@GetMapping("/wordings.xlsx")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	org.springframework.http.ResponseEntity<byte[]> exportWordings() {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType
				.parseMediaType(org.govbuy.catalog.application.CatalogExcel.CONTENT_TYPE))
			.header("Content-Disposition", "attachment; filename=negative-list-wordings.xlsx")
			.body(NegativeListExcel.export(negativeList.entries()));
	}

	/**
	 * Imports the wordings from Excel: all rows applied, or none with each row's error
	 * (422).
	 */
	@Operation(summary = "从 Excel 导入负面清单表述：全部成功，或任一行有误则全部不导入（422 problem+json，violations 列出行号和原因）")
	@PostMapping(path = "/wordings/import", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	org.springframework.http.ResponseEntity<?> importWordings(
			@org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file)
			throws java.io.IOException {
		NegativeListService.ImportResult result = negativeList.importWordings(CurrentUser.require(), file.getBytes());
		if (result.errors().isEmpty()) {
			return org.springframework.http.ResponseEntity.ok(result);
		}
		org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
				org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
				"文件中有 " + result.errors().size() + " 处错误，未导入任何表述："
						+ result.errors()
							.stream()
							.limit(3)
							.map(error -> "第" + error.row() + "行：" + error.message())
							.collect(java.util.stream.Collectors.joining("；")));
		problem.setTitle("导入未通过");
		problem.setProperty("violations",
				result.errors()
					.stream()
					.map(error -> java.util.Map.of("row", error.row(), "message", error.message()))
					.toList());
		problem.setProperty("applied", 0);
		problem.setProperty("errors", result.errors());
		return org.springframework.http.ResponseEntity.status(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/** Wordings held for the finance reviewer, with their triggering words. */
	@Operation(summary = "待复核的表述")
	@GetMapping("/holds")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	List<NegativeListService.ScreenedWording> holds() {
		return negativeList.held(200);
	}

	/** The reviewer's recorded decisions (exceptions and exclusions). */
	@Operation(summary = "已复核的表述")
	@GetMapping("/reviews")
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')")
	List<NegativeListService.ScreenedWording> reviews() {
		return negativeList.decided(200);
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "WordingReviewRequest")
	record ReviewRequest(@NotBlank @Size(max = 4000) String wording,
			@NotBlank @jakarta.validation.constraints.Pattern(regexp = "EXCLUDE|ALLOW") String decision,
			@NotBlank @Size(max = 32) String rule, @NotBlank @Size(min = 4, max = 2000) String reason) {
	}

	/**
	 * The finance reviewer excludes or allows a wording with a reason; an allowed wording
	 * is an exception for exactly that (normalised) wording.
	 */
	@Operation(summary = "复核一条表述（允许或排除）")
	@PostMapping("/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_REVIEWER')")
	Map<String, String> review(@Valid @RequestBody ReviewRequest request) {
		return Map.of("key",
				negativeList.decide(request.wording(),
						CatalogForms.ReviewDecision.valueOf(request.decision()) == CatalogForms.ReviewDecision.ALLOW,
						request.rule(), request.reason(), CurrentUser.require()));
	}

	/**
	 * A reviewer clears keyword warnings with a comment; the clearance id is kept by the
	 * caller.
	 */
	@Operation(summary = "复核人员登记例外")
	@PostMapping("/clearances")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER','PURCHASER_HEAD')")
	Map<String, UUID> clear(@Valid @RequestBody ClearanceRequest request) {
		return Map.of("id", negativeList.clearWarnings(request.subject(), request.keywords(), request.comment(),
				CurrentUser.require()));
	}

}
