package org.govbuy.contract.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.contract.application.Contracts;
import org.govbuy.contract.domain.MandatoryClauses;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.shared.Money;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Contracts and payments as JSON. */
@RestController
@Tag(name = "合同与支付", description = "从成交结果起草合同、签订、公告、备案与按进度支付")
class ContractApi {

	static final String PURCHASERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')";

	private final Contracts contracts;

	ContractApi(Contracts contracts) {
		this.contracts = contracts;
	}

	record DraftRequest(UUID projectId, String title, LocalDate startsOn, LocalDate endsOn,
			Set<TermPolicy.MultiYearCondition> conditions, Map<MandatoryClauses.Clause, String> clauses) {
	}

	record DateRequest(LocalDate date) {
	}

	record PaymentRequest(UUID contractId, BigDecimal amount, String purpose) {
	}

	@PostMapping("/api/v1/contracts")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "从成交结果起草合同：金额与成交价一致，必备条款、服务期限和中期财政规划检查；质疑未答复的暂不签订")
	Contracts.Contract draft(@RequestBody DraftRequest request) {
		return contracts.draft(new Contracts.Draft(request.projectId(), request.title(), request.startsOn(),
				request.endsOn(), request.conditions(), request.clauses()));
	}

	@GetMapping("/api/v1/contracts/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "合同（范围外答复404）")
	Contracts.Contract get(@PathVariable UUID id) {
		return contracts.visible(id);
	}

	@PostMapping("/api/v1/contracts/{id}/sign")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "签订合同：资金台账由预留转为签约，余额释放")
	Contracts.Contract sign(@PathVariable UUID id, @RequestBody(required = false) DateRequest request) {
		return contracts.sign(id, request == null ? null : request.date());
	}

	@PostMapping("/api/v1/contracts/{id}/publish")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "记录合同公告日期（签订后2个工作日内，逾期标记）")
	Contracts.Contract publish(@PathVariable UUID id, @RequestBody(required = false) DateRequest request) {
		return contracts.publish(id, request == null ? null : request.date());
	}

	@PostMapping("/api/v1/contracts/{id}/file")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "记录合同报财政部门备案日期（签订后7个工作日内，逾期标记）")
	Contracts.Contract file(@PathVariable UUID id, @RequestBody(required = false) DateRequest request) {
		return contracts.file(id, request == null ? null : request.date());
	}

	@PostMapping("/api/v1/payments")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "按合同支付；Idempotency-Key 相同的重复请求只支付一次，累计支付不超过合同金额")
	Contracts.Payment pay(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody PaymentRequest request) {
		return contracts.pay(request.contractId(), request.amount() == null ? null : Money.of(request.amount()),
				request.purpose(), key);
	}

	@GetMapping("/api/v1/contracts/{id}/payments")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "合同的支付记录")
	List<Contracts.Payment> payments(@PathVariable UUID id) {
		return contracts.payments(id);
	}

}
