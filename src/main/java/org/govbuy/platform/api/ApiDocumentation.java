package org.govbuy.platform.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1} as a client generator needs it: who publishes
 * it and which version, the bearer token every protected operation takes, and the
 * problem-details answers (RFC 9457) every operation may give — with the rule violations
 * of a 422 and the field errors of a 400 — instead of the untyped {@code *}{@code /*}
 * strings the exception handlers would otherwise document.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BEARER = "bearerAuth";

	static final String PROBLEM = "application/problem+json";

	static final String JSON = "application/json";

	static final String MULTIPART = "multipart/form-data";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Paths anyone may call; every other operation needs a bearer token. */
	static final List<String> PUBLIC_PREFIXES = List.of("/api/v1/public/", "/api/v1/auth/token");

	static {
		// A LocalDateTime (a deadline such as 2027-01-10T09:30) is Beijing wall-clock
		// time without an
		// offset, not an RFC 3339 date-time: documented as what it is, so examples and
		// clients agree.
		org.springdoc.core.utils.SpringDocUtils.getConfig()
			.replaceWithSchema(java.time.LocalDateTime.class,
					new StringSchema().pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$")
						.description("北京时间（不带时区），例如 2027-01-10T09:30")
						.example("2027-01-10T09:30"));
	}

	@Bean
	OpenAPI govBuyOpenApi(ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
		return new OpenAPI()
			.info(new Info().title("GovBuy 政府购买服务全流程管理平台 API")
				.version(version)
				.description("""
						政府购买服务全流程（指导性目录、年度计划与预算、采购、合同、履约、验收与支付）的 JSON 接口。\
						除 `/api/v1/public/**` 与 `POST /api/v1/auth/token` 外，所有接口都须携带 \
						`Authorization: Bearer <令牌>`；令牌由 `POST /api/v1/auth/token` 以用户名和密码换取，8 小时有效。\
						错误以 RFC 9457 问题详情（`application/problem+json`）答复：400 列出字段错误 `errors`，\
						422 列出违反的规则 `violations`（规则编号、依据条款、中文说明）。""")
				.contact(new Contact().name("GovBuy 开源项目").url("https://github.com/govbuy/govbuy"))
				.license(new License().name("Apache License 2.0")
					.identifier("Apache-2.0")
					.url("https://www.apache.org/licenses/LICENSE-2.0")))
			.servers(List.of(new Server().url("/").description("当前部署")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("JWT")
						.description("POST /api/v1/auth/token 换取的访问令牌")));
	}

	/**
	 * Puts the bearer requirement on every protected operation and replaces the error
	 * answers the exception handlers contribute with problem details.
	 */
	@Bean
	OpenApiCustomizer problemAnswers() {
		return api -> {
			if (api.getPaths() == null) {
				return;
			}
			api.getComponents()
				.addSchemas("Violation", violation())
				.addSchemas("FieldError", fieldError())
				.addSchemas("Problem", problem());
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean open = PUBLIC_PREFIXES.stream().anyMatch(path::startsWith);
				// An empty requirement: anyone may call it.
				operation
					.setSecurity(List.of(open ? new SecurityRequirement() : new SecurityRequirement().addList(BEARER)));
				describeFiles(operation, path);
				document(operation, method, path.contains("{"), open);
			}));
		};
	}

	/**
	 * Uploads are multipart forms and downloads are files of their own type, not JSON
	 * strings of bytes.
	 */
	private static void describeFiles(Operation operation, String path) {
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
			Content body = operation.getRequestBody().getContent();
			MediaType json = body.get(JSON);
			if (json != null && json.getSchema() != null && String.valueOf(json.getSchema()).contains("binary")) {
				body.remove(JSON);
				body.addMediaType(MULTIPART, json);
			}
		}
		if (operation.getResponses() == null) {
			return;
		}
		operation.getResponses().forEach((code, response) -> {
			MediaType json = response.getContent() == null ? null : response.getContent().get(JSON);
			if (code.startsWith("2") && json != null && json.getSchema() != null
					&& "byte".equals(json.getSchema().getFormat())) {
				response.setContent(new Content().addMediaType(fileType(path),
						new MediaType().schema(new StringSchema().format("binary"))));
			}
		});
	}

	private static String fileType(String path) {
		if (path.endsWith("/pdf") || path.endsWith(".pdf")) {
			return "application/pdf";
		}
		if (path.endsWith(".xlsx") || path.endsWith("/export") || path.endsWith("/template")) {
			return XLSX;
		}
		return "application/octet-stream";
	}

	private static void document(Operation operation, PathItem.HttpMethod method, boolean addressed, boolean open) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		Map<String, ApiResponse> answers = new LinkedHashMap<>();
		responses.forEach((code, response) -> {
			if (!code.startsWith("4") && !code.startsWith("5")) {
				answers.put(code, response);
			}
		});
		boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		answers.put("400", problem("请求有误：字段错误见 errors"));
		if (!open) {
			answers.put("401", problem("未认证：缺少或无效的访问令牌"));
			answers.put("403", problem("无权访问：角色或数据范围不允许"));
		}
		if (addressed) {
			answers.put("404", problem("不存在，或不在当前用户的数据范围内"));
		}
		if (writes) {
			answers.put("409", problem("与当前状态冲突（例如已被他人处理），请刷新后重试"));
			answers.put("422", problem("违反规则：violations 列出规则编号、依据和说明"));
		}
		ApiResponses documented = new ApiResponses();
		answers.forEach(documented::addApiResponse);
		operation.setResponses(documented);
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))));
	}

	private static Schema<?> problem() {
		return new ObjectSchema().description("RFC 9457 问题详情")
			.addProperty("type", new StringSchema().description("问题类型 URI").example("about:blank"))
			.addProperty("title", new StringSchema().description("问题的简短标题").example("违反规则"))
			.addProperty("status", new IntegerSchema().description("HTTP 状态码").example(422))
			.addProperty("detail", new StringSchema().description("给用户看的中文说明"))
			.addProperty("instance", new StringSchema().description("出错的请求路径"))
			.addProperty("violations",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/Violation"))
						.description("422：违反的规则"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))
				.description("400：有误的字段"));
	}

	private static Schema<?> violation() {
		return new ObjectSchema().description("一条被违反的规则")
			.addProperty("rule", new StringSchema().description("规则编号").example("MOF102-10-3"))
			.addProperty("citation", new StringSchema().description("依据（文件与条款）").example("《政府购买服务管理办法》第十条第三项"))
			.addProperty("message", new StringSchema().description("中文说明"))
			.required(List.of("rule", "citation", "message"));
	}

	private static Schema<?> fieldError() {
		return new ObjectSchema().description("一个有误的字段")
			.addProperty("field", new StringSchema().description("字段名").example("amount"))
			.addProperty("message", new StringSchema().description("中文说明").example("请填写金额"))
			.required(List.of("field", "message"));
	}

}
