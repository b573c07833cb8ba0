package org.govbuy.provider.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.govbuy.platform.CurrentUser;
import org.govbuy.provider.ProviderEligibility;
import org.govbuy.provider.ProviderRule;
import org.govbuy.provider.ProviderType;
import org.govbuy.provider.ProviderView;
import org.govbuy.provider.RosterKind;
import org.govbuy.provider.application.CreditRecords;
import org.govbuy.provider.application.ProviderRegistry;
import org.govbuy.provider.application.ProviderRegistry.ItemVerdict;
import org.govbuy.shared.RegionCode;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The provider registry's JSON API. */
@RestController
@Tag(name = "承接主体", description = "登记、资格审核、名单、信用记录与禁入")
class ProviderApi {

	static final String REVIEWERS = "hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')";

	private final ProviderRegistry providers;

	private final CreditRecords credit;

	private final Clock clock;

	ProviderApi(ProviderRegistry providers, CreditRecords credit, Clock clock) {
		this.providers = providers;
		this.credit = credit;
		this.clock = clock;
	}

	/** Self-registration of a provider with its sign-in account. */
	record RegisterRequest(@NotBlank(message = "请填写单位名称") String name, @NotNull(message = "请选择单位类型") ProviderType type,
			@NotBlank(message = "请填写统一社会信用代码") String creditCode,
			@NotBlank(message = "请选择所在地区") @Pattern(regexp = "\\d{6}", message = "地区代码应为6位数字") String region,
			@NotBlank(message = "请填写法定代表人（负责人）") String legalRepresentative,
			@NotBlank(message = "请填写联系人") String contactName, @NotBlank(message = "请填写联系电话") String contactPhone,
			String contactEmail, String bankName, String bankAccount, String controlledBy,
			@NotBlank(message = "请设置登录用户名") String username, @NotBlank(message = "请设置登录密码") String password) {

		ProviderRegistry.Registration toRegistration() {
			return new ProviderRegistry.Registration(name, type, creditCode, new RegionCode(region),
					legalRepresentative, contactName, contactPhone, contactEmail, bankName, bankAccount, controlledBy,
					username, password);
		}

	}

	/** A reviewer's verdicts on the items of one provider. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ProviderReviewRequest")
	record ReviewRequest(@NotEmpty(message = "请逐项给出审核意见") List<ItemVerdict> items, String note) {
	}

	/** A debarment decision. */
	record DebarRequest(@NotNull(message = "请选择依据") ProviderRule basis, @NotBlank(message = "请填写事由") String reason,
			@NotNull(message = "请填写起始日期") LocalDate startsOn, @NotNull(message = "请填写结束日期") LocalDate endsOn) {
	}

	@PostMapping("/api/v1/public/providers")
	@PreAuthorize("permitAll()")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "承接主体自行登记（同时创建登录账户）")
	ProviderView register(@Valid @RequestBody RegisterRequest request) {
		return providers.register(request.toRegistration());
	}

	@GetMapping("/api/v1/providers")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "数据范围内的承接主体（承接主体只看到自己）")
	List<ProviderView> list(@RequestParam(required = false) ProviderView.Status status,
			@RequestParam(required = false) String name) {
		return providers.search(CurrentUser.require().scope(), status, name);
	}

	@GetMapping("/api/v1/providers/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "查看承接主体（范围外答复404）")
	ProviderView get(@PathVariable UUID id) {
		return providers.visible(id);
	}

	@GetMapping("/api/v1/providers/{id}/eligibility")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "某日能否参加投标和授予合同：审核合格、证明有效、未列入名单、未被禁入")
	ProviderEligibility.Decision eligibility(@PathVariable UUID id, @RequestParam(required = false) LocalDate on) {
		providers.visible(id);
		return credit.check(id, on == null ? LocalDate.now(clock) : on);
	}

	@PostMapping("/api/v1/providers/me/submit")
	@PreAuthorize("hasRole('PROVIDER')")
	@Operation(summary = "提交资格审核")
	ProviderView submit() {
		return providers.submit();
	}

	@PostMapping("/api/v1/providers/{id}/review")
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "逐项审核：全部通过为合格，任一不通过为不合格，否则有退回项为退回")
	ProviderView review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
		return providers.review(id, request.items(), request.note());
	}

	@PostMapping("/api/v1/providers/{id}/debarments")
	@PreAuthorize(REVIEWERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "作出禁入决定（1至3年；弄虚作假3年），到期自动解除")
	CreditRecords.Debarment debar(@PathVariable UUID id, @Valid @RequestBody DebarRequest request) {
		return credit.debar(id, request.basis(), request.reason(), request.startsOn(), request.endsOn());
	}

	@PostMapping("/api/v1/providers/rosters/{kind}")
	@PreAuthorize("hasAnyRole('ADMIN', 'SUPERVISOR', 'FINANCE_REVIEWER')")
	@Operation(summary = "导入名单（CSV 或 .xlsx：统一社会信用代码,名称,列入日期,原因），整份替换该名单")
	CreditRecords.RosterImport importRoster(@PathVariable RosterKind kind, @RequestParam("file") MultipartFile file)
			throws java.io.IOException {
		return credit.importRoster(kind, file.getOriginalFilename(), file.getBytes());
	}

}
