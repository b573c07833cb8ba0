package org.govbuy.platform.web;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The Chinese title and explanation of an HTTP error, shared by the API's problem
 * details, the error pages and {@code /error}: the framework's own answers (404, 405,
 * 406, 415, unreadable JSON, missing parameters) are in English and say nothing a user
 * can act on.
 */
final class ProblemTexts {

	static final String MULTIPART = "请以 multipart/form-data 上传文件，上传内容不完整时请重新选择文件";

	private ProblemTexts() {
	}

	/**
	 * Whether a request (or the request an error dispatch is about) is a JSON API call.
	 */
	static boolean isApi(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String text ? text : request.getRequestURI();
		String path = uri.substring(Math.min(request.getContextPath().length(), uri.length()));
		return path.startsWith("/api/") || path.equals("/api");
	}

	static String title(int status) {
		return switch (status) {
			case 400 -> "输入有误";
			case 401 -> "未认证";
			case 403 -> "无权访问";
			case 404 -> "未找到";
			case 405 -> "方法不支持";
			case 406 -> "无法提供所需格式";
			case 409 -> "数据冲突";
			case 413 -> "内容过大";
			case 415 -> "不支持的内容类型";
			case 422 -> "违反规则";
			case 429 -> "请求过于频繁";
			case 503 -> "服务暂不可用";
			default -> status >= 500 ? "系统错误" : "请求有误";
		};
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "请求中含有不正确的格式或不允许的字符";
			case 401 -> "请先登录或获取访问令牌";
			case 403 -> "当前用户无权执行此操作";
			case 404 -> "没有这个页面或接口";
			case 405 -> "该地址不支持此请求方法";
			case 406 -> "无法按请求的 Accept 格式返回，请接受 application/json";
			case 409 -> "数据与已有记录冲突，请刷新后重试";
			case 413 -> "提交的内容超过大小限制";
			case 415 -> "不支持此请求内容类型，请使用 application/json";
			case 429 -> "请求过于频繁，请稍后再试";
			default -> status >= 500 ? "系统内部错误，请稍后重试或联系管理员" : "请求有误";
		};
	}

	/**
	 * A user's text for what the framework refused, naming the parameter where it can.
	 */
	static String detail(Exception ex, int status) {
		if (ex instanceof HttpRequestMethodNotSupportedException method) {
			String[] supported = method.getSupportedMethods();
			return "该地址不支持 " + method.getMethod() + " 请求"
					+ (supported == null || supported.length == 0 ? "" : "，可用：" + String.join("、", supported));
		}
		if (ex instanceof HttpMediaTypeNotSupportedException media) {
			return "不支持请求内容类型 " + (media.getContentType() == null ? "（未指定）" : media.getContentType().toString())
					+ types("，请使用", media.getSupportedMediaTypes());
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException media) {
			return "无法按请求的 Accept 格式返回" + types("，可用格式：", media.getSupportedMediaTypes());
		}
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return "没有这个页面或接口";
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return "缺少参数 " + missing.getParameterName();
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return "缺少上传的文件 " + missing.getRequestPartName();
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return "缺少请求头 " + missing.getHeaderName();
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return "参数 " + mismatch.getName() + " 的格式不正确";
		}
		if (ex instanceof TypeMismatchException mismatch) {
			return "参数 " + (mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName() + " ") + "的格式不正确";
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return unreadable(unreadable);
		}
		if (ex instanceof MethodArgumentNotValidException || ex instanceof HandlerMethodValidationException) {
			return "请求中有输入有误，请检查后重试";
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return "上传的文件超过大小限制";
		}
		return detail(status);
	}

	/**
	 * Unreadable JSON: the field where the reader stopped, and our own reason if ours.
	 */
	static String unreadable(HttpMessageNotReadableException ex) {
		String field = unreadableField(ex);
		if (field == null) {
			return "请求内容不是有效的 JSON，或字段格式不正确";
		}
		boolean control = ex.getCause() instanceof JacksonException databind
				&& String.valueOf(databind.getOriginalMessage()).contains(ControlCharacters.MESSAGE_MARKER);
		return "字段 " + field + (control ? " 含有不允许的控制字符" : " 的格式不正确");
	}

	/** The JSON field an unreadable body failed at, or null. */
	static String unreadableField(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JacksonException databind && !databind.getPath().isEmpty()) {
			return databind.getPath()
				.stream()
				.map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
						: String.valueOf(reference.getIndex()))
				.collect(Collectors.joining("."));
		}
		return null;
	}

	/**
	 * A database refusal of a value: a string longer than its column or a character
	 * PostgreSQL cannot store (SQL state class 22) is the user's input, answered 400; a
	 * broken constraint is a conflict with stored data, 409.
	 */
	static HttpStatus status(DataIntegrityViolationException ex) {
		String state = sqlState(ex);
		return state != null && state.startsWith("22") ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;
	}

	static String detail(DataIntegrityViolationException ex) {
		String state = sqlState(ex);
		if ("22001".equals(state)) {
			return "输入的内容过长，请缩短后重试";
		}
		if (state != null && state.startsWith("22")) {
			return "输入的内容含有无法保存的字符或格式不正确";
		}
		return "数据与已有记录冲突，请检查后重试";
	}

	static ProblemDetail problem(int status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		problem.setTitle(title(status));
		return problem;
	}

	private static String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private static String types(String prefix, List<MediaType> types) {
		return types == null || types.isEmpty() ? ""
				: prefix + " " + types.stream().map(MediaType::toString).distinct().collect(Collectors.joining("、"));
	}

}
