package org.govbuy.budget.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.govbuy.budget.application.Proposals;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.platform.Organization;
import org.govbuy.shared.Money;
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

/** 市场点餐 over JSON: proposals by anyone, answers by the purchasing unit. */
@RestController
@Tag(name = "市场点餐", description = "公开的年度购买计划与社会公众提出的购买服务建议")
class ProposalApi {

	private final Proposals proposals;

	ProposalApi(Proposals proposals) {
		this.proposals = proposals;
	}

	/**
	 * A proposal.
	 *
	 * @param unitId the purchasing unit (see /api/v1/public/proposals/units)
	 * @param serviceName 服务名称
	 * @param description 需求说明: what, for whom, why
	 * @param proposerName 提出人
	 * @param proposerContact 联系方式 (phone or e-mail, not published)
	 */
	record ProposeRequest(@NotNull(message = "请选择购买主体") UUID unitId, @NotBlank(message = "请填写服务名称") String serviceName,
			@NotBlank(message = "请填写需求说明") String description, @NotBlank(message = "请填写提出人") String proposerName,
			@NotBlank(message = "请填写联系方式") String proposerContact) {
	}

	/**
	 * A decline.
	 *
	 * @param reason the reason, published on the portal
	 */
	record DeclineRequest(String reason) {
	}

	/**
	 * An acceptance into next year's plan.
	 *
	 * @param catalogCode 目录代码
	 * @param amount 预算金额 (yuan)
	 * @param fundingSource 资金来源
	 * @param serviceContent 服务内容
	 */
	record AcceptRequest(String catalogCode, BigDecimal amount, FundingSource fundingSource, String serviceContent) {
	}

	/**
	 * A purchasing unit one may address.
	 *
	 * @param id the unit
	 * @param name its name
	 * @param region its region
	 */
	record Unit(UUID id, String name, RegionCode region) {
	}

	@PostMapping("/api/v1/public/proposals")
	@PreAuthorize("permitAll()")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "提出购买服务建议（市场点餐，无需登录；联系方式不公开）")
	Proposals.PublicProposal propose(@Valid @RequestBody ProposeRequest request) {
		return proposals.propose(new Proposals.NewProposal(request.unitId(), request.serviceName(),
				request.description(), request.proposerName(), request.proposerContact()));
	}

	@GetMapping("/api/v1/public/proposals")
	@PreAuthorize("permitAll()")
	@Operation(summary = "公开的购买服务建议及答复（可按行政区划筛选）")
	List<Proposals.PublicProposal> published(@RequestParam(required = false) String region) {
		return proposals.published(BudgetPortalPages.region(region));
	}

	@GetMapping("/api/v1/public/proposals/units")
	@PreAuthorize("permitAll()")
	@Operation(summary = "可以接收建议的购买主体（可按行政区划筛选）")
	List<Unit> units(@RequestParam(required = false) String region) {
		return proposals.units(BudgetPortalPages.region(region))
			.stream()
			.map((Organization org) -> new Unit(org.id(), org.name(), org.region()))
			.toList();
	}

	@GetMapping("/api/v1/proposals")
	@PreAuthorize(ProposalPages.READERS)
	@Operation(summary = "数据范围内的建议：购买主体看本单位收到的，财政部门看本地区的（含联系方式）")
	List<Proposals.Proposal> list() {
		return proposals.inScope();
	}

	@PostMapping("/api/v1/proposals/{id}/decline")
	@PreAuthorize(ProposalPages.DECIDERS)
	@Operation(summary = "答复未采纳（理由必填，将在门户公开）")
	Proposals.Proposal decline(@PathVariable UUID id, @RequestBody DeclineRequest request) {
		return proposals.decline(id, request.reason());
	}

	@PostMapping("/api/v1/proposals/{id}/accept")
	@PreAuthorize(ProposalPages.DECIDERS)
	@Operation(summary = "采纳建议：作为草稿项目纳入本单位下一年度购买计划")
	Proposals.Proposal accept(@PathVariable UUID id, @RequestBody AcceptRequest request) {
		return proposals.accept(id,
				new Proposals.Acceptance(request.catalogCode(),
						request.amount() == null ? null : Money.of(request.amount()), request.fundingSource(),
						request.serviceContent()));
	}

}
