package org.govbuy.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.PageSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page a demo user can reach from the home page by following links (and the public
 * portal for a visitor) is Chinese and finished: no unresolved message ({@code ??key??},
 * {@code {0}}), no English word in the text a user reads, no UTC time — times are Beijing
 * time.
 */
@IntegrationTest
class PageScanIntegrationTests {

	/** Pages a user reaches within this many clicks from the home page. */
	static final int DEPTH = 3;

	static final int MAX_PAGES = 120;

	static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[\\w.]+\\?\\?|\\{\\d}");

	static final Pattern UTC = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?Z\\b|\\bUTC\\b");

	/** An English word of four letters or more, standing alone in the text. */
	static final Pattern ENGLISH = Pattern.compile("(?<![\\w./@-])[A-Za-z]{4,}(?![\\w./@-])");

	/** Names and formats that are written in Latin letters in Chinese pages too. */
	static final Set<String> ALLOWED = Set.of("GovBuy", "Excel", "JSON", "OpenAPI", "OCDS", "HTML", "Bearer",
			"Chromium", "Apache", "License", "Swagger", "WebJars", "Demo", "Office", "admin");

	/**
	 * Pages that show what is not user interface: the audit viewer shows records as they
	 * were written (entity types, JSON before and after); the audit checkpoints print the
	 * signed text, whose format carries UTC beside the Beijing time the page shows.
	 */
	static final Set<String> RECORDS = Set.of("/platform/audit", "/portal/audit-checkpoints");

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "anonymous", "admin", "finance.zibo", "reviewer.zibo", "buyer.mzj", "provider.demo",
			"expert.demo", "evaluator.demo", "auditor.zibo" })
	void everyPageReachedIsChineseWithoutUnresolvedMessagesOrUtcTimes(String user) throws Exception {
		Cookie session = user.equals("anonymous") ? null : PageSession.signIn(mvc, user);
		String start = session == null ? "/portal" : "/";
		Set<String> seen = new LinkedHashSet<>();
		Deque<String[]> queue = new ArrayDeque<>();
		queue.add(new String[] { start, "0" });
		List<String> problems = new ArrayList<>();
		while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
			String[] next = queue.poll();
			String path = next[0];
			int depth = Integer.parseInt(next[1]);
			if (!seen.add(path)) {
				continue;
			}
			MockHttpServletRequestBuilder request = get(path);
			if (session != null) {
				request.cookie(session);
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			String type = String.valueOf(response.getContentType());
			if (response.getStatus() != 200 || !type.startsWith("text/html")) {
				continue;
			}
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			if (RECORDS.stream().noneMatch(path::startsWith)) {
				problems.addAll(problems(path, html));
			}
			if (depth < DEPTH) {
				Matcher links = LINK.matcher(html);
				while (links.find()) {
					String link = links.group(1).replace("&amp;", "&");
					if (followed(link)) {
						queue.add(new String[] { link, String.valueOf(depth + 1) });
					}
				}
			}
		}
		assertThat(problems).as("pages read by %s: %s", user, seen.size()).isEmpty();
	}

	static boolean followed(String link) {
		return !(link.startsWith("/logout") || link.startsWith("/api/") || link.startsWith("/webjars")
				|| link.startsWith("/css") || link.startsWith("/js") || link.startsWith("/images")
				|| link.startsWith("/swagger") || link.startsWith("/v3/") || link.startsWith("/actuator")
				|| link.contains(".pdf") || link.contains(".xlsx") || link.contains(".csv") || link.contains(".json")
				|| link.contains("/download") || link.contains("/export") || link.startsWith("/favicon"));
	}

	static List<String> problems(String path, String html) {
		List<String> problems = new ArrayList<>();
		String text = text(html);
		Matcher unresolved = UNRESOLVED.matcher(text);
		while (unresolved.find()) {
			problems.add(path + " unresolved " + unresolved.group());
		}
		Matcher utc = UTC.matcher(text);
		while (utc.find()) {
			problems.add(path + " UTC " + utc.group());
		}
		Matcher english = ENGLISH.matcher(text);
		while (english.find()) {
			if (!ALLOWED.contains(english.group())) {
				problems.add(path + " English “" + english.group() + "”");
			}
		}
		return problems;
	}

	/**
	 * What a reader sees: the text between tags, plus titles, labels and placeholders.
	 */
	static String text(String html) {
		String body = html.replaceAll("(?s)<script.*?</script>", " ")
			.replaceAll("(?s)<style.*?</style>", " ")
			.replaceAll("(?s)<!--.*?-->", " ")
			.replaceAll("(?s)<(code|pre|kbd|samp)[^>]*>.*?</\\1>", " ");
		StringBuilder seen = new StringBuilder();
		Matcher attributes = Pattern.compile("(?:title|placeholder|aria-label|alt)=\"([^\"]*)\"").matcher(body);
		while (attributes.find()) {
			seen.append(' ').append(attributes.group(1));
		}
		seen.append(' ').append(body.replaceAll("(?s)<[^>]*>", " "));
		return seen.toString().replace("&nbsp;", " ").replace("&amp;", "&");
	}

}
