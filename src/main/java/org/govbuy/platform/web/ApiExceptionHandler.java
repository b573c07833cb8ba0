package org.govbuy.platform.web;

import java.util.List;

import jakarta.validation.ConstraintViolationException;

import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.RuleRefusals;
import org.govbuy.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns failures of JSON API calls into RFC 9457 problem details: 400 with field errors
 * for invalid input, 422 with {@code violations: [{rule, citation, message}]} for a rule
 * that refuses a command, 403/404/409 as they come. A user's mistake is never a 500.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** One invalid field of the request. */
	record FieldProblem(String field, String message) {
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<ProblemDetail> refused(RuleViolationException ex) {
		RuleRefusals.count(ex);
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "违反规则", ex.getMessage());
		problem.setType(java.net.URI.create("https://govbuy.org/problems/rule-violation"));
		problem.setProperty("violations", ex.violations());
		return respond(problem);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException ex) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		List<FieldProblem> global = ex.getBindingResult()
			.getGlobalErrors()
			.stream()
			.map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误",
				"请求中有 " + (errors.size() + global.size()) + " 处输入有误");
		problem.setProperty("errors", java.util.stream.Stream.concat(errors.stream(), global.stream()).toList());
		return respond(problem);
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", ex.getMessage());
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
		return respond(problem);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> invalid(ConstraintViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", "请求参数有误");
		problem.setProperty("errors",
				ex.getConstraintViolations()
					.stream()
					.map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
					.toList());
		return respond(problem);
	}

	@ExceptionHandler({ IllegalArgumentException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class })
	ResponseEntity<ProblemDetail> badInput(Exception ex) {
		String detail = ex instanceof MethodArgumentTypeMismatchException mismatch
				? "参数 " + mismatch.getName() + " 的格式不正确" : ex instanceof MissingServletRequestParameterException missing
						? "缺少参数 " + missing.getParameterName() : ex.getMessage();
		return respond(problem(HttpStatus.BAD_REQUEST, "输入有误", detail));
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "输入有误", ProblemTexts.unreadable(ex));
		String field = ProblemTexts.unreadableField(ex);
		if (field != null) {
			problem.setProperty("errors", List.of(new FieldProblem(field, problem.getDetail())));
		}
		return respond(problem);
	}

	/**
	 * Unsupported Content-Type (415), unacceptable Accept (406), missing parts or
	 * headers.
	 */
	@ExceptionHandler({ HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
			MissingServletRequestPartException.class, ServletRequestBindingException.class,
			HandlerMethodValidationException.class, TypeMismatchException.class })
	ResponseEntity<ProblemDetail> framework(Exception ex) {
		int status = ex instanceof ErrorResponse answer ? answer.getStatusCode().value() : 400;
		return respond(ProblemTexts.problem(status, ProblemTexts.detail(ex, status)));
	}

	/** A value too long for its column or not storable (SQL state 22…) is bad input. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> notStored(DataIntegrityViolationException ex) {
		HttpStatus status = ProblemTexts.status(ex);
		log.warn("数据库拒绝了请求中的数据：{}", ex.getMostSpecificCause().getMessage());
		return respond(problem(status, ProblemTexts.title(status.value()), ProblemTexts.detail(ex)));
	}

	/** An upload endpoint called without multipart/form-data, or with a broken body. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> notMultipart(MultipartException ex) {
		return respond(problem(HttpStatus.BAD_REQUEST, "输入有误", ProblemTexts.MULTIPART));
	}

	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(RequestRejectedException ex) {
		return respond(problem(HttpStatus.BAD_REQUEST, "输入有误", ProblemTexts.detail(400)));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
		return respond(problem(HttpStatus.NOT_FOUND, "未找到", ex.getMessage()));
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noSuchEndpoint(NoResourceFoundException ex) {
		return respond(problem(HttpStatus.NOT_FOUND, "未找到", "没有这个接口：" + ex.getResourcePath()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		// Our own refusals explain themselves in Chinese; the framework's say "Access
		// Denied".
		String message = ex.getMessage();
		boolean ours = message != null
				&& message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		return respond(problem(HttpStatus.FORBIDDEN, "无权访问", ours ? message : "当前用户无权执行此操作"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex) {
		return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "方法不支持", "该接口不支持 " + ex.getMethod() + " 请求"));
	}

	@ExceptionHandler(DuplicateKeyException.class)
	ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
		return respond(problem(HttpStatus.CONFLICT, "数据重复", "已存在相同的记录"));
	}

	@ExceptionHandler(org.govbuy.platform.IdempotencyKeyConflictException.class)
	ResponseEntity<ProblemDetail> keyReused(org.govbuy.platform.IdempotencyKeyConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "幂等键冲突", ex.getMessage());
		problem.setType(java.net.URI.create("https://govbuy.org/problems/idempotency-key-conflict"));
		problem.setProperty("idempotencyKey", ex.key());
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
		return respond(problem);
	}

	@ExceptionHandler(org.govbuy.platform.StateConflictException.class)
	ResponseEntity<ProblemDetail> stateConflict(org.govbuy.platform.StateConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "状态已变化", ex.getMessage());
		problem.setProperty("errors", List.of(new FieldProblem(ex.field(), ex.getMessage())));
		return respond(problem);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrent(OptimisticLockingFailureException ex) {
		return respond(problem(HttpStatus.CONFLICT, "数据已被修改", "该记录已被他人修改，请刷新后重试"));
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		return respond(problem(HttpStatus.CONTENT_TOO_LARGE, "文件过大", "上传的文件超过大小限制"));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse answer && answer.getStatusCode().is4xxClientError()) {
			int status = answer.getStatusCode().value();
			return respond(ProblemTexts.problem(status, ProblemTexts.detail(ex, status)));
		}
		log.error("API 请求处理失败", ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "系统错误", "系统内部错误，请稍后重试或联系管理员"));
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		// Preset, so an Accept the endpoint cannot serve still gets the problem.
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
