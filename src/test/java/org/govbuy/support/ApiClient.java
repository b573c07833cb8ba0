package org.govbuy.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signs in through the token endpoint the way API clients do. */
public final class ApiClient {

	public static final String DEMO_PASSWORD = "Demo@12345";

	private ApiClient() {
	}

	/** A bearer token for a demo account. */
	public static String tokenFor(MockMvc mvc, String username) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
			.andReturn();
		if (result.getResponse().getStatus() != 200) {
			throw new IllegalStateException("token for " + username + " refused: "
					+ result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.token");
	}

	public static String bearer(MockMvc mvc, String username) throws Exception {
		return "Bearer " + tokenFor(mvc, username);
	}

}
