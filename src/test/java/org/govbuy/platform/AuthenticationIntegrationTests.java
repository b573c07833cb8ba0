package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;

import org.govbuy.platform.identity.UserAdministration;
import org.govbuy.platform.identity.UserAdministration.NewUser;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in by form and by token, no lockout, CSRF, and the rules registry as an API client
 * sees it.
 */
@IntegrationTest
class AuthenticationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	UserAdministration users;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void issuesTokenThatReadsTheRulesRegistry() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"finance.zibo\",\"password\":\"Demo@12345\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.token").isNotEmpty())
			.andExpect(jsonPath("$.tokenType").value("Bearer"))
			.andExpect(jsonPath("$.expiresAt").isNotEmpty());

		mvc.perform(get("/api/v1/rules").header("Authorization", ApiClient.bearer(mvc, "finance.zibo")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$[?(@.id == 'MOF102-8')].citation").value("《政府购买服务管理办法》（财政部令第102号）第八条"))
			.andExpect(jsonPath("$[?(@.id == 'CIVIL-203')].mark").value("V"));
	}

	@Test
	void refusesApiCallsWithoutTokenAsProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/rules"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/v1/rules").header("Authorization", "Bearer not-a-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesWrongPasswordAtTheTokenEndpointInChinese() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"finance.zibo\",\"password\":\"wrong\"}"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("用户名或密码错误"));
		jdbc.sql("update platform.app_user set failed_logins = 0 where username = 'finance.zibo'").update();
	}

	@Test
	void answersInvalidTokenRequestWithFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[?(@.field == 'password')].message").value("请输入密码"));
	}

	@Test
	void fiveWrongPasswordsLockNoAccountTheRightPasswordStillSignsIn() throws Exception {
		String username = "lockout.test";
		createUser(username);

		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin("/login").user(username).password("Wrong@12345"))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		// Guesses from this address now wait (LoginThrottlingIntegrationTests); once the
		// wait is over the right password works, by form and by token: nothing is locked.
		clock.advance(Duration.ofSeconds(2));
		mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username));
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"Demo@12345\"}")).andExpect(status().isOk());
		assertThat(users.find(users.idOf(username).orElseThrow()).orElseThrow().locked()).isFalse();
	}

	@Test
	void countsOnlyConsecutiveFailures() throws Exception {
		String username = "lockout.reset";
		createUser(username);
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin("/login").user(username).password("Wrong@12345"));
		}
		mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD)).andExpect(authenticated());
		for (int attempt = 1; attempt <= 4; attempt++) {
			mvc.perform(formLogin("/login").user(username).password("Wrong@12345"))
				.andExpect(redirectedUrl("/login?error=bad"));
		}
		mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD)).andExpect(authenticated());
	}

	@Test
	void refusesFormPostsWithoutCsrfToken() throws Exception {
		mvc.perform(post("/login").param("username", "admin").param("password", ApiClient.DEMO_PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void servesChineseLoginPageAndRedirectsAnonymousVisitors() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("政府购买服务全流程管理平台")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
		mvc.perform(get("/"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
	}

	@Test
	void everyDemoAccountSignsInToItsOwnHomePage() throws Exception {
		for (String username : new String[] { "admin", "finance.zibo", "reviewer.zibo", "buyer.mzj", "head.mzj",
				"buyer.boshan", "auditor.zibo", "expert.demo", "evaluator.demo" }) {
			// Sessions live in PostgreSQL (Spring Session JDBC): the SESSION cookie
			// carries the login.
			jakarta.servlet.http.Cookie session = mvc
				.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
				.andExpect(authenticated().withUsername(username))
				.andReturn()
				.getResponse()
				.getCookie("SESSION");
			assertThat(session).as(username).isNotNull();
			String page = mvc.perform(get("/").cookie(session))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(page).as(username).contains("home-cards").contains("欢迎");
		}
	}

	private void createUser(String username) {
		if (users.idOf(username).isPresent()) {
			return;
		}
		var organization = jdbc.sql("select id from platform.organization where name = '淄博市民政局'")
			.query(java.util.UUID.class)
			.single();
		users
			.create(new NewUser(username, "锁定测试", organization, Set.of(Role.PURCHASER_CLERK), ApiClient.DEMO_PASSWORD));
	}

}
