package org.govbuy.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.platform.CurrentUser;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.application.Awards;
import org.govbuy.procurement.application.BidSummary;
import org.govbuy.procurement.application.Bidding;
import org.govbuy.procurement.application.Challenge;
import org.govbuy.procurement.application.Evaluations;
import org.govbuy.procurement.application.FrameworkOrder;
import org.govbuy.procurement.application.FrameworkOrders;
import org.govbuy.procurement.application.NewProject;
import org.govbuy.procurement.application.Notice;
import org.govbuy.procurement.application.OpenedBid;
import org.govbuy.procurement.application.ProcurementSetup;
import org.govbuy.procurement.application.ProjectAccess;
import org.govbuy.procurement.application.ProjectView;
import org.govbuy.procurement.application.Safeguards;
import org.govbuy.procurement.application.SingleSource;
import org.govbuy.procurement.domain.ChallengeDeadlines;
import org.govbuy.procurement.domain.DepositPolicy;
import org.govbuy.procurement.domain.MethodChoice;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.shared.Money;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Procurement projects, bids, evaluation, award and challenges, as JSON. */
@RestController
@Tag(name = "采购项目", description = "从已批复预算发起采购、公告、密封投标、评审、成交、质疑")
class ProcurementApi {

	static final String PURCHASERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')";

	private final ProjectAccess access;

	private final ProcurementSetup setup;

	private final Bidding bidding;

	private final Evaluations evaluations;

	private final Awards awards;

	private final FrameworkOrders frameworks;

	ProcurementApi(ProjectAccess access, ProcurementSetup setup, Bidding bidding, Evaluations evaluations,
			Awards awards, FrameworkOrders frameworks) {
		this.access = access;
		this.setup = setup;
		this.bidding = bidding;
		this.evaluations = evaluations;
		this.awards = awards;
		this.frameworks = frameworks;
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "ProjectRequest")
	record CreateRequest(UUID planLineId, String name, String demand, String serviceStandard, String conditions,
			ProcurementMethod method, Set<MethodGround> grounds, Boolean competentUnitConsent, Boolean financeApproval,
			LocalDate approvedOn, String rationale, BigDecimal budget, BigDecimal maxPrice, BigDecimal priceWeight,
			BigDecimal deposit, DepositPolicy.Form depositForm, Boolean publicServiceToThePublic,
			Boolean technicallyComplex, Integer surveyParties, String surveySummary, Boolean urgent,
			String urgentReason, String urgentApprovedBy, Boolean lowestPrice) {

		NewProject toNewProject() {
			return new NewProject(planLineId, name, demand, serviceStandard, conditions, method, grounds,
					new MethodChoice.Approvals(Boolean.TRUE.equals(competentUnitConsent),
							Boolean.TRUE.equals(financeApproval), approvedOn),
					rationale, budget == null ? null : Money.of(budget), maxPrice == null ? null : Money.of(maxPrice),
					priceWeight,
					new Safeguards(deposit == null ? null : Money.of(deposit), depositForm,
							Boolean.TRUE.equals(publicServiceToThePublic), Boolean.TRUE.equals(technicallyComplex),
							surveyParties == null ? 0 : surveyParties, surveySummary, Boolean.TRUE.equals(urgent),
							urgentReason, urgentApprovedBy, Boolean.TRUE.equals(lowestPrice)));
		}

	}

	record AnnounceRequest(LocalDate documentsIssued, LocalDateTime responseDeadline) {
	}

	record BidRequest(BigDecimal price, String proposal) {
	}

	record PanelRequest(List<String> members) {
	}

	record ScoreRequest(BigDecimal technical, String comment) {
	}

	record AwardRequest(UUID bidId, String reason) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "ProcurementReasonRequest")
	record ReasonRequest(String reason) {
	}

	record AdmitRequest(List<UUID> bidIds, LocalDate agreementStart, LocalDate agreementEnd) {
	}

	record OrderRequest(String recipient, String description, BigDecimal amount, UUID chosenBidId) {
	}

	record ReferenceRequest(String reference) {
	}

	record ClarifyRequest(String content, LocalDateTime responseDeadline) {
	}

	record SingleSourceRequest(String supplier, String supplierAddress, String reason,
			List<org.govbuy.procurement.domain.NoticeContentPolicy.ExpertOpinion> opinions) {
	}

	record ChallengeRequest(ChallengeDeadlines.Subject subject, String content) {
	}

	record AnswerRequest(String answer, org.govbuy.procurement.domain.ChallengeOutcome outcome) {
	}

	@GetMapping("/api/v1/procurements")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "可见的采购项目（购买主体：本单位；财政、监督：本地区；专家：所在评审小组；承接主体：已公告的项目）")
	List<ProjectView> list() {
		return access.list(CurrentUser.require());
	}

	@PostMapping("/api/v1/procurements")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "从已批复的预算项目发起采购：检查预算、采购意向30日、采购方式、资格条件、价格分值，并预留资金")
	ProjectView create(@RequestBody CreateRequest request) {
		return setup.create(request.toNewProject());
	}

	@GetMapping("/api/v1/procurements/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "采购项目")
	ProjectView get(@PathVariable UUID id) {
		return access.visible(id);
	}

	@PostMapping("/api/v1/procurements/{id}/announce")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "发布采购公告；响应截止时间早于法定最早日期的予以拒绝")
	ProjectView announce(@PathVariable UUID id, @RequestBody AnnounceRequest request) {
		return setup.announce(id, request.documentsIssued(), request.responseDeadline());
	}

	@GetMapping("/api/v1/procurements/{id}/bids")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "投标（响应）情况：截止前只有投标人和时间，评审报告后含得分和排名")
	List<BidSummary> bids(@PathVariable UUID id) {
		return bidding.bids(id);
	}

	@GetMapping("/api/v1/procurements/{id}/bids/contents")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "开启投标（响应）文件：截止前任何人均被拒绝；截止后仅采购人和评审小组成员")
	List<OpenedBid> contents(@PathVariable UUID id) {
		return bidding.open(id);
	}

	@PostMapping("/api/v1/procurements/{id}/bids")
	@PreAuthorize("hasRole('PROVIDER')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "承接主体投标（响应），报价和方案在截止前密封")
	Map<String, UUID> bid(@PathVariable UUID id, @RequestBody BidRequest request) {
		return Map.of("id",
				bidding.bid(id, request.price() == null ? null : Money.of(request.price()), request.proposal()));
	}

	@PostMapping("/api/v1/procurements/{id}/panel")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "截止后组建评审委员会（小组）并开始评审")
	ProjectView panel(@PathVariable UUID id, @RequestBody PanelRequest request) {
		return evaluations.startEvaluation(id, request.members());
	}

	@PostMapping("/api/v1/procurements/{id}/declaration")
	@PreAuthorize("hasRole('EXPERT') or hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')")
	@Operation(summary = "评审成员签署回避声明")
	void declare(@PathVariable UUID id) {
		evaluations.declare(id);
	}

	@PostMapping("/api/v1/procurements/{id}/bids/{bidId}/score")
	@PreAuthorize("hasRole('EXPERT') or hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')")
	@Operation(summary = "评审成员给出技术（商务）分；价格分由平台按最低有效报价计算")
	void score(@PathVariable UUID id, @PathVariable UUID bidId, @RequestBody ScoreRequest request) {
		evaluations.score(id, bidId, request.technical(), request.comment());
	}

	@PostMapping("/api/v1/procurements/{id}/report")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "形成评审报告：价格分、总分、异常低价提示、排名（同分优先社会组织）；有效供应商不足的终止")
	ProjectView report(@PathVariable UUID id) {
		return evaluations.report(id);
	}

	@PostMapping("/api/v1/procurements/{id}/award")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "按排名确定成交供应商并发布结果公告")
	ProjectView award(@PathVariable UUID id, @RequestBody AwardRequest request) {
		return awards.award(id, request.bidId(), request.reason());
	}

	@PostMapping("/api/v1/procurements/{id}/single-source-notice")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "发布单一来源采购公示（不少于5个工作日；载明原因、拟定供应商和专业人员论证意见）")
	ProjectView singleSource(@PathVariable UUID id, @RequestBody SingleSourceRequest request) {
		return setup.announceSingleSource(id, new SingleSource(request.supplier(), request.supplierAddress(),
				request.reason(), request.opinions() == null ? List.of() : request.opinions()));
	}

	@PostMapping("/api/v1/procurements/{id}/clarifications")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "澄清或修改采购文件并发布更正公告；影响响应的须顺延截止时间")
	ProjectView clarify(@PathVariable UUID id, @RequestBody ClarifyRequest request) {
		return setup.clarify(id, request.content(), request.responseDeadline());
	}

	@PostMapping("/api/v1/procurements/{id}/admit")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "框架协议采购确定入围供应商（服务类协议不超过2年；服务对象自选的至少2家）")
	ProjectView admit(@PathVariable UUID id, @RequestBody AdmitRequest request) {
		return frameworks.admit(id, request.bidIds(), request.agreementStart(), request.agreementEnd());
	}

	@PostMapping("/api/v1/procurements/{id}/orders")
	@PreAuthorize(PURCHASERS)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "框架协议下的订单：服务对象在至少2家入围供应商中选择")
	Map<String, UUID> order(@PathVariable UUID id, @RequestBody OrderRequest request) {
		return Map.of("id", frameworks.order(id, request.recipient(), request.description(),
				request.amount() == null ? null : Money.of(request.amount()), request.chosenBidId()));
	}

	@GetMapping("/api/v1/procurements/{id}/orders")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "框架协议下的订单")
	List<FrameworkOrder> orders(@PathVariable UUID id) {
		return frameworks.orders(id);
	}

	@PostMapping("/api/v1/procurements/{id}/trading-center-reference")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "记录公共资源交易中心的项目编号")
	ProjectView reference(@PathVariable UUID id, @RequestBody ReferenceRequest request) {
		return setup.recordTradingCenterReference(id, request.reference());
	}

	@GetMapping("/api/v1/procurements/urgent")
	@PreAuthorize("hasAnyRole('ADMIN', 'FINANCE_CLERK', 'FINANCE_REVIEWER', 'SUPERVISOR')")
	@Operation(summary = "紧急采购（绿色通道）项目，财政部门和监督部门逐一可见")
	List<ProjectView> urgent() {
		return access.urgent(CurrentUser.require());
	}

	@PostMapping("/api/v1/procurements/{id}/terminate")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "废标（终止）并释放预留资金")
	ProjectView terminate(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		return setup.terminate(id, request.reason());
	}

	@GetMapping("/api/v1/procurements/{id}/challenges")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "质疑及答复")
	List<Challenge> challenges(@PathVariable UUID id) {
		return awards.challenges(id);
	}

	@PostMapping("/api/v1/procurements/{id}/challenges")
	@PreAuthorize("hasRole('PROVIDER')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "参加采购的供应商提出质疑（7个工作日内）")
	Map<String, UUID> challenge(@PathVariable UUID id, @RequestBody ChallengeRequest request) {
		return Map.of("id", awards.challenge(id, request.subject(), request.content()));
	}

	@PostMapping("/api/v1/procurements/challenges/{challengeId}/answer")
	@PreAuthorize(PURCHASERS)
	@Operation(summary = "答复质疑（收到后7个工作日内）")
	Challenge answer(@PathVariable UUID challengeId, @RequestBody AnswerRequest request) {
		return awards.answer(challengeId, request.answer(), request.outcome());
	}

	@GetMapping("/api/v1/public/procurement-notices")
	@PreAuthorize("permitAll()")
	@Operation(summary = "采购公告、结果公告、终止公告（无需登录）")
	List<Notice> notices() {
		return access.notices(null);
	}

}
