package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The OpenAPI document is one a client can generate from: it says who publishes it and
 * which version, which operations need the bearer token, what every error answer looks
 * like, and what each operation does. It is written to {@code target/openapi.json}, where
 * {@code .ci/run} lints it with Redocly's recommended rules
 * ({@code scripts/lint-openapi.sh}).
 */
@IntegrationTest
class OpenApiDocumentIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	JsonNode api;

	@BeforeEach
	void readDocument() throws Exception {
		String document = mvc.perform(get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Files.createDirectories(Path.of("target"));
		api = json.readTree(document);
		Files.writeString(Path.of("target/openapi.json"), json.writerWithDefaultPrettyPrinter().writeValueAsString(api),
				StandardCharsets.UTF_8);
	}

	@Test
	void namesItsPublisherVersionAndLicence() {
		JsonNode info = api.path("info");
		assertThat(info.path("title").asString()).contains("GovBuy");
		assertThat(info.path("version").asString()).isNotBlank().isNotEqualTo("v0");
		assertThat(info.path("license").path("name").asString()).isEqualTo("Apache License 2.0");
		assertThat(info.path("contact").path("url").asString()).startsWith("https://");
	}

	@Test
	void everyProtectedOperationTakesTheBearerToken() {
		assertThat(api.path("components").path("securitySchemes").path("bearerAuth").path("scheme").asString())
			.isEqualTo("bearer");
		List<String> unprotected = new ArrayList<>();
		operations().forEach((name, operation) -> {
			boolean open = name.contains(" /api/v1/public/") || name.endsWith(" /api/v1/auth/token");
			boolean secured = operation.path("security").toString().contains("bearerAuth");
			if (open == secured) {
				unprotected.add(name);
			}
		});
		assertThat(unprotected).as("operations whose security does not match the security configuration").isEmpty();
	}

	@Test
	void everyErrorAnswerIsAProblemWithItsViolations() {
		JsonNode problem = api.path("components").path("schemas").path("Problem").path("properties");
		assertThat(problem.has("violations")).isTrue();
		assertThat(problem.has("errors")).isTrue();
		List<String> untyped = new ArrayList<>();
		operations().forEach((name, operation) -> operation.path("responses").properties().forEach(response -> {
			if (response.getKey().startsWith("4") && !response.getValue()
				.path("content")
				.path("application/problem+json")
				.path("schema")
				.path("$ref")
				.asString()
				.endsWith("/Problem")) {
				untyped.add(name + " " + response.getKey());
			}
		}));
		assertThat(untyped).isEmpty();
		JsonNode protectedWrite = api.path("paths").path("/api/v1/plans").path("post").path("responses");
		assertThat(protectedWrite.has("401")).isTrue();
		assertThat(protectedWrite.has("403")).isTrue();
		assertThat(protectedWrite.has("422")).isTrue();
	}

	@Test
	void everyOperationSaysWhatItDoes() {
		List<String> unsummarized = new ArrayList<>();
		operations().forEach((name, operation) -> {
			if (operation.path("summary").asString("").isBlank()) {
				unsummarized.add(name);
			}
		});
		assertThat(unsummarized).isEmpty();
	}

	@Test
	void everyJsonRequestHasAnExampleAndEveryExampleBelongsToAnOperation() {
		List<String> without = new ArrayList<>();
		Map<String, JsonNode> operations = operations();
		operations.forEach((name, operation) -> {
			JsonNode body = operation.path("requestBody").path("content").path("application/json");
			if (!body.isMissingNode() && body.path("example").isMissingNode()) {
				without.add(name);
			}
		});
		assertThat(without).as("JSON request bodies without an example").isEmpty();
		JsonNode examples = json.readTree(getClass().getResourceAsStream("/openapi/request-examples.json"));
		for (String name : examples.propertyNames()) {
			JsonNode operation = operations.get(name);
			assertThat(operation).as("the operation of example %s", name).isNotNull();
			assertThat(operation.path("requestBody").path("content").has("application/json")).as("%s takes JSON", name)
				.isTrue();
		}
	}

	private Map<String, JsonNode> operations() {
		Map<String, JsonNode> operations = new java.util.TreeMap<>();
		api.path("paths")
			.properties()
			.forEach(path -> path.getValue()
				.properties()
				.forEach(method -> operations.put(method.getKey().toUpperCase() + " " + path.getKey(),
						method.getValue())));
		return operations;
	}

}
