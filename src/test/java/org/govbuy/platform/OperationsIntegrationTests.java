package org.govbuy.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Health is public; metrics are for administrators; the API is documented by OpenAPI. */
@IntegrationTest
class OperationsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void healthIsPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheusMetricsAreForAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus").header("Authorization", ApiClient.bearer(mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").header("Authorization", ApiClient.bearer(mvc, "buyer.mzj")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
	}

	@Test
	void documentsTheApiWithOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/auth/token']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/rules']").exists());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}
