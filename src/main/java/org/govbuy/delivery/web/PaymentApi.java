package org.govbuy.delivery.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.delivery.application.Payments;
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

/** Payment requests of contracts, through the purchaser and the treasury, as JSON. */
@RestController
@Tag(name = "合同支付", description = "按进度或验收申请支付，采购人审核后送国库集中支付，财政登记支付结果；中小企业逾期款项")
class PaymentApi {

	static final String PURCHASERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')";

	static final String PARTIES = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD', 'PROVIDER')";

	static final String FINANCE = "hasAnyRole('FINANCE_CLERK', 'FINANCE_REVIEWER')";

	private final Payments payments;

	PaymentApi(Payments payments) {
		this.payments = payments;
	}

	record PaymentRequest(UUID contractId, BigDecimal amount, String purpose, Payments.Basis basis, UUID milestoneId) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "PaymentReasonRequest")
	record ReasonRequest(String reason) {
	}

	record TreasuryRequest(boolean paid, String remark) {
	}

	@PostMapping("/api/v1/payments")
	@PreAuthorize(PARTIES)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "按进度或验收申请支付；Idempotency-Key 相同的重复请求只算一次，累计申请不超过合同金额")
	Payments.Payment request(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody PaymentRequest request) {
		return payments.request(
				new Payments.Request(request.contractId(), request.amount() == null ? null : Money.of(request.amount()),
						request.purpose(), request.basis(), request.milestoneId()),
				key);
	}

	@GetMapping("/api/v1/payments/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "支付申请及其国库状态")
	Payments.Payment payment(@PathVariable UUID id) {
		return payments.visible(id);
	}

	@PostMapping("/api/v1/payments/{id}/approve")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "采购人审核通过，送国库集中支付")
	Payments.Payment approve(@PathVariable UUID id) {
		return payments.approve(id);
	}

	@PostMapping("/api/v1/payments/{id}/reject")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "采购人退回支付申请")
	Payments.Payment reject(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		return payments.reject(id, request.reason());
	}

	@PostMapping("/api/v1/payments/{id}/treasury")
	@PreAuthorize(FINANCE)
	@Operation(summary = "财政登记国库支付结果：已支付（资金台账记支付）或退票")
	Payments.Payment treasury(@PathVariable UUID id, @RequestBody TreasuryRequest request) {
		return payments.treasury(id, request.paid(), request.remark());
	}

	@GetMapping("/api/v1/payments/treasury")
	@PreAuthorize(FINANCE)
	@Operation(summary = "本地区已送国库、待登记结果的支付")
	List<Payments.Payment> sentToTreasury() {
		return payments.sentToTreasury();
	}

	@GetMapping("/api/v1/payments/overdue")
	@PreAuthorize("hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')")
	@Operation(summary = "逾期未付中小企业的款项及逾期利息")
	List<Payments.Payment> overdue() {
		return payments.overdue();
	}

	@GetMapping("/api/v1/contracts/{id}/payments")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "合同的支付申请")
	List<Payments.Payment> payments(@PathVariable UUID id) {
		return payments.ofContract(id);
	}

}
