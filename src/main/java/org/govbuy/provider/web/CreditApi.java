package org.govbuy.provider.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.platform.CurrentUser;
import org.govbuy.provider.application.CreditHistories;
import org.govbuy.provider.application.RestrictionProposals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A provider's credit history and the proposals to restrict, as JSON. */
@RestController
@Tag(name = "承接主体", description = "登记、资格审核、名单、信用记录与禁入")
class CreditApi {

	private final CreditHistories histories;

	private final RestrictionProposals proposals;

	CreditApi(CreditHistories histories, RestrictionProposals proposals) {
		this.histories = histories;
		this.proposals = proposals;
	}

	@GetMapping("/api/v1/providers/{id}/credit")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "承接主体信用记录：绩效评价结果、信用警示、违约终止、履约逾期、禁入、限制建议（本单位、数据范围内的财政和监督部门、本省购买主体可查看）")
	CreditHistories.CreditHistory api(@PathVariable UUID id) {
		return histories.of(id);
	}

	@GetMapping("/api/v1/providers/restriction-proposals")
	@PreAuthorize(CreditPages.FINANCE_AND_SUPERVISION)
	@Operation(summary = "数据范围内对两年内两次绩效评价为差的承接主体提出的限制建议")
	List<RestrictionProposals.Proposal> proposalsApi() {
		return proposals.list(CurrentUser.require().scope());
	}

}
