package org.govbuy.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

/** The scraper's static token: long enough or off, and never passed on as a JWT. */
class ScrapeTokenTests {

	static final String TOKEN = "scrape-token-0123456789abcdef-0123";

	@Test
	void aTokenShorterThan32CharactersOrNoneAcceptsNothing() {
		assertThat(new ScrapeToken("short").enabled()).isFalse();
		assertThat(new ScrapeToken("").enabled()).isFalse();
		assertThat(new ScrapeToken(null).enabled()).isFalse();
		assertThat(new ScrapeToken(TOKEN).enabled()).isTrue();
	}

	@Test
	void theScrapeTokenSignsInTheScraperWithTheMetricsRoleAndIsNotReadAsAJwt() throws Exception {
		ScrapeToken scrape = new ScrapeToken(TOKEN);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.addHeader("Authorization", "Bearer " + TOKEN);
		try {
			scrape.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			assertThat(authentication.getName()).isEqualTo(ScrapeToken.ACCOUNT);
			assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_METRICS");
			assertThat(scrape.resolve(request)).isNull();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void anotherBearerTokenIsLeftToTheJwtCheck() throws Exception {
		ScrapeToken scrape = new ScrapeToken(TOKEN);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		request.addHeader("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.x");
		scrape.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());

		assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
		assertThat(scrape.resolve(request)).isEqualTo("eyJhbGciOiJIUzI1NiJ9.e30.x");
	}

}
