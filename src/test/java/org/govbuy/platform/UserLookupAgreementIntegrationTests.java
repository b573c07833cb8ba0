package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One rule decides which accounts a user may see: the list ({@code GET /api/v1/users})
 * and the lookup by id ({@code GET /api/v1/users/{id}}) agree for every demo account.
 * Administrators see every account, finance and supervision users those in their region
 * and below, everyone else only their own.
 */
@IntegrationTest
class UserLookupAgreementIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "admin", "finance.zibo", "reviewer.zibo", "buyer.mzj", "head.mzj", "buyer.boshan",
			"auditor.zibo", "expert.demo", "evaluator.demo" })
	void theListAndTheLookupByIdShowTheSameAccounts(String username) throws Exception {
		String bearer = ApiClient.bearer(mvc, username);
		String body = mvc.perform(get("/api/v1/users").param("size", "200").header("Authorization", bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Set<String> listed = new HashSet<>(JsonPath.<List<String>>read(body, "$.items[*].id"));
		assertThat(JsonPath.<Integer>read(body, "$.total")).as("all on one page").isEqualTo(listed.size());

		Set<String> found = new HashSet<>();
		for (String id : jdbc.sql("select cast(id as varchar) from platform.app_user").query(String.class).list()) {
			int answer = mvc.perform(get("/api/v1/users/" + id).header("Authorization", bearer))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(answer).as("%s looks up %s", username, id).isIn(200, 404);
			if (answer == 200) {
				found.add(id);
			}
		}
		assertThat(found).as(username).isEqualTo(listed);
		String self = jdbc.sql("select cast(id as varchar) from platform.app_user where username = :u")
			.param("u", username)
			.query(String.class)
			.single();
		assertThat(listed).as("everyone sees their own account").contains(self);
		long all = jdbc.sql("select count(*) from platform.app_user").query(Long.class).single();
		switch (username) {
			case "admin" -> assertThat(listed).hasSize((int) all);
			case "buyer.mzj", "head.mzj", "buyer.boshan", "expert.demo", "evaluator.demo" ->
				assertThat(listed).containsExactly(self);
			default -> assertThat(listed).hasSizeGreaterThan(1).hasSizeLessThan((int) all);
		}
	}

}
