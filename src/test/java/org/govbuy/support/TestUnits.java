package org.govbuy.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Purchasing units of their own for tests that share the demo database: each call
 * registers a new 行政机关 and a clerk account (password {@link ApiClient#DEMO_PASSWORD})
 * through the admin API, so tests never step on the demo units or on each other.
 */
public final class TestUnits {

	private static final AtomicInteger counter = new AtomicInteger();

	private TestUnits() {
	}

	/**
	 * A new purchasing unit in a region with one clerk; returns the clerk's username.
	 */
	public static String purchaserClerk(MockMvc mvc, String unitName, String region) throws Exception {
		String admin = ApiClient.bearer(mvc, "admin");
		int n = counter.incrementAndGet();
		String name = unitName + "（测试" + n + "-" + System.nanoTime() % 100000 + "）";
		MvcResult org = mvc
			.perform(post("/api/v1/organizations").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"name":"%s","kind":"PURCHASER","purchaserType":"ADMINISTRATIVE_ORGAN","region":"%s"}"""
					.formatted(name, region)))
			.andReturn();
		if (org.getResponse().getStatus() != 201) {
			throw new IllegalStateException(org.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		String orgId = JsonPath.read(org.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.id");
		String username = "t" + n + "." + Long.toString(System.nanoTime() % 1_000_000, 36);
		MvcResult user = mvc
			.perform(post("/api/v1/users").header("Authorization", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"username":"%s","displayName":"测试经办人","organizationId":"%s","roles":["PURCHASER_CLERK"],"password":"%s"}"""
							.formatted(username, orgId, ApiClient.DEMO_PASSWORD)))
			.andReturn();
		if (user.getResponse().getStatus() != 201) {
			throw new IllegalStateException(user.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		return username;
	}

}
