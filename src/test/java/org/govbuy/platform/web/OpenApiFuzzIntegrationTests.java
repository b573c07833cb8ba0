package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;

/**
 * Every operation of the OpenAPI document, called by an administrator and by an ordinary
 * purchaser with NUL bytes in each path, query and header parameter and in every string
 * of its JSON body, with 10,000-character strings, with a wrong Content-Type and with a
 * wrong Accept: none answers with a server error.
 */
@IntegrationTest
class OpenApiFuzzIntegrationTests {

	static final String NUL = "a\u0000b";

	static final String LONG = "长".repeat(10_000);

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	JsonNode components;

	static final Pattern ID = Pattern
		.compile("\"id\"\\s*:\\s*\"([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\"");

	final Map<String, String> ids = new HashMap<>();

	final Map<String, String> callers = new LinkedHashMap<>();

	String caller;

	final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

	final Map<String, Integer> unauthenticated = new java.util.TreeMap<>();

	@Test
	void noOperationAnswersMalformedInputWithAServerError() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode api = json.readTree(docs);
		components = api.path("components").path("schemas");
		callers.put("admin", ApiClient.bearer(mvc, "admin"));
		callers.put("buyer.mzj", ApiClient.bearer(mvc, "buyer.mzj"));

		List<String> failures = new ArrayList<>();
		int requests = 0;
		// Commands that could disable or re-role the callers themselves go last.
		List<Map.Entry<String, JsonNode>> paths = new ArrayList<>(api.path("paths").properties());
		paths.sort(java.util.Comparator.comparing(path -> path.getKey().matches(".*/(disable|roles|password-reset)$")));
		for (Map.Entry<String, JsonNode> path : paths) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (!List.of("get", "post", "put", "patch", "delete").contains(operation.getKey())) {
					continue;
				}
				HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
				for (Map.Entry<String, String> as : callers.entrySet()) {
					caller = as.getKey();
					for (Case fuzz : cases(path.getKey(), path.getValue(), operation.getValue())) {
						requests++;
						String answer = send(method, fuzz, as.getValue());
						if (answer != null) {
							failures
								.add(method + " " + path.getKey() + " " + fuzz.url().replaceAll("%00|(%E9%95%BF)+", "…")
										+ " [" + fuzz.name() + ", " + caller + "] → " + answer);
						}
					}
				}
			}
		}
		System.out.println("OpenAPI fuzz: " + requests + " requests, answers by status " + statuses + ", 401 by caller "
				+ unauthenticated);
		assertThat(requests).as("fuzzed requests").isGreaterThan(200);
		assertThat(failures).as("operations answering 5xx").isEmpty();
	}

	/**
	 * Null when the answer is not a server error, else its status and the start of its
	 * body.
	 */
	String send(HttpMethod method, Case fuzz, String token) {
		try {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(fuzz.url()))
				.header("Authorization", token);
			fuzz.setup().accept(request);
			MvcResult result = mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			statuses.merge(status, 1, Integer::sum);
			if (status == 401) {
				unauthenticated.merge(caller, 1, Integer::sum);
			}
			if (status < 500) {
				return null;
			}
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			return status + " " + body.substring(0, Math.min(body.length(), 200));
		}
		catch (Exception unhandled) {
			Throwable cause = unhandled;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			return "500 (unhandled) " + cause;
		}
	}

	record Case(String name, String url, Consumer<MockHttpServletRequestBuilder> setup) {
	}

	List<Case> cases(String template, JsonNode pathItem, JsonNode operation) {
		List<JsonNode> parameters = new ArrayList<>();
		pathItem.path("parameters").forEach(parameters::add);
		operation.path("parameters").forEach(parameters::add);
		List<Case> cases = new ArrayList<>();
		JsonNode body = operation.path("requestBody").path("content");
		JsonNode jsonBody = body.path("application/json").path("schema");
		boolean hasJson = !jsonBody.isMissingNode();
		boolean hasBody = !body.isMissingNode();
		String normalBody = hasJson ? json.writeValueAsString(sample(jsonBody, Mode.NORMAL, 0)) : null;
		Consumer<MockHttpServletRequestBuilder> normal = request -> {
			if (normalBody != null) {
				request.contentType(MediaType.APPLICATION_JSON).content(normalBody);
			}
		};

		for (JsonNode parameter : parameters) {
			String name = parameter.path("name").asString();
			String in = parameter.path("in").asString();
			for (Mode mode : new Mode[] { Mode.NUL, Mode.LONG }) {
				String value = mode == Mode.NUL ? NUL : LONG;
				switch (in) {
					case "path" -> cases.add(new Case(mode + " in path " + name,
							url(template, parameters, Map.of(name, value)), normal));
					case "query" -> cases.add(new Case(mode + " in query " + name, url(template, parameters, Map.of()),
							normal.andThen(request -> request.param(name, value))));
					case "header" -> {
						if (mode == Mode.NUL && !name.equalsIgnoreCase("Authorization")) {
							cases.add(new Case("NUL in header " + name, url(template, parameters, Map.of()),
									normal.andThen(request -> request.header(name, value))));
						}
					}
					default -> {
					}
				}
			}
		}
		String url = url(template, parameters, Map.of());
		if (hasJson) {
			for (Mode mode : new Mode[] { Mode.NUL, Mode.LONG }) {
				String content = json.writeValueAsString(sample(jsonBody, mode, 0));
				cases.add(new Case(mode + " in every JSON string", url,
						request -> request.contentType(MediaType.APPLICATION_JSON).content(content)));
			}
		}
		if (hasBody) {
			cases.add(new Case("wrong Content-Type", url,
					request -> request.contentType(MediaType.APPLICATION_XML).content("<x/>")));
		}
		cases.add(new Case("wrong Accept", url, normal.andThen(request -> request.accept("application/x-unknown"))));
		cases.add(new Case("garbage Accept", url, normal.andThen(request -> request.header("Accept", "}{"))));
		return cases;
	}

	/**
	 * The URL with path parameters filled (the given ones as given), encoded. A UUID
	 * parameter takes the first id its collection lists (GET of the path before it), so
	 * commands reach real records instead of stopping at 404.
	 */
	String url(String template, List<JsonNode> parameters, Map<String, String> given) {
		String url = template;
		for (JsonNode parameter : parameters) {
			if (!"path".equals(parameter.path("in").asString())) {
				continue;
			}
			String name = parameter.path("name").asString();
			String value = given.get(name);
			if (value == null) {
				String prefix = url.substring(0, url.indexOf("{" + name + "}"));
				String known = "uuid".equals(parameter.path("schema").path("format").asString(""))
						? firstId(prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix) : null;
				value = known != null ? known : normalScalar(parameter.path("schema"));
			}
			url = url.replace("{" + name + "}", UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
		}
		return url;
	}

	/** The first id the collection at a path lists to the current caller, or null. */
	String firstId(String collection) {
		if (collection.contains("{")) {
			return null;
		}
		return ids.computeIfAbsent(caller + " " + collection, key -> {
			try {
				String body = mvc.perform(get(collection).header("Authorization", callers.get(caller)))
					.andReturn()
					.getResponse()
					.getContentAsString(StandardCharsets.UTF_8);
				Matcher id = ID.matcher(body);
				return id.find() ? id.group(1) : "";
			}
			catch (Exception ex) {
				return "";
			}
		}).transform(id -> id.isEmpty() ? null : id);
	}

	enum Mode {

		NORMAL, NUL, LONG

	}

	JsonNode sample(JsonNode schema, Mode mode, int depth) {
		if (schema.has("$ref")) {
			String ref = schema.path("$ref").asString();
			return depth > 5 ? NODES.nullNode()
					: sample(components.path(ref.substring(ref.lastIndexOf('/') + 1)), mode, depth + 1);
		}
		for (String choice : new String[] { "oneOf", "anyOf" }) {
			if (schema.has(choice)) {
				return sample(schema.path(choice).get(0), mode, depth + 1);
			}
		}
		if (schema.has("allOf")) {
			ObjectNode merged = NODES.objectNode();
			for (JsonNode part : schema.path("allOf")) {
				JsonNode value = sample(part, mode, depth + 1);
				if (value instanceof ObjectNode object) {
					merged.setAll(object);
				}
			}
			return merged;
		}
		String type = schema.path("type").asString("");
		if (type.isEmpty() && schema.has("properties")) {
			type = "object";
		}
		switch (type) {
			case "object" -> {
				ObjectNode object = NODES.objectNode();
				if (depth > 5) {
					return object;
				}
				for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
					object.set(property.getKey(), sample(property.getValue(), mode, depth + 1));
				}
				if (schema.path("additionalProperties").isObject() && !schema.has("properties")) {
					object.set("key", sample(schema.path("additionalProperties"), mode, depth + 1));
				}
				return object;
			}
			case "array" -> {
				ArrayNode array = NODES.arrayNode();
				array.add(sample(schema.path("items"), mode, depth + 1));
				return array;
			}
			case "integer" -> {
				return NODES.numberNode(1);
			}
			case "number" -> {
				return NODES.numberNode(100);
			}
			case "boolean" -> {
				return NODES.booleanNode(true);
			}
			case "string" -> {
				return NODES.stringNode(mode == Mode.NUL ? NUL : mode == Mode.LONG ? LONG : normalScalar(schema));
			}
			default -> {
				return mode == Mode.NORMAL ? NODES.stringNode("x") : NODES.stringNode(mode == Mode.NUL ? NUL : LONG);
			}
		}
	}

	static String normalScalar(JsonNode schema) {
		if (schema.has("enum")) {
			return schema.path("enum").get(0).asString();
		}
		String format = schema.path("format").asString("");
		return switch (format) {
			case "uuid" -> java.util.UUID.randomUUID().toString();
			case "date" -> "2027-01-01";
			case "date-time" -> "2027-01-01T00:00:00Z";
			case "int32", "int64" -> "1";
			default -> "integer".equals(schema.path("type").asString("")) ? "1" : "x";
		};
	}

}
