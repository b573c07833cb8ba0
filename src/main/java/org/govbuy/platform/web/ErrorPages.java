package org.govbuy.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /error}, for what never reached a controller or was answered with
 * {@code sendError} (rejected by the firewall, a filter, the container): problem details
 * in Chinese for {@code /api/**}, the Chinese error page for pages. Replaces Boot's
 * English {@code BasicErrorController}.
 */
@Controller
class ErrorPages implements ErrorController {

	private final JsonMapper json;

	ErrorPages(JsonMapper json) {
		this.json = json;
	}

	@RequestMapping("/error")
	@PreAuthorize("permitAll()")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		// Opened directly, /error is just a page that does not exist.
		int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
		if (status < 400) {
			status = 500;
		}
		String message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE) instanceof String text ? text : null;
		// Our own messages are Chinese; the container's and the firewall's are not shown.
		boolean ours = message != null && status < 500
				&& message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
		String detail = ours ? message : ProblemTexts.detail(status);
		if (ProblemTexts.isApi(request)) {
			response.setStatus(status);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(json.writeValueAsString(ProblemTexts.problem(status, detail)));
			return null;
		}
		Map<String, Object> model = new HashMap<>();
		model.put("status", status);
		model.put("errorTitle", ProblemTexts.title(status));
		model.put("detail", detail);
		return new ModelAndView("error/page", model, HttpStatusCode.valueOf(status));
	}

}
