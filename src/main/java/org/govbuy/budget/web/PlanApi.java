package org.govbuy.budget.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.govbuy.budget.FundsLedger;
import org.govbuy.budget.ProcurementIntentions;
import org.govbuy.budget.application.AnnualPlans;
import org.govbuy.budget.application.Intentions;
import org.govbuy.budget.domain.ExAnteAssessment;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.budget.web.PlanViews.HistoryEntry;
import org.govbuy.budget.web.PlanViews.LineView;
import org.govbuy.budget.web.PlanViews.PlanView;
import org.govbuy.platform.CurrentUser;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Annual plans, their review, adjustments, funds and purchase intentions, as JSON. */
@RestController
@Tag(name = "年度购买计划", description = "编制、提交、财政逐行审核、年中调整、资金台账与采购意向公开")
class PlanApi {

	static final String PURCHASERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')";

	static final String DECIDERS = "hasRole('FINANCE_REVIEWER')";

	private final AnnualPlans plans;

	private final Intentions intentions;

	private final FundsLedger ledger;

	private final Clock clock;

	PlanApi(AnnualPlans plans, Intentions intentions, FundsLedger ledger, Clock clock) {
		this.plans = plans;
		this.intentions = intentions;
		this.ledger = ledger;
		this.clock = clock;
	}

	record StartRequest(@NotNull(message = "请填写预算年度") Integer fiscalYear) {
	}

	record TargetRequest(@NotNull(message = "请选择指标类别") org.govbuy.budget.domain.TargetCategory category,
			@NotBlank(message = "请填写指标名称") String indicator, @NotBlank(message = "请填写目标值") String target) {
	}

	record AssessmentRequest(@NotNull(message = "请选择评估结论") ExAnteAssessment.Conclusion conclusion,
			@NotNull(message = "请填写评估日期") LocalDate assessedOn, @NotBlank(message = "请填写评估主体") String assessedBy,
			String summary) {
	}

	/** A plan line as API clients send it. */
	record LineRequest(@NotBlank(message = "请填写项目名称") String projectName, String budgetProject,
			@NotBlank(message = "请填写指导性目录条目代码") String catalogCode,
			@NotBlank(message = "请填写服务内容") String serviceContent, String serviceStandard, String quantity,
			@NotNull(message = "请填写本年度预算金额") @Positive(message = "预算金额须大于0") BigDecimal amount,
			@NotNull(message = "请选择资金来源") FundingSource fundingSource, Boolean newProject,
			Map<Integer, BigDecimal> laterYears, List<@Valid TargetRequest> targets,
			@Valid AssessmentRequest assessment, BigDecimal replacedExpenditure, String replacedDescription,
			Set<String> declared) {

		LineDraft toDraft() {
			TreeMap<Integer, Money> years = new TreeMap<>();
			if (laterYears != null) {
				laterYears.forEach((year, value) -> years.put(year, Money.of(value)));
			}
			return new LineDraft(projectName, budgetProject, catalogCode, serviceContent, serviceStandard, quantity,
					Money.of(amount), fundingSource, Boolean.TRUE.equals(newProject), years,
					targets == null ? List.of() : targets.stream()
						.map(target -> new PerformanceTarget(target.category(), target.indicator(), target.target()))
						.toList(),
					assessment == null ? null
							: new ExAnteAssessment(assessment.conclusion(), assessment.assessedOn(),
									assessment.assessedBy(), assessment.summary()),
					replacedExpenditure == null ? null : Money.of(replacedExpenditure), replacedDescription, declared);
		}

	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "LineReviewRequest")
	record ReviewRequest(String comment) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "LineAdjustmentRequest")
	record AdjustmentRequest(@NotNull(message = "请填写调整后金额") BigDecimal newAmount,
			@NotBlank(message = "请填写调整理由") String reason) {
	}

	record DecisionRequest(Boolean approve, String comment) {
	}

	record IntentionRequest(@NotBlank(message = "请填写采购项目名称") String projectName,
			@NotBlank(message = "请填写采购需求概况") String demandSummary,
			@NotNull(message = "请填写预计采购时间（年-月）") YearMonth expectedMonth, Boolean urgent, String urgentReason) {
	}

	@GetMapping("/api/v1/plans")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "数据范围内的年度购买计划")
	List<AnnualPlans.PlanSummary> list(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) PlanStatus status) {
		return plans.list(CurrentUser.require().scope(), year, status);
	}

	@PostMapping("/api/v1/plans")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "开始编制本单位某预算年度的购买计划（已有则返回）")
	PlanView start(@Valid @RequestBody StartRequest request) {
		return PlanView.of(plans.start(FiscalYear.of(request.fiscalYear())));
	}

	@GetMapping("/api/v1/plans/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "查看计划及各行（范围外答复404）")
	PlanView get(@PathVariable UUID id) {
		return PlanView.of(plans.visible(id));
	}

	@PostMapping("/api/v1/plans/{id}/lines")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "新增计划行：负面清单、目录、政府采购法适用性与中期财政规划检查")
	LineView addLine(@PathVariable UUID id, @Valid @RequestBody LineRequest request) {
		return LineView.of(plans.addLine(id, request.toDraft()));
	}

	@PutMapping("/api/v1/plans/{id}/lines/{lineId}")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "修改草稿、退回或待备案的计划行")
	LineView reviseLine(@PathVariable UUID id, @PathVariable UUID lineId, @Valid @RequestBody LineRequest request) {
		return LineView.of(plans.reviseLine(id, lineId, request.toDraft()));
	}

	@DeleteMapping("/api/v1/plans/{id}/lines/{lineId}")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "删除未提交的计划行")
	void removeLine(@PathVariable UUID id, @PathVariable UUID lineId) {
		plans.removeLine(id, lineId);
	}

	@PostMapping("/api/v1/plans/{id}/lines/{lineId}/recheck")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "目录备案后重新核验待备案的计划行")
	LineView recheck(@PathVariable UUID id, @PathVariable UUID lineId) {
		return LineView.of(plans.recheckCatalog(id, lineId));
	}

	@PostMapping("/api/v1/plans/{id}/submit")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "提交财政审核（绩效目标、事前绩效评估、化整为零与财政承受能力检查）")
	PlanView submit(@PathVariable UUID id) {
		return PlanView.of(plans.submit(id));
	}

	@PostMapping("/api/v1/plans/{id}/lines/{lineId}/approve")
	@PreAuthorize(DECIDERS)
	@Operation(summary = "批复计划行（开立资金台账）；有化整为零、财政承受能力或负面清单关键词提示的须填写决定")
	LineView approve(@PathVariable UUID id, @PathVariable UUID lineId,
			@RequestBody(required = false) ReviewRequest request) {
		return LineView.of(plans.approveLine(id, lineId, request == null ? null : request.comment()));
	}

	@PostMapping("/api/v1/plans/{id}/lines/{lineId}/return")
	@PreAuthorize(DECIDERS)
	@Operation(summary = "退回计划行修改（须填写审核意见）")
	LineView giveBack(@PathVariable UUID id, @PathVariable UUID lineId, @RequestBody ReviewRequest request) {
		return LineView.of(plans.returnLine(id, lineId, request.comment()));
	}

	@PostMapping("/api/v1/plans/{id}/lines/{lineId}/adjustments")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "申请年中调整")
	Map<String, UUID> requestAdjustment(@PathVariable UUID id, @PathVariable UUID lineId,
			@Valid @RequestBody AdjustmentRequest request) {
		return Map.of("id", plans.requestAdjustment(id, lineId, Money.of(request.newAmount()), request.reason()));
	}

	@GetMapping("/api/v1/plans/{id}/adjustments")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "计划的年中调整申请")
	List<AnnualPlans.Adjustment> adjustments(@PathVariable UUID id) {
		return plans.adjustments(id);
	}

	@PostMapping("/api/v1/plans/adjustments/{adjustmentId}/decision")
	@PreAuthorize(DECIDERS)
	@Operation(summary = "审核年中调整申请（同意则调整资金台账的批复金额）")
	void decide(@PathVariable UUID adjustmentId, @RequestBody DecisionRequest request) {
		plans.decideAdjustment(adjustmentId, Boolean.TRUE.equals(request.approve()), request.comment());
	}

	@GetMapping("/api/v1/plans/{id}/history")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "计划的全部操作记录")
	List<HistoryEntry> history(@PathVariable UUID id) {
		ZoneId china = ZoneId.of("Asia/Shanghai");
		return plans.history(id)
			.stream()
			.map(event -> new HistoryEntry(event.action(), event.lineId(), event.summary(), event.comment(),
					event.actor(), event.actorName(), event.at().atZone(china).toLocalDate(),
					event.at().atZone(china).toLocalDateTime().toString()))
			.toList();
	}

	@GetMapping("/api/v1/plans/lines/{lineId}/funds")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "计划行的资金台账：批复、预留、签约、支付")
	FundsLedger.Balance funds(@PathVariable UUID lineId) {
		plans.visibleByLine(lineId);
		return ledger.balance(lineId);
	}

	@PostMapping("/api/v1/plans/lines/{lineId}/intention")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "公开采购意向（须为已批复的计划行）")
	Intentions.Intention publish(@PathVariable UUID lineId, @Valid @RequestBody IntentionRequest request) {
		return intentions.publish(lineId, new Intentions.Publication(request.projectName(), request.demandSummary(),
				request.expectedMonth(), Boolean.TRUE.equals(request.urgent()), request.urgentReason()));
	}

	@GetMapping("/api/v1/plans/lines/{lineId}/procurement-start")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "某日能否开始该行的采购活动：预算已批复且采购意向公开满30日（紧急除外）")
	ProcurementIntentions.Decision mayStart(@PathVariable UUID lineId, @RequestParam(required = false) LocalDate on) {
		plans.visibleByLine(lineId);
		return intentions.mayStartProcurement(lineId, on == null ? LocalDate.now(clock) : on);
	}

	@GetMapping("/api/v1/public/intentions")
	@PreAuthorize("permitAll()")
	@Operation(summary = "已公开的采购意向（无需登录）")
	List<Intentions.Intention> publicIntentions(@RequestParam(required = false) String region,
			@RequestParam(required = false) Integer year) {
		return intentions.list(null, region, year);
	}

}
