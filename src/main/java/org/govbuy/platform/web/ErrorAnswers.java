package org.govbuy.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What the framework refuses before or around a controller (no such path 404, wrong
 * method 405, unacceptable Accept 406, unsupported Content-Type 415, unreadable body,
 * missing or malformed parameters 400) answers in Chinese: problem details for
 * {@code /api/**}, the error page for pages. Replaces Boot's English problem-details
 * handler; the API's own handler ({@link ApiExceptionHandler}) and the pages' one come
 * first for what controllers throw.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAnswers extends ResponseEntityExceptionHandler {

	/**
	 * An upload form or endpoint called without multipart/form-data, or a broken upload.
	 */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> notMultipart(MultipartException ex, WebRequest request) {
		return handleExceptionInternal(ex, null, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		int status = statusCode.value();
		String detail = ex instanceof MultipartException ? ProblemTexts.MULTIPART : ProblemTexts.detail(ex, status);
		HttpServletRequest servletRequest = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
		if (servletRequest == null || ProblemTexts.isApi(servletRequest)) {
			HttpHeaders answer = new HttpHeaders();
			answer.addAll(headers);
			answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return ResponseEntity.status(status).headers(answer).body(ProblemTexts.problem(status, detail));
		}
		// A page: the error page (rendered by /error) explains it in Chinese.
		HttpServletResponse response = ((NativeWebRequest) request).getNativeResponse(HttpServletResponse.class);
		try {
			headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.sendError(status, detail);
		}
		catch (IOException failed) {
			throw new IllegalStateException(failed);
		}
		return null;
	}

}
