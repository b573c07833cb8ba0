package org.govbuy.platform.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import io.swagger.v3.oas.models.media.MediaType;
import org.springdoc.core.customizers.OpenApiCustomizer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * An example body for every operation that takes JSON, kept in
 * {@code openapi/request-examples.json} by "METHOD path" — the same bodies the API guides
 * in {@code docs/api} show — so a client developer sees a valid request beside each
 * schema (Redocly checks them against their schemas).
 */
@Configuration(proxyBeanMethods = false)
class RequestExamples {

	static final String RESOURCE = "openapi/request-examples.json";

	@Bean
	OpenApiCustomizer requestBodyExamples(JsonMapper json) {
		Map<String, Object> examples = load(json);
		return api -> {
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				Object example = examples.get(method.name() + " " + path);
				if (example == null || operation.getRequestBody() == null
						|| operation.getRequestBody().getContent() == null) {
					return;
				}
				MediaType body = operation.getRequestBody().getContent().get(ApiDocumentation.JSON);
				if (body != null) {
					body.setExample(example);
				}
			}));
		};
	}

	static Map<String, Object> load(JsonMapper json) {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return json.readValue(in, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
