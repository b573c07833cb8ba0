package org.govbuy.platform.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose path, parameters or headers hold a control character (a NUL
 * byte above all: PostgreSQL cannot store it and answered a 500) with 400 and the name of
 * the parameter: problem details for the API, the error page for pages. Parameter values
 * may hold tab and line breaks (text areas). Runs after the character-encoding filter,
 * before security, so no command ever sees such a value. JSON bodies are checked by the
 * JSON reader ({@link ControlCharacterFreeStrings}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ControlCharacterFilter extends OncePerRequestFilter {

	private final JsonMapper json;

	ControlCharacterFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = problem(request);
		if (problem == null) {
			chain.doFilter(request, response);
			return;
		}
		if (ProblemTexts.isApi(request)) {
			ProblemDetail detail = ProblemTexts.problem(400, problem);
			response.setStatus(400);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(json.writeValueAsString(detail));
		}
		else {
			response.sendError(400, problem);
		}
	}

	/** What is wrong with the request, or null. */
	static String problem(HttpServletRequest request) {
		String path;
		try {
			path = URLDecoder.decode(request.getRequestURI().replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return "请求地址的编码不正确";
		}
		if (ControlCharacters.inName(path)) {
			return "请求地址" + ControlCharacters.MESSAGE_MARKER;
		}
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (ControlCharacters.inName(parameter.getKey())) {
				return "参数名 " + ControlCharacters.quote(parameter.getKey()) + " " + ControlCharacters.MESSAGE_MARKER;
			}
			for (String value : parameter.getValue()) {
				if (ControlCharacters.inText(value)) {
					return "参数 " + parameter.getKey() + " " + ControlCharacters.MESSAGE_MARKER;
				}
			}
		}
		for (String header : Collections.list(request.getHeaderNames())) {
			List<String> values = Collections.list(request.getHeaders(header));
			for (String value : values) {
				if (ControlCharacters.inName(value.replace('\t', ' '))) {
					return "请求头 " + ControlCharacters.quote(header) + " " + ControlCharacters.MESSAGE_MARKER;
				}
			}
		}
		return null;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
