package org.govbuy.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Pages and API answers carry a Content-Security-Policy that allows only the
 * application's own scripts and styles, a Referrer-Policy and a Permissions-Policy.
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aPublicPageCarriesTheSecurityHeaders() throws Exception {
		expectSecurityHeaders(mvc.perform(get("/login")).andExpect(status().isOk()));
		expectSecurityHeaders(mvc.perform(get("/portal")).andExpect(status().isOk()));
	}

	@Test
	void anApiAnswerCarriesTheSecurityHeaders() throws Exception {
		expectSecurityHeaders(mvc.perform(get("/api/v1/me").header("Authorization", ApiClient.bearer(mvc, "admin")))
			.andExpect(status().isOk()));
		expectSecurityHeaders(mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized()));
	}

	@Test
	void onlySwaggerUiMayUseInlineStyles() throws Exception {
		mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline';")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.not(containsString("unsafe-inline"))));
	}

	private static void expectSecurityHeaders(ResultActions result) throws Exception {
		result.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
			.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

}
