package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Wrong passwords slow the guesser down — per account and client address, per address,
 * per account — and never lock the owner out; unknown users and wrong passwords get the
 * same answer in the same time.
 */
@IntegrationTest
class LoginThrottlingIntegrationTests {

	private static final String WRONG = "Wrong@12345";

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
	void aStrangersTwentyGuessesAreDelayedAndDoNotLockOutTheOwnerSigningInFromAnotherAddress() throws Exception {
		String owner = "throttle.owner";
		createUser(owner);
		String stranger = "203.0.113.66";

		List<String> answers = new ArrayList<>();
		for (int guess = 1; guess <= 20; guess++) {
			answers.add(formLogin(owner, WRONG, stranger).getResponse().getRedirectedUrl());
		}
		// Five guesses are checked; from then on each must wait, and an attempt inside
		// the
		// wait is answered without looking at the password.
		assertThat(answers.subList(0, 5)).containsOnly("/login?error=bad");
		assertThat(answers.subList(5, 20)).containsOnly("/login?error=wait");
		assertThat(formLogin(owner, ApiClient.DEMO_PASSWORD, stranger).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=wait");

		// The owner, from another address, is not held back at all.
		assertThat(formLogin(owner, ApiClient.DEMO_PASSWORD, "198.51.100.7").getResponse().getRedirectedUrl())
			.isEqualTo("/");
		mvc.perform(token(owner, ApiClient.DEMO_PASSWORD, "198.51.100.8")).andExpect(status().isOk());
		assertThat(users.find(users.idOf(owner).orElseThrow()).orElseThrow().locked()).isFalse();
	}

	@Test
	void theTokenEndpointAnswers429WithRetryAfterThatDoublesAfterEachFurtherFailure() throws Exception {
		String username = "throttle.api";
		createUser(username);
		String address = "203.0.113.10";
		for (int guess = 1; guess <= 5; guess++) {
			mvc.perform(token(username, WRONG, address))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.detail").value("用户名或密码错误"));
		}
		for (long delay : new long[] { 1, 2, 4, 8 }) {
			mvc.perform(token(username, ApiClient.DEMO_PASSWORD, address))
				.andExpect(status().isTooManyRequests())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string("Retry-After", String.valueOf(delay)))
				.andExpect(jsonPath("$.status").value(429))
				.andExpect(jsonPath("$.detail").value("登录尝试过于频繁，请稍后再试"));
			clock.advance(Duration.ofSeconds(delay));
			mvc.perform(token(username, WRONG, address)).andExpect(status().isUnauthorized());
		}
		// After the wait, the right password signs in and the count starts afresh.
		clock.advance(Duration.ofSeconds(16));
		mvc.perform(token(username, ApiClient.DEMO_PASSWORD, address)).andExpect(status().isOk());
		mvc.perform(token(username, WRONG, address)).andExpect(status().isUnauthorized());
		mvc.perform(token(username, ApiClient.DEMO_PASSWORD, address)).andExpect(status().isOk());
	}

	@Test
	void oneAddressGuessingAcrossManyAccountsIsSlowedDown() throws Exception {
		String address = "203.0.113.20";
		for (int account = 1; account <= 30; account++) {
			mvc.perform(token("spray.unknown" + account, WRONG, address)).andExpect(status().isUnauthorized());
		}
		mvc.perform(token("admin", ApiClient.DEMO_PASSWORD, address))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		// Other addresses are not affected.
		mvc.perform(token("admin", ApiClient.DEMO_PASSWORD, "203.0.113.21")).andExpect(status().isOk());
	}

	@Test
	void guessesFromManyAddressesSlowDownOnlyAddressesThatGuessedNotTheOwner() throws Exception {
		String username = "throttle.distributed";
		createUser(username);
		for (int address = 1; address <= 100; address++) {
			mvc.perform(token(username, WRONG, "10.20.0." + address)).andExpect(status().isUnauthorized());
		}
		// The account's budget of failures is spent: an address that already guessed
		// waits…
		mvc.perform(token(username, ApiClient.DEMO_PASSWORD, "10.20.0.1")).andExpect(status().isTooManyRequests());
		// …but the owner from a clean address signs in.
		mvc.perform(token(username, ApiClient.DEMO_PASSWORD, "10.20.1.1")).andExpect(status().isOk());
	}

	@Test
	void unknownUserAndWrongPasswordGetTheSameAnswerOnThePageAndTheApi() throws Exception {
		createUser("throttle.same");
		assertThat(formLogin("nobody.here", WRONG, "203.0.113.30").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=bad");
		assertThat(formLogin("throttle.same", WRONG, "203.0.113.30").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=bad");
		String unknown = mvc.perform(token("nobody.here", WRONG, "203.0.113.31"))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String wrong = mvc.perform(token("throttle.same", WRONG, "203.0.113.31"))
			.andExpect(status().isUnauthorized())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(unknown).isEqualTo(wrong);
	}

	@Test
	void aDisabledAccountIsNamedOnlyToWhoeverKnowsItsPassword() throws Exception {
		String username = "throttle.disabled";
		createUser(username);
		jdbc.sql("update platform.app_user set enabled = false where username = :u").param("u", username).update();
		assertThat(formLogin(username, WRONG, "203.0.113.40").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=bad");
		mvc.perform(token(username, WRONG, "203.0.113.40")).andExpect(jsonPath("$.detail").value("用户名或密码错误"));
		assertThat(formLogin(username, ApiClient.DEMO_PASSWORD, "203.0.113.41").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=disabled");
	}

	@Test
	void anUnknownUserTakesAsLongAsAWrongPassword() throws Exception {
		createUser("throttle.timing");
		// Warm up both paths.
		mvc.perform(token("throttle.timing", WRONG, "10.30.0.1"));
		mvc.perform(token("nobody.timing", WRONG, "10.30.0.2"));
		List<Long> unknown = new ArrayList<>();
		List<Long> wrong = new ArrayList<>();
		for (int round = 0; round < 9; round++) {
			unknown.add(timed(token("nobody.timing" + round, WRONG, "10.30.1." + round)));
			wrong.add(timed(token("throttle.timing", WRONG, "10.30.2." + round)));
		}
		long unknownMedian = median(unknown);
		long wrongMedian = median(wrong);
		// Without the dummy hash an unknown user answers some fifty times faster; a
		// generous bound keeps a busy machine from failing the test.
		assertThat(unknownMedian).as("median ns, unknown user vs wrong password %d", wrongMedian)
			.isBetween(wrongMedian / 3, wrongMedian * 3);
	}

	private long timed(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		long start = System.nanoTime();
		mvc.perform(request).andExpect(status().isUnauthorized());
		return System.nanoTime() - start;
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	private MvcResult formLogin(String username, String password, String address) throws Exception {
		return mvc.perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with(from(address)))
			.andReturn();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder token(String username,
			String password, String address) {
		return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
			.with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private void createUser(String username) {
		if (users.idOf(username).isPresent()) {
			return;
		}
		UUID organization = jdbc.sql("select id from platform.organization where name = '淄博市民政局'")
			.query(UUID.class)
			.single();
		users
			.create(new NewUser(username, "限流测试", organization, Set.of(Role.PURCHASER_CLERK), ApiClient.DEMO_PASSWORD));
	}

}
