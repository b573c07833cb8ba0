package org.govbuy.catalog.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.govbuy.catalog.CatalogItems;
import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.application.CatalogExcel;
import org.govbuy.catalog.application.CatalogImports;
import org.govbuy.catalog.application.CatalogImports.ImportJob;
import org.govbuy.catalog.application.CatalogManagement;
import org.govbuy.catalog.application.CatalogManagement.ItemDraft;
import org.govbuy.catalog.application.CatalogManagement.Outcome;
import org.govbuy.catalog.application.CatalogQueries;
import org.govbuy.catalog.application.CatalogQueries.VersionView;
import org.govbuy.catalog.application.CatalogRepository.FilingComment;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The guiding catalog as JSON: versions, items, publication, filing, diff and Excel. */
@RestController
@Tag(name = "指导性目录", description = "分地区、分年度的指导性目录：版本、条目、发布、备案、比对与 Excel")
@RequestMapping("/api/v1/catalogs")
class CatalogApiController {

	static final String FINANCE = "hasAnyRole('ADMIN','FINANCE_CLERK','FINANCE_REVIEWER')";

	record CreateCatalogRequest(@NotBlank @Pattern(regexp = "\\d{6}", message = "行政区划代码应为6位数字") String region,
			@NotNull @Min(2000) @Max(2100) Integer fiscalYear, @Size(max = 200) String name) {
	}

	record AdjustmentRequest(@Size(max = 500) String note) {
	}

	record ItemRequest(@NotBlank @Size(max = 16) String code, @NotBlank @Size(max = 100) String name,
			@NotNull ItemNature nature, @Size(max = 16) String pinmuCode, @Size(max = 1000) String description) {

		ItemDraft draft() {
			return new ItemDraft(code, name, nature, pinmuCode, description);
		}

	}

	/** An item's new content; without a code the item keeps the one in the path. */
	record ItemChange(@Size(max = 16) String code, @NotBlank @Size(max = 100) String name, @NotNull ItemNature nature,
			@Size(max = 16) String pinmuCode, @Size(max = 1000) String description) {

		ItemDraft draft(String pathCode) {
			return new ItemDraft(code == null || code.isBlank() ? pathCode : code, name, nature, pinmuCode,
					description);
		}

	}

	record PublishRequest(LocalDate effectiveFrom, @Size(max = 1000) String lateReason) {
	}

	record CommentRequest(@NotBlank @Size(max = 2000) String text) {
	}

	record ReviewRequest(@Size(max = 2000) String text) {
	}

	record ChangeResult(UUID versionId, List<RuleViolation> warnings) {

		static ChangeResult of(Outcome outcome) {
			return new ChangeResult(outcome.versionId(), outcome.warnings());
		}

	}

	record VersionDetail(CatalogJson.Version version, CatalogJson.Version upper, List<CatalogJson.Item> items,
			List<RuleViolation> alignmentViolations, List<RuleViolation> alignmentWarnings,
			List<FilingComment> comments) {
	}

	private final CatalogManagement management;

	private final CatalogQueries queries;

	private final CatalogImports imports;

	private final CatalogItems catalogItems;

	CatalogApiController(CatalogManagement management, CatalogQueries queries, CatalogImports imports,
			CatalogItems catalogItems) {
		this.management = management;
		this.queries = queries;
		this.imports = imports;
		this.catalogItems = catalogItems;
	}

	@Operation(summary = "目录列表（本地区可见的各年度目录）")
	@GetMapping
	@PreAuthorize("isAuthenticated()")
	List<CatalogJson.Version> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) Integer fiscalYear) {
		return CatalogJson.versions(queries.versions(CurrentUser.require(),
				region == null ? null : RegionCode.of(region), fiscalYear == null ? null : FiscalYear.of(fiscalYear)));
	}

	@Operation(summary = "新建目录（某地区某年度）")
	@PostMapping
	@PreAuthorize(FINANCE)
	ResponseEntity<CatalogJson.Version> create(@Valid @RequestBody CreateCatalogRequest request) {
		CurrentUser user = CurrentUser.require();
		var draft = management.createCatalog(user, RegionCode.of(request.region()), FiscalYear.of(request.fiscalYear()),
				request.name());
		return ResponseEntity.created(URI.create("/api/v1/catalogs/versions/" + draft.id()))
			.body(CatalogJson.Version.of(queries.summary(user, draft.id())));
	}

	@Operation(summary = "发起目录调整（在已发布版本基础上新建草稿版本）")
	@PostMapping("/{catalogId}/adjustments")
	@PreAuthorize(FINANCE)
	ResponseEntity<CatalogJson.Version> adjust(@PathVariable UUID catalogId,
			@Valid @RequestBody(required = false) AdjustmentRequest request) {
		CurrentUser user = CurrentUser.require();
		var draft = management.startAdjustment(user, catalogId, request == null ? null : request.note());
		return ResponseEntity.created(URI.create("/api/v1/catalogs/versions/" + draft.id()))
			.body(CatalogJson.Version.of(queries.summary(user, draft.id())));
	}

	@Operation(summary = "查看目录版本（条目、上级对齐情况、备案意见）")
	@GetMapping("/versions/{id}")
	@PreAuthorize("isAuthenticated()")
	VersionDetail version(@PathVariable UUID id) {
		VersionView view = queries.view(CurrentUser.require(), id, null);
		return new VersionDetail(CatalogJson.Version.of(view.summary()),
				view.upper() == null ? null : CatalogJson.Version.of(view.upper()),
				view.items().stream().map(CatalogJson.Item::of).toList(), view.alignmentViolations(),
				view.alignmentWarnings(), view.comments());
	}

	/**
	 * The items as a tree (children nested); with {@code q}, only the branches that match
	 * the code or name.
	 */
	@Operation(summary = "目录版本的树形结构")
	@GetMapping("/versions/{id}/tree")
	@PreAuthorize("isAuthenticated()")
	List<CatalogQueries.TreeNode> tree(@PathVariable UUID id, @RequestParam(required = false) String q) {
		return queries.view(CurrentUser.require(), id, q).tree();
	}

	@Operation(summary = "在草稿版本中新增条目")
	@PostMapping("/versions/{id}/items")
	@PreAuthorize(FINANCE)
	ResponseEntity<ChangeResult> addItem(@PathVariable UUID id, @Valid @RequestBody ItemRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(ChangeResult.of(management.addItem(CurrentUser.require(), id, request.draft())));
	}

	/**
	 * One item of a version, in the shape its {@code PUT} takes: what it reads can be
	 * written back unchanged.
	 */
	@Operation(summary = "查看版本中的一个条目（返回内容可原样用于修改）")
	@GetMapping("/versions/{id}/items/{code}")
	@PreAuthorize("isAuthenticated()")
	ItemRequest item(@PathVariable UUID id, @PathVariable String code) {
		return queries.items(CurrentUser.require(), id)
			.stream()
			.filter(item -> item.code().equals(code))
			.findFirst()
			.map(item -> new ItemRequest(item.code(), item.name(), item.nature(), item.pinmuCode(), item.description()))
			.orElseThrow(() -> new org.govbuy.platform.NotFoundException("该版本中没有编码为 " + code + " 的条目"));
	}

	/**
	 * Changes an item of a draft; the code is the path's unless the body gives a new one
	 * (renaming the code).
	 */
	@Operation(summary = "修改草稿版本中的条目（请求体可不重复编码；给出不同编码即改编码）")
	@PutMapping("/versions/{id}/items/{code}")
	@PreAuthorize(FINANCE)
	ChangeResult editItem(@PathVariable UUID id, @PathVariable String code, @Valid @RequestBody ItemChange request) {
		return ChangeResult.of(management.editItem(CurrentUser.require(), id, code, request.draft(code)));
	}

	@Operation(summary = "删除草稿版本中的条目（连同下级条目）")
	@DeleteMapping("/versions/{id}/items/{code}")
	@PreAuthorize(FINANCE)
	Map<String, Integer> removeItem(@PathVariable UUID id, @PathVariable String code) {
		return Map.of("removed", management.removeItem(CurrentUser.require(), id, code));
	}

	@Operation(summary = "发布目录版本")
	@PostMapping("/versions/{id}/publish")
	@PreAuthorize(FINANCE)
	Map<String, Object> publish(@PathVariable UUID id, @Valid @RequestBody(required = false) PublishRequest request) {
		CurrentUser user = CurrentUser.require();
		Outcome outcome = management.publish(user, id, request == null ? null : request.effectiveFrom(),
				request == null ? null : request.lateReason());
		return Map.of("version", CatalogJson.Version.of(queries.summary(user, id)), "warnings", outcome.warnings());
	}

	@Operation(summary = "报上级财政备案")
	@PostMapping("/versions/{id}/filing")
	@PreAuthorize(FINANCE)
	CatalogJson.Version file(@PathVariable UUID id) {
		CurrentUser user = CurrentUser.require();
		management.file(user, id);
		return CatalogJson.Version.of(queries.summary(user, id));
	}

	@Operation(summary = "上级财政提出备案意见")
	@PostMapping("/versions/{id}/comments")
	@PreAuthorize(FINANCE)
	ResponseEntity<FilingComment> comment(@PathVariable UUID id, @Valid @RequestBody CommentRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(management.comment(CurrentUser.require(), id, request.text()));
	}

	@Operation(summary = "上级财政作出备案审查结论")
	@PostMapping("/versions/{id}/review")
	@PreAuthorize(FINANCE)
	CatalogJson.Version review(@PathVariable UUID id, @Valid @RequestBody(required = false) ReviewRequest request) {
		CurrentUser user = CurrentUser.require();
		management.markReviewed(user, id, request == null ? null : request.text());
		return CatalogJson.Version.of(queries.summary(user, id));
	}

	@Operation(summary = "比较两个目录版本的差异")
	@GetMapping("/versions/{id}/diff")
	@PreAuthorize("isAuthenticated()")
	CatalogJson.Diff diff(@PathVariable UUID id, @RequestParam UUID against) {
		return CatalogJson.Diff.of(against, id, queries.diff(CurrentUser.require(), against, id));
	}

	@Operation(summary = "导出目录版本为 Excel")
	@GetMapping("/versions/{id}/export")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> export(@PathVariable UUID id) {
		CurrentUser user = CurrentUser.require();
		var summary = queries.summary(user, id);
		return xlsx(
				CatalogExcel.export(summary.regionName() + summary.fiscalYear().value() + "年度政府购买服务指导性目录（第"
						+ summary.number() + "版）", summary.regionName() + "财政部门", queries.items(user, id)),
				"目录-" + summary.region() + "-" + summary.fiscalYear() + "-v" + summary.number() + ".xlsx");
	}

	@Operation(summary = "下载目录导入模板（Excel）")
	@GetMapping("/template")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> template() {
		return xlsx(CatalogExcel.template(), "指导性目录导入模板.xlsx");
	}

	/**
	 * Imports a workbook into a draft and answers when done: 200 with the job when
	 * stored; 422 problem+json when refused, {@code violations} naming the row, column,
	 * cell and reason of every bad row (the job's own fields kept for clients of the
	 * earlier body).
	 */
	@Operation(summary = "从 Excel 导入条目到草稿版本：任一行有误则全部不导入（422 problem+json，violations 列出行号、列、单元格内容和原因）")
	@PostMapping(path = "/versions/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(FINANCE)
	ResponseEntity<?> importFile(@PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
		ImportJob job = imports.importNow(CurrentUser.require(), id, file.getOriginalFilename(), file.getBytes());
		if (job.succeeded()) {
			return ResponseEntity.ok(job);
		}
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(refused(job));
	}

	static ProblemDetail refused(ImportJob job) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"文件中有 " + job.errors().size() + " 处错误，未导入任何条目："
						+ job.errors()
							.stream()
							.limit(3)
							.map(e -> "第" + e.row() + "行“" + e.column() + "”：" + e.message())
							.collect(java.util.stream.Collectors.joining("；"))
						+ (job.errors().size() > 3 ? "……" : ""));
		problem.setTitle("导入未通过");
		problem.setProperty("violations", job.errors().stream().map(error -> {
			java.util.Map<String, Object> violation = new java.util.LinkedHashMap<>();
			violation.put("row", error.row());
			violation.put("column", error.column());
			violation.put("value", error.value());
			violation.put("message", error.message());
			return violation;
		}).toList());
		problem.setProperty("jobId", job.id());
		problem.setProperty("jobStatus", job.status());
		problem.setProperty("importedRows", 0);
		problem.setProperty("errors", job.errors());
		return problem;
	}

	@Operation(summary = "查看导入任务的结果（逐行错误）")
	@GetMapping("/imports/{jobId}")
	@PreAuthorize(FINANCE)
	ImportJob importJob(@PathVariable UUID jobId) {
		return imports.find(CurrentUser.require(), jobId);
	}

	/**
	 * The item with a code in the catalog in force for a region and year (what other
	 * modules record).
	 */
	@Operation(summary = "查询已发布目录中的条目")
	@GetMapping("/items")
	@PreAuthorize("isAuthenticated()")
	CatalogJson.Published item(@RequestParam String region, @RequestParam int fiscalYear, @RequestParam String code) {
		return catalogItems.findPublished(RegionCode.of(region), FiscalYear.of(fiscalYear), code)
			.map(CatalogJson.Published::of)
			.orElseThrow(
					() -> new NotFoundException("目录条目 " + code + " 不在 " + region + " " + fiscalYear + " 年度已发布的目录中"));
	}

	static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(CatalogExcel.CONTENT_TYPE));
		headers.setContentDisposition(
				ContentDisposition.attachment().filename(fileName, java.nio.charset.StandardCharsets.UTF_8).build());
		return new ResponseEntity<>(content, headers, HttpStatus.OK);
	}

}
