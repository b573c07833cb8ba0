package org.govbuy.platform.web;

import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A citizen reading the portal, or following a wrong link, is not given a session: no
 * cookie is set and nothing is stored for the visit, on a page or on the 404 page (the
 * page layout once rendered a CSRF token for everyone, which started a session per
 * anonymous page view).
 */
@IntegrationTest
class AnonymousVisitIntegrationTests {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(
			strings = { "/portal", "/portal/evaluations", "/portal/catalogs", "/portal/no-such-page", "/favicon.ico" })
	void anAnonymousVisitSetsNoCookie(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();

		assertThat(result.getResponse().getStatus()).as("status of %s", path).isLessThan(500);
		assertThat(result.getResponse().getHeaders("Set-Cookie")).as("Set-Cookie on %s", path).isEmpty();
		assertThat(result.getRequest().getSession(false)).as("session on %s", path).isNull();
	}

}
