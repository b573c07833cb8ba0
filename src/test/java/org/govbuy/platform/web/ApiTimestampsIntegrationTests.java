package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API writes every timestamp one way — Beijing time with {@code +08:00} — whichever
 * module and type it comes from (tokens, audit records, payments, users).
 */
@IntegrationTest
class ApiTimestampsIntegrationTests {

	/**
	 * A timestamp value of the JSON (not one quoted inside a string, such as an audit
	 * record's snapshot).
	 */
	static final Pattern TIMESTAMP = Pattern.compile("(?<!\\\\)\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[^\"\\\\]*)\"");

	@Autowired
	MockMvc mvc;

	@Test
	void everyTimestampIsBeijingTimeWithItsOffset() throws Exception {
		String token = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"admin\",\"password\":\"" + ApiClient.DEMO_PASSWORD + "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> timestamps = new ArrayList<>(timestamps(token));
		String bearer = ApiClient.bearer(mvc, "admin");
		for (String path : List.of("/api/v1/audit?size=20", "/api/v1/users", "/api/v1/contracts",
				"/api/v1/payments/treasury", "/api/v1/payments/overdue", "/api/v1/me")) {
			String body = mvc.perform(get(path).header("Authorization", bearer))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			timestamps.addAll(timestamps(body));
		}
		assertThat(timestamps).isNotEmpty().allSatisfy(timestamp -> assertThat(timestamp).endsWith("+08:00"));
	}

	private static List<String> timestamps(String json) {
		List<String> found = new ArrayList<>();
		Matcher matcher = TIMESTAMP.matcher(json);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
