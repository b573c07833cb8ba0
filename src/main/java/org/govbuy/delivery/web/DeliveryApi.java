package org.govbuy.delivery.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.delivery.application.Acceptances;
import org.govbuy.delivery.application.Deliveries;
import org.govbuy.delivery.domain.AcceptancePolicy;
import org.govbuy.delivery.domain.LedgerKind;
import org.govbuy.shared.Money;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Delivery, the project ledger, acceptance and overdue monitoring as JSON. */
@RestController
@Tag(name = "履约与验收", description = "履约节点、承接主体台账（含附件）、进度报告、验收（服务对象参与、结果公告）、整改与逾期监控")
class DeliveryApi {

	static final String PURCHASERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')";

	static final String MONITORS = "hasAnyRole('ADMIN', 'PURCHASER_CLERK', 'PURCHASER_HEAD', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')";

	private final Deliveries deliveries;

	private final Acceptances acceptances;

	DeliveryApi(Deliveries deliveries, Acceptances acceptances) {
		this.deliveries = deliveries;
		this.acceptances = acceptances;
	}

	record MilestoneRequest(String title, String standard, LocalDate dueOn, BigDecimal amount) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "LedgerEntryRequest")
	record EntryRequest(LedgerKind kind, LocalDate occurredOn, String title, String content, UUID milestoneId,
			Boolean submitMilestone) {
	}

	record SubmitRequest(String report) {
	}

	record AcceptanceRequest(UUID milestoneId, LocalDate acceptedOn, Acceptances.Result result, String findings,
			List<AcceptancePolicy.StandardCheck> standards, Boolean publicService,
			List<AcceptancePolicy.Participant> participants, String rectificationRequired,
			LocalDate rectificationDueOn) {
	}

	record ResponseRequest(String response) {
	}

	@GetMapping("/api/v1/contracts/{id}/milestones")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "合同的履约节点（范围外答复404）")
	List<Deliveries.Milestone> milestones(@PathVariable UUID id) {
		return deliveries.milestones(id);
	}

	@PostMapping("/api/v1/contracts/{id}/milestones")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "购买主体设置履约节点：名称、交付成果与验收标准、完成期限（在服务期限内）、节点金额（可选）")
	Deliveries.Milestone addMilestone(@PathVariable UUID id, @RequestBody MilestoneRequest request) {
		return deliveries.addMilestone(id, new Deliveries.NewMilestone(request.title(), request.standard(),
				request.dueOn(), request.amount() == null ? null : Money.of(request.amount())));
	}

	@PostMapping("/api/v1/contracts/{id}/milestones/{milestoneId}/submit")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "承接主体报告节点完成并提交验收（记入台账“进度”）")
	Deliveries.Milestone submit(@PathVariable UUID id, @PathVariable UUID milestoneId,
			@RequestBody(required = false) SubmitRequest request) {
		return deliveries.submitMilestone(id, milestoneId, request == null ? null : request.report(), List.of());
	}

	@GetMapping("/api/v1/contracts/{id}/ledger")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "项目台账（102号令第二十七条），按发生日期排列，含附件清单")
	List<Deliveries.LedgerEntry> ledger(@PathVariable UUID id) {
		return deliveries.ledger(id);
	}

	@PostMapping(path = "/api/v1/contracts/{id}/ledger", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('PROVIDER')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "承接主体记录台账并上传附件（PDF、图片、Office 文档，单个不超过10MB，按内容识别类型）")
	Deliveries.LedgerEntry recordWithFiles(@PathVariable UUID id, @RequestParam LedgerKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			@RequestParam String title, @RequestParam(required = false) String content,
			@RequestParam(required = false) UUID milestoneId,
			@RequestParam(defaultValue = "false") boolean submitMilestone,
			@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		return deliveries.record(id,
				new Deliveries.NewEntry(kind, occurredOn, title, content, milestoneId, submitMilestone),
				uploads(files));
	}

	@PostMapping(path = "/api/v1/contracts/{id}/ledger", consumes = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize("hasRole('PROVIDER')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "承接主体记录台账（无附件）")
	Deliveries.LedgerEntry record(@PathVariable UUID id, @RequestBody EntryRequest request) {
		return deliveries.record(id, new Deliveries.NewEntry(request.kind(), request.occurredOn(), request.title(),
				request.content(), request.milestoneId(), Boolean.TRUE.equals(request.submitMilestone())), List.of());
	}

	@GetMapping("/api/v1/contracts/{id}/ledger/attachments/{attachmentId}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "下载台账附件")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		return download(deliveries.attachment(id, attachmentId));
	}

	@GetMapping("/api/v1/contracts/{id}/acceptances")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "合同的验收记录（验收书、参与人员及意见、整改）")
	List<Acceptances.Acceptance> acceptances(@PathVariable UUID id) {
		return acceptances.of(id);
	}

	@PostMapping("/api/v1/contracts/{id}/acceptances")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "购买主体记录验收并公告结果：逐项标准与验收意见（GPLR-45），公共服务须有服务对象参与并出具意见（GPLR-45-R）；不合格的开启整改")
	Acceptances.Acceptance accept(@PathVariable UUID id, @RequestBody AcceptanceRequest request) {
		return acceptances.record(id,
				new Acceptances.NewAcceptance(request.milestoneId(), request.acceptedOn(), request.result(),
						request.findings(), request.standards(), request.publicService(), request.participants(),
						request.rectificationRequired(), request.rectificationDueOn()));
	}

	@GetMapping("/api/v1/contracts/{id}/rectifications")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "合同的整改通知")
	List<Acceptances.Rectification> rectifications(@PathVariable UUID id) {
		return acceptances.rectifications(id);
	}

	@PostMapping("/api/v1/contracts/{id}/rectifications/{rectificationId}/response")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "承接主体提交整改情况，购买主体随后重新验收")
	Acceptances.Rectification respond(@PathVariable UUID id, @PathVariable UUID rectificationId,
			@RequestBody ResponseRequest request) {
		return acceptances.respond(id, rectificationId, request.response());
	}

	@GetMapping("/api/v1/contracts/monitoring")
	@PreAuthorize(MONITORS)
	@Operation(summary = "履约监控（102号令第二十五条）：逾期节点、逾期未整改事项和履行中的合同（数据范围内）")
	Deliveries.Monitoring monitoring() {
		return deliveries.monitoring();
	}

	@GetMapping("/api/v1/contracts/as-provider")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "承接主体本单位已签订的合同")
	List<Deliveries.ContractProgress> providerContracts() {
		return deliveries.providerContracts();
	}

	@GetMapping("/api/v1/public/acceptances")
	@PreAuthorize("permitAll()")
	@Operation(summary = "已公告的验收结果（公开，无需登录）")
	List<Acceptances.PublishedAcceptance> published() {
		return acceptances.published();
	}

	static List<Deliveries.Upload> uploads(List<MultipartFile> files) {
		if (files == null) {
			return List.of();
		}
		return files.stream().filter(file -> !file.isEmpty()).map(file -> {
			try {
				return new Deliveries.Upload(file.getOriginalFilename(), file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}).toList();
	}

	static ResponseEntity<byte[]> download(Deliveries.AttachmentContent file) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
