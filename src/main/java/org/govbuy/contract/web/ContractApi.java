package org.govbuy.contract.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.contract.AmendmentKind;
import org.govbuy.contract.application.Amendments;
import org.govbuy.contract.application.ContractDocuments;
import org.govbuy.contract.application.ContractDrafting;
import org.govbuy.contract.application.ContractRenewals;
import org.govbuy.contract.application.ContractSigning;
import org.govbuy.contract.application.ContractTermination;
import org.govbuy.contract.application.Contracts;
import org.govbuy.contract.domain.ContractMoneyPolicy.DepositForm;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.contract.domain.TerminationPolicy;
import org.govbuy.shared.Money;

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

/** Contracts and their amendments as JSON. */
@RestController
@Tag(name = "合同与支付", description = "从成交结果按范本起草合同、签订、公告、备案、续签、终止、补充与变更，按进度或验收申请支付并送国库")
class ContractApi {

	static final String PURCHASERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')";

	static final String PARTIES = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD', 'PROVIDER')";

	static final String FINANCE = "hasAnyRole('FINANCE_CLERK', 'FINANCE_REVIEWER')";

	private final Contracts contracts;

	private final ContractDrafting drafting;

	private final ContractSigning signing;

	private final ContractRenewals renewals;

	private final ContractTermination termination;

	private final Amendments amendments;

	private final ContractDocuments documents;

	ContractApi(Contracts contracts, ContractDrafting drafting, ContractSigning signing, ContractRenewals renewals,
			ContractTermination termination, Amendments amendments, ContractDocuments documents) {
		this.contracts = contracts;
		this.drafting = drafting;
		this.signing = signing;
		this.renewals = renewals;
		this.termination = termination;
		this.amendments = amendments;
		this.documents = documents;
	}

	record DraftRequest(UUID projectId, String title, Template template, LocalDate startsOn, LocalDate endsOn,
			Set<TermPolicy.MultiYearCondition> conditions, Map<Clause, String> clauses, Boolean publicService,
			Boolean providerSme, Integer paymentDays, BigDecimal depositAmount, DepositForm depositForm,
			Set<Clause> secretClauses) {
	}

	record DateRequest(LocalDate date) {
	}

	/** A renewal; the grade is read from the original's latest final evaluation. */
	record RenewalRequest(UUID planLineId, BigDecimal amount, LocalDate startsOn, LocalDate endsOn) {
	}

	record TerminationRequest(TerminationPolicy.Ground ground, String reason, LocalDate date) {
	}

	record AmendmentRequest(AmendmentKind kind, String content, BigDecimal amount, String subcontractor) {
	}

	record ReasonRequest(String reason) {
	}

	@PostMapping("/api/v1/contracts")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "从成交结果按范本起草合同：金额与成交价一致，必备条款、服务期限、中期财政规划、履约保证金和中小企业付款期限检查；质疑未答复的暂不签订")
	Contracts.Contract draft(@RequestBody DraftRequest request) {
		return drafting.draft(new ContractDrafting.Draft(request.projectId(), request.title(), request.template(),
				request.startsOn(), request.endsOn(), request.conditions(), request.clauses(), request.publicService(),
				request.providerSme(), request.paymentDays(), money(request.depositAmount()), request.depositForm(),
				request.secretClauses()));
	}

	@GetMapping("/api/v1/contracts")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "可见的合同：本单位、本承接主体或本地区")
	List<Contracts.Contract> list() {
		return contracts.list();
	}

	@GetMapping("/api/v1/contracts/templates")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "合同范本（养老、就业、教育、卫生健康、通用），按成交结果填入占位符")
	Map<Clause, String> template(@RequestParam UUID projectId, @RequestParam(required = false) Template template,
			@RequestParam(defaultValue = "30") int paymentDays) {
		return drafting.templateClauses(projectId, template, paymentDays);
	}

	@GetMapping("/api/v1/contracts/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "合同（范围外答复404）")
	Contracts.Contract get(@PathVariable UUID id) {
		return contracts.visible(id);
	}

	@GetMapping("/api/v1/contracts/{id}/pdf")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "合同 PDF（金额含人民币大写，嵌入中文字体）")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
		Contracts.Contract contract = contracts.visible(id);
		return pdf(documents.full(id), ContractDocuments.fileName(contract, false));
	}

	@PostMapping("/api/v1/contracts/{id}/sign")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "签订合同：资金台账由预留转为签约，采购结余释放；超过成交后30日标记")
	Contracts.Contract sign(@PathVariable UUID id, @RequestBody(required = false) DateRequest request) {
		return signing.sign(id, request == null ? null : request.date());
	}

	@PostMapping("/api/v1/contracts/{id}/publish")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "公告合同（门户发布公开版）：签订后2个工作日内，逾期标记")
	Contracts.Contract publish(@PathVariable UUID id, @RequestBody(required = false) DateRequest request) {
		return signing.publish(id, request == null ? null : request.date());
	}

	@PostMapping("/api/v1/contracts/{id}/file")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "报财政部门备案：签订后7个工作日内，逾期标记")
	Contracts.Contract file(@PathVariable UUID id, @RequestBody(required = false) DateRequest request) {
		return signing.file(id, request == null ? null : request.date());
	}

	@PostMapping("/api/v1/contracts/{id}/renew")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "与原承接主体续签（初始期限一年以内、最近一次已完成的绩效评价为优、有预算保障，续签一次且不超过2年）")
	Contracts.Contract renew(@PathVariable UUID id, @RequestBody RenewalRequest request) {
		return renewals.renew(id, new ContractRenewals.Renewal(request.planLineId(), money(request.amount()),
				request.startsOn(), request.endsOn()));
	}

	@PostMapping("/api/v1/contracts/{id}/terminate")
	@PreAuthorize(PURCHASERS)
	@Operation(
			summary = "采购人终止合同：已签订的须以继续履行将损害公共利益（PUBLIC_INTEREST）或承接主体违约且有验收不合格记录（PROVIDER_BREACH）为由，协商一致的提出“终止协议”由对方确认（法50）；未支付金额释放回预算行")
	Contracts.Contract terminate(@PathVariable UUID id, @RequestBody TerminationRequest request) {
		return termination.terminate(id, request.ground(), request.reason(), request.date());
	}

	@GetMapping("/api/v1/contracts/{id}/amendments")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "补充合同、变更和分包记录")
	List<Amendments.Amendment> amendments(@PathVariable UUID id) {
		return amendments.ofContract(id);
	}

	@PostMapping("/api/v1/contracts/{id}/amendments")
	@PreAuthorize(PARTIES)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "一方提出补充合同（累计不超过原合同10%）、变更、分包（须采购人同意，不得转包）或终止协议，由另一方确认")
	Amendments.Amendment propose(@PathVariable UUID id, @RequestBody AmendmentRequest request) {
		return amendments.propose(id, request.kind(), request.content(), money(request.amount()),
				request.subcontractor());
	}

	@PostMapping("/api/v1/amendments/{id}/confirm")
	@PreAuthorize(PARTIES)
	@Operation(summary = "另一方确认签署，记录生效；补充合同的资金从预算行预留并签约")
	Amendments.Amendment confirm(@PathVariable UUID id) {
		return amendments.confirm(id);
	}

	@PostMapping("/api/v1/amendments/{id}/withdraw")
	@PreAuthorize(PARTIES)
	@Operation(summary = "提出方撤回尚未确认的记录")
	Amendments.Amendment withdraw(@PathVariable UUID id) {
		return amendments.withdraw(id);
	}

	static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PDF);
		headers.setContentDisposition(ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build());
		return new ResponseEntity<>(content, headers, HttpStatus.OK);
	}

	private static Money money(BigDecimal amount) {
		return amount == null ? null : Money.of(amount);
	}

}
