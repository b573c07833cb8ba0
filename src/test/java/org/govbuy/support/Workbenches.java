package org.govbuy.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;

/**
 * The 工作台 of a demo or test user as the home page renders it: one line per to-do with its
 * severity, title, subject, deadline and link.
 */
public final class Workbenches {

	private Workbenches() {
	}

	/**
	 * One to-do of the home page.
	 *
	 * @param severity 预警, 临近 or 正常
	 * @param title what to do
	 * @param about what it concerns
	 * @param deadline the deadline as shown (期限：2026年12月8日), empty without one
	 * @param basis the rule id or 合同约定 as shown
	 * @param href the link
	 */
	public record Todo(String severity, String title, String about, String deadline, String basis, String href) {

		public String text() {
			return String.join(" ", severity, title, about, deadline, basis, href);
		}

	}

	/** The user's to-dos, in the order the home page lists them. */
	public static List<Todo> of(MockMvc mvc, String username) throws Exception {
		String html = mvc.perform(get("/").cookie(PageSession.signIn(mvc, username)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher items = ITEM.matcher(html);
		List<Todo> todos = new java.util.ArrayList<>();
		while (items.find()) {
			String li = items.group(1);
			Matcher link = LINK.matcher(li);
			if (!link.find()) {
				throw new IllegalStateException("待办没有链接：" + li);
			}
			todos.add(new Todo(text(BADGE, li), unescape(link.group(2)), text(ABOUT, li), text(DEADLINE, li),
					text(BASIS, li), unescape(link.group(1))));
		}
		return todos;
	}

	private static final Pattern ITEM = Pattern.compile("<li class=\"[^\"]*gb-todo[^\"]*\"[^>]*>(.*?)</li>",
			Pattern.DOTALL);

	private static final Pattern LINK = Pattern
		.compile("<a class=\"fw-semibold gb-todo-link\" href=\"([^\"]*)\">([^<]*)</a>");

	private static final Pattern BADGE = Pattern.compile("<span class=\"badge[^\"]*\">([^<]*)</span>");

	private static final Pattern ABOUT = Pattern.compile("</a>\\s*<span class=\"text-muted\">([^<]*)</span>");

	private static final Pattern DEADLINE = Pattern.compile("class=\"gb-todo-deadline\">([^<]*)</span>");

	private static final Pattern BASIS = Pattern.compile("class=\"text-muted gb-todo-basis\"[^>]*>([^<]*)</span>");

	private static String text(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		return matcher.find() ? unescape(matcher.group(1)).strip() : "";
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">");
	}

	/** The to-dos whose link leads to the given page. */
	public static List<Todo> linkingTo(MockMvc mvc, String username, String href) throws Exception {
		return of(mvc, username).stream().filter(todo -> todo.href().equals(href)).toList();
	}

}
