package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.govbuy.platform.identity.UserAdministration;
import org.govbuy.platform.identity.UserAdministration.NewUser;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.PageSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A password change, a role change or disabling an account ends what was issued before:
 * older bearer tokens answer 401 and the account's sessions end.
 */
@IntegrationTest
class CredentialsChangeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenIssuedBeforeAPasswordResetIsRefusedAndOneIssuedAfterIsAccepted() throws Exception {
		UUID id = createUser("creds.reset");
		String before = ApiClient.bearer(mvc, "creds.reset");
		me(before).andExpect(status().isOk());

		mvc.perform(post("/api/v1/users/" + id + "/password-reset").header("Authorization", admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"Reset@2026xy\"}")).andExpect(status().isOk());

		me(before).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		me(bearer("creds.reset", "Reset@2026xy")).andExpect(status().isOk())
			.andExpect(jsonPath("$.user.username").value("creds.reset"));
	}

	@Test
	void aTokenIssuedBeforeARoleChangeIsRefusedAndOneIssuedAfterCarriesTheNewRoles() throws Exception {
		UUID id = createUser("creds.roles");
		String before = ApiClient.bearer(mvc, "creds.roles");

		mvc.perform(put("/api/v1/users/" + id + "/roles").header("Authorization", admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"PURCHASER_CLERK\",\"PURCHASER_HEAD\"]}")).andExpect(status().isOk());

		me(before).andExpect(status().isUnauthorized());
		me(ApiClient.bearer(mvc, "creds.roles")).andExpect(status().isOk())
			.andExpect(jsonPath("$.user.roles.length()").value(2));
	}

	@Test
	void aTokenIssuedBeforeTheAccountWasDisabledStaysRefusedAfterItIsEnabledAgain() throws Exception {
		UUID id = createUser("creds.disabled");
		String before = ApiClient.bearer(mvc, "creds.disabled");
		mvc.perform(post("/api/v1/users/" + id + "/disable").header("Authorization", admin()))
			.andExpect(status().isOk());
		me(before).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/users/" + id + "/enable").header("Authorization", admin()))
			.andExpect(status().isOk());
		me(before).andExpect(status().isUnauthorized());
		me(ApiClient.bearer(mvc, "creds.disabled")).andExpect(status().isOk());
	}

	@Test
	void anAdministratorsPasswordResetEndsTheAccountsSessions() throws Exception {
		UUID id = createUser("creds.session");
		Cookie session = signIn("creds.session", ApiClient.DEMO_PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		users.resetPassword(id, "Reset@2026zz");

		mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
	}

	@Test
	void changingYourOwnPasswordKeepsThisSessionAndEndsTheOthersAndYourTokens() throws Exception {
		createUser("creds.own");
		Cookie here = signIn("creds.own", ApiClient.DEMO_PASSWORD);
		Cookie elsewhere = signIn("creds.own", ApiClient.DEMO_PASSWORD);
		String token = ApiClient.bearer(mvc, "creds.own");

		mvc.perform(post("/account/password").cookie(here)
			.with(csrf())
			.param("currentPassword", ApiClient.DEMO_PASSWORD)
			.param("newPassword", "Changed@2026own")
			.param("repeatPassword", "Changed@2026own")).andExpect(redirectedUrl("/"));

		mvc.perform(get("/").cookie(here)).andExpect(status().isOk());
		mvc.perform(get("/").cookie(elsewhere)).andExpect(status().is3xxRedirection());
		me(token).andExpect(status().isUnauthorized());
	}

	private org.springframework.test.web.servlet.ResultActions me(String bearer) throws Exception {
		return mvc.perform(get("/api/v1/me").header("Authorization", bearer));
	}

	private String admin() throws Exception {
		return ApiClient.bearer(mvc, "admin");
	}

	private String bearer(String username, String password) throws Exception {
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + com.jayway.jsonpath.JsonPath.read(body, "$.token");
	}

	private Cookie signIn(String username, String password) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private UUID createUser(String username) {
		UUID organization = jdbc.sql("select id from platform.organization where name = '淄博市民政局'")
			.query(UUID.class)
			.single();
		return users.idOf(username)
			.orElseGet(() -> users
				.create(new NewUser(username, "凭据测试", organization, Set.of(Role.PURCHASER_CLERK),
						ApiClient.DEMO_PASSWORD))
				.id());
	}

}
