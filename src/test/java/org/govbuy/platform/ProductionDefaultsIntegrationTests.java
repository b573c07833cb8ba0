package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application as it runs in production (no demo profile, a real HTTP server): the API
 * documentation is off, and behind a TLS-terminating proxy the session cookie is Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.profiles.active=production")
class ProductionDefaultsIntegrationTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void swaggerUiAndTheOpenApiDocumentAreOffUnlessEnabled() throws Exception {
		for (String path : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
			assertThat(get(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	@Test
	void behindAProxyThatTerminatesTlsTheSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> proxied = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(proxied.statusCode()).isEqualTo(200);
		String cookie = sessionCookie(proxied);
		assertThat(cookie).contains("; Secure").contains("; HttpOnly").contains("SameSite=Lax");
		// A secure request also gets HSTS (Spring Security's default for https).
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).isPresent();

		// Plain http without a proxy (development): not Secure, or the browser would drop
		// it.
		String plain = sessionCookie(get("/login"));
		assertThat(plain).doesNotContain("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String sessionCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no SESSION cookie: " + response.headers().map()));
	}

}
