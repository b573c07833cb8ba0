package org.govbuy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a client reads it can write back unchanged: every updatable resource's GET is a
 * valid body for its PUT, and the PUT changes nothing (plan lines and catalog items have
 * their own round-trip tests beside their other API tests).
 */
@IntegrationTest
class ApiRoundTripIntegrationTests {

	static final JsonMapper JSON = new JsonMapper();

	@Autowired
	MockMvc mvc;

	@Test
	void aNegativeListEntryReadIsAValidBodyForItsWordingsAndKeywords() throws Exception {
		String auth = ApiClient.bearer(mvc, "finance.zibo");
		Map<String, Object> entry = JsonPath.read(read(auth, "/api/v1/negative-list"), "$[0]");
		String code = (String) entry.get("code");

		write(auth, "/api/v1/negative-list/" + code + "/wordings", entry);
		write(auth, "/api/v1/negative-list/" + code + "/keywords", entry);

		Map<String, Object> after = JsonPath.read(read(auth, "/api/v1/negative-list"), "$[0]");
		assertThat(after).isEqualTo(entry);
	}

	@Test
	void aUserReadIsAValidBodyForItsRoles() throws Exception {
		String auth = ApiClient.bearer(mvc, "admin");
		List<Map<String, Object>> users = JsonPath.read(read(auth, "/api/v1/users?q=buyer.cl"),
				"$.items[?(@.username == 'buyer.cl')]");
		String id = (String) users.get(0).get("id");
		Map<String, Object> user = JsonPath.read(read(auth, "/api/v1/users/" + id), "$");

		write(auth, "/api/v1/users/" + id + "/roles", user);

		Map<String, Object> after = JsonPath.read(read(auth, "/api/v1/users/" + id), "$");
		assertThat(after).isEqualTo(user);
	}

	@Test
	void anIndicatorSystemDraftReadIsAValidBodyForItsUpdate() throws Exception {
		String auth = ApiClient.bearer(mvc, "finance.zibo");
		String created = mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/v1/evaluation-templates")
				.header("Authorization", auth)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"往返测试指标体系\",\"catalogCategory\":\"A0999\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String id = JsonPath.read(created, "$.id");
		Map<String, Object> draft = JsonPath.read(read(auth, "/api/v1/evaluation-templates/" + id), "$.template");

		write(auth, "/api/v1/evaluation-templates/" + id, draft);

		Map<String, Object> after = JsonPath.read(read(auth, "/api/v1/evaluation-templates/" + id), "$.template");
		assertThat(after).isEqualTo(draft);
	}

	private String read(String auth, String path) throws Exception {
		return mvc.perform(get(path).header("Authorization", auth))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private void write(String auth, String path, Object body) throws Exception {
		mvc.perform(put(path).header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))).andExpect(status().isOk());
	}

}
