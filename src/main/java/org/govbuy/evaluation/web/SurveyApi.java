package org.govbuy.evaluation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.govbuy.evaluation.application.SurveyAnswer;
import org.govbuy.evaluation.application.SurveyQuestion;
import org.govbuy.evaluation.application.SurveyRating;
import org.govbuy.evaluation.application.Surveys;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The service recipients' survey as JSON: tokens, counts, and the public answer. */
@RestController
@Tag(name = "服务对象满意度调查", description = "发放一次性调查凭证（仅在发放时返回一次）、调查份数与平均满意度（不显示答卷人）、服务对象匿名作答")
class SurveyApi {

	private final Surveys surveys;

	private final SurveySlips slips;

	SurveyApi(Surveys surveys, SurveySlips slips) {
		this.surveys = surveys;
		this.slips = slips;
	}

	record IssueRequest(Integer count) {
	}

	record IssuedToken(String token, String link) {
	}

	record IssuedBatch(UUID evaluationId, int batch, List<IssuedToken> tokens) {
	}

	record SurveySummary(UUID evaluationId, boolean open, int issued, int answered, BigDecimal satisfaction) {
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "SurveyAnswerRequest")
	record AnswerRequest(Map<SurveyQuestion, SurveyRating> ratings, String comment) {
	}

	record AnswerResult(String state, String message) {
	}

	@PostMapping("/api/v1/evaluations/{id}/survey-tokens")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "发放一批一次性调查凭证（本项目的购买主体或承接主体，评价进行中；凭证只在此返回一次，平台只保存其SHA-256摘要）")
	ResponseEntity<IssuedBatch> issue(@PathVariable UUID id, @RequestBody IssueRequest request) {
		Surveys.Issued issued = surveys.issue(id, request.count() == null ? 0 : request.count());
		List<IssuedToken> tokens = issued.tokens()
			.stream()
			.map(token -> new IssuedToken(token, slips.link(token)))
			.toList();
		return ResponseEntity.created(URI.create("/api/v1/evaluations/" + id + "/survey"))
			.body(new IssuedBatch(id, issued.batch(), tokens));
	}

	@GetMapping("/api/v1/evaluations/{id}/survey")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "调查凭证发放份数、收回答卷份数与平均满意度（范围外答复404）")
	SurveySummary summary(@PathVariable UUID id) {
		Surveys.Summary summary = surveys.summary(id);
		return new SurveySummary(id, summary.evaluation().open(), summary.issued(), summary.answered(),
				summary.satisfaction());
	}

	@PostMapping("/api/v1/public/survey/{token}")
	@PreAuthorize("permitAll()")
	@Operation(summary = "服务对象凭调查凭证匿名作答（无需登录；凭证无效404，已使用410，调查未开放409）")
	ResponseEntity<?> answer(@PathVariable String token, @RequestBody AnswerRequest request) {
		Surveys.State state = surveys.answer(token, new SurveyAnswer(request.ratings(), request.comment()));
		if (state == Surveys.State.ANSWERED) {
			return ResponseEntity.status(HttpStatus.CREATED).body(new AnswerResult(state.name(), state.message()));
		}
		HttpStatus status = switch (state) {
			case UNKNOWN -> HttpStatus.NOT_FOUND;
			case USED -> HttpStatus.GONE;
			default -> HttpStatus.CONFLICT;
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, state.message());
		problem.setTitle(state.title());
		return ResponseEntity.status(status).body(problem);
	}

}
