package org.govbuy.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

/** A demo user signed in through the login form, for page tests that follow a session. */
public final class PageSession {

	private PageSession() {
	}

	/** Signs the demo user in and returns the session cookie. */
	public static Cookie signIn(MockMvc mvc, String username) throws Exception {
		Cookie session = mvc.perform(formLogin("/login").user(username).password(ApiClient.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).as(username).isNotNull();
		return session;
	}

}
