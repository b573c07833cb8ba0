package org.govbuy.evaluation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.evaluation.application.EvaluationQueries;
import org.govbuy.evaluation.application.EvaluationViews;
import org.govbuy.evaluation.application.PerformanceEvaluations;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Performance evaluations as JSON: the list and detail the user may see, and the commands
 * of each party. A rule refusal answers 422 with the violated rules; outside the user's
 * reach 404; a role that may not act 403.
 */
@RestController
@Tag(name = "绩效评价", description = "合同签订后自动安排的年度与期末绩效评价：委托第三方、各方评分、汇总、承接主体异议与答复")
class EvaluationApi {

	static final String PURCHASERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD')";

	static final String SCORERS = "hasAnyRole('PURCHASER_CLERK', 'PURCHASER_HEAD', 'EVALUATOR', 'FINANCE_CLERK', 'FINANCE_REVIEWER')";

	private final PerformanceEvaluations evaluations;

	private final EvaluationQueries queries;

	EvaluationApi(PerformanceEvaluations evaluations, EvaluationQueries queries) {
		this.evaluations = evaluations;
		this.queries = queries;
	}

	/**
	 * Whom to assign.
	 *
	 * @param organizationId a 第三方评价机构 registered on the platform
	 */
	record AssignRequest(UUID organizationId) {
	}

	/**
	 * The evaluator's acceptance.
	 *
	 * @param declaredIndependent the declaration of independence (required)
	 * @param consultedForProvider whether it advised the provider (then it is refused)
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "EvaluationAcceptRequest")
	record AcceptRequest(Boolean declaredIndependent, Boolean consultedForProvider) {
	}

	/**
	 * A party's scores.
	 *
	 * @param leaves by indicator code: the actual of a quantitative leaf the platform
	 * does not measure, the rubric level of a qualitative one, a note
	 * @param opinion the party's overall opinion
	 * @param submit true to submit (final for the party), false to save a draft
	 */
	record ScoresRequest(Map<String, PerformanceEvaluations.LeafInput> leaves, String opinion, Boolean submit) {
	}

	/**
	 * The provider's objection.
	 *
	 * @param objection what it objects to
	 */
	record ObjectionRequest(String objection) {
	}

	/**
	 * The purchaser's answer.
	 *
	 * @param answer the answer
	 * @param leaves the purchaser's adjusted scores, or empty to keep them
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "EvaluationAnswerRequest")
	record AnswerRequest(String answer, Map<String, PerformanceEvaluations.LeafInput> leaves) {
	}

	/** 当前用户可见的绩效评价：本人待办在前，按评价日期排列。 */
	@GetMapping("/api/v1/evaluations")
	@PreAuthorize("isAuthenticated()")
	List<EvaluationViews.Row> list() {
		return queries.list();
	}

	/** 一项绩效评价的详情：评价方、指标（目标值、实际值、各方得分）、满意度调查答卷数；范围外答复404。 */
	@GetMapping("/api/v1/evaluations/{id}")
	@PreAuthorize("isAuthenticated()")
	EvaluationViews.Detail get(@PathVariable UUID id) {
		return queries.detail(id);
	}

	/** 购买主体提前开始评价（如续签决定前），固定当时适用的指标体系版本。 */
	@PostMapping("/api/v1/evaluations/{id}/open")
	@PreAuthorize(PURCHASERS)
	EvaluationViews.Detail open(@PathVariable UUID id) {
		evaluations.openEarly(id);
		return queries.detail(id);
	}

	/** 购买主体委托第三方评价机构（须独立于承接主体，规则 EVAL-2）。 */
	@PostMapping("/api/v1/evaluations/{id}/assign")
	@PreAuthorize(PURCHASERS)
	EvaluationViews.Detail assign(@PathVariable UUID id, @RequestBody AssignRequest request) {
		evaluations.assign(id, request.organizationId());
		return queries.detail(id);
	}

	/** 第三方评价机构确认独立性声明并接受委托（规则 EVAL-2）。 */
	@PostMapping("/api/v1/evaluations/{id}/accept")
	@PreAuthorize("hasRole('EVALUATOR')")
	EvaluationViews.Detail accept(@PathVariable UUID id, @RequestBody AcceptRequest request) {
		evaluations.accept(id, Boolean.TRUE.equals(request.declaredIndependent()),
				Boolean.TRUE.equals(request.consultedForProvider()));
		return queries.detail(id);
	}

	/** 评价方保存草稿或提交本方评分；平台计量的实际值以平台为准（规则 EVAL-5）。 */
	@PostMapping("/api/v1/evaluations/{id}/scores")
	@PreAuthorize(SCORERS)
	EvaluationViews.Detail scores(@PathVariable UUID id, @RequestBody ScoresRequest request) {
		evaluations.score(id, new PerformanceEvaluations.ScoreSheet(request.leaves(), request.opinion()),
				Boolean.TRUE.equals(request.submit()));
		return queries.detail(id);
	}

	/** 购买主体汇总评价结果：须有本单位的评分（EVAL-1）且各方均已提交（EVAL-6），随后进入异议期（EVAL-4）。 */
	@PostMapping("/api/v1/evaluations/{id}/finish")
	@PreAuthorize(PURCHASERS)
	EvaluationViews.Detail finish(@PathVariable UUID id) {
		evaluations.finish(id);
		return queries.detail(id);
	}

	/** 承接主体在异议期内对评价结果提出异议（规则 EVAL-4）。 */
	@PostMapping("/api/v1/evaluations/{id}/objection")
	@PreAuthorize("hasRole('PROVIDER')")
	EvaluationViews.Detail objection(@PathVariable UUID id, @RequestBody ObjectionRequest request) {
		evaluations.object(id, request.objection());
		return queries.detail(id);
	}

	/** 承接主体确认无异议，评价结果即时生效。 */
	@PostMapping("/api/v1/evaluations/{id}/confirm")
	@PreAuthorize("hasRole('PROVIDER')")
	EvaluationViews.Detail confirm(@PathVariable UUID id) {
		evaluations.confirm(id);
		return queries.detail(id);
	}

	/** 购买主体答复异议（可调整本单位评分），评价结果生效。 */
	@PostMapping("/api/v1/evaluations/{id}/answer")
	@PreAuthorize(PURCHASERS)
	EvaluationViews.Detail answer(@PathVariable UUID id, @RequestBody AnswerRequest request) {
		evaluations.answer(id, request.answer(), request.leaves() == null || request.leaves().isEmpty() ? null
				: new PerformanceEvaluations.ScoreSheet(request.leaves(), null));
		return queries.detail(id);
	}

}
