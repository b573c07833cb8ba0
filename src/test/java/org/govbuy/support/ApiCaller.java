package org.govbuy.support;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A signed-in API caller: every request carries the user's bearer token. */
public record ApiCaller(MockMvc mvc, String token) {

	public static ApiCaller as(MockMvc mvc, String username) throws Exception {
		return new ApiCaller(mvc, ApiClient.bearer(mvc, username));
	}

	public ResultActions post(String url, String json) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/** A POST with an idempotency key, as payments and imports take. */
	public ResultActions post(String url, String idempotencyKey, String json) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(url)
			.header("Authorization", token)
			.header("Idempotency-Key", idempotencyKey)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/** A multipart POST with one file and form parameters given as name, value, … */
	public ResultActions multipart(String url, MockMultipartFile file, String... params) throws Exception {
		var request = MockMvcRequestBuilders.multipart(url).file(file).header("Authorization", token);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request);
	}

	public ResultActions get(String url) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.get(url).header("Authorization", token));
	}

}
