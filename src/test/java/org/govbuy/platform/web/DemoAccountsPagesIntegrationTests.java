package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every demo account of the README signs in and opens every page its navigation and home
 * page link to, and from each of those the first detail pages they list: none answers
 * with a server error.
 */
@IntegrationTest
class DemoAccountsPagesIntegrationTests {

	static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static final int DETAILS_PER_PAGE = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	void everyDemoAccountOpensEveryPageItsNavigationLinksToWithoutAServerError() throws Exception {
		List<String> accounts = readmeAccounts();
		assertThat(accounts).contains("admin", "buyer.mzj", "provider.demo", "expert.demo", "evaluator.demo")
			.hasSizeGreaterThanOrEqualTo(19);
		List<String> failures = new ArrayList<>();
		int opened = 0;
		for (String account : accounts) {
			Authentication user = login(account);
			Set<String> firstLevel = links(open(user, "/", account, failures));
			Set<String> seenPatterns = new LinkedHashSet<>();
			for (String page : firstLevel) {
				String body = open(user, page, account, failures);
				opened++;
				int details = 0;
				for (String detail : links(body)) {
					if (details >= DETAILS_PER_PAGE || firstLevel.contains(detail) || !UUID.matcher(detail).find()
							|| !seenPatterns.add(pattern(detail))) {
						continue;
					}
					open(user, detail, account, failures);
					opened++;
					details++;
				}
			}
		}
		assertThat(opened).as("pages opened").isGreaterThan(100);
		assertThat(failures).as("pages answering 5xx (account page → status)").isEmpty();
	}

	String open(Authentication user, String page, String account, List<String> failures) throws Exception {
		MvcResult result;
		try {
			result = mvc.perform(get(page).with(authentication(user))).andReturn();
		}
		catch (Exception unhandled) {
			// What no handler answered is a 500 in the container.
			failures.add(account + " " + page + " (" + pattern(page) + ") → 500 " + rootCause(unhandled));
			return "";
		}
		int status = result.getResponse().getStatus();
		if (status >= 500) {
			failures.add(account + " " + page + " (" + pattern(page) + ") → " + status);
		}
		String type = result.getResponse().getContentType();
		return type != null && type.startsWith("text/html")
				? result.getResponse().getContentAsString(StandardCharsets.UTF_8) : "";
	}

	static String rootCause(Throwable error) {
		Throwable cause = error;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.toString();
	}

	static Set<String> links(String html) {
		Set<String> links = new LinkedHashSet<>();
		Matcher matcher = LINK.matcher(html);
		while (matcher.find()) {
			String link = matcher.group(1).replace("&amp;", "&");
			if (!link.startsWith("/webjars/") && !link.startsWith("/css/") && !link.startsWith("/js/")
					&& !link.startsWith("/images/") && !link.equals("/logout") && !link.startsWith("//")) {
				links.add(link);
			}
		}
		return links;
	}

	static String pattern(String page) {
		return UUID.matcher(page.replaceFirst("\\?.*$", "")).replaceAll("{id}");
	}

	/** The accounts of the README's demo table: every `name` in its first column. */
	static List<String> readmeAccounts() throws Exception {
		List<String> accounts = new ArrayList<>();
		boolean table = false;
		for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
			if (line.startsWith("## ")) {
				table = line.contains("Demo accounts");
			}
			if (table && line.startsWith("| `")) {
				Matcher names = Pattern.compile("`([^`]+)`").matcher(line.split("\\|")[1]);
				while (names.find()) {
					accounts.add(names.group(1));
				}
			}
		}
		return accounts;
	}

	Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

}
