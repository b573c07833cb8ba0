package org.govbuy.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Errors are answers: a user's mistake — a refused rule on a page form, a NUL byte, an
 * over-long value, a wrong Content-Type or Accept, an unknown path or method — is told in
 * Chinese with its 4xx status, never a 500 and never the framework's English.
 */
@IntegrationTest
class ErrorAnswersIntegrationTests {

	static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	void aRuleRefusalOnAPageFormShowsTheRuleOnThePageAfterTheRedirect() throws Exception {
		// The flash lives in the JDBC session: the violations must survive serialization.
		String contracts = ApiCaller.as(mvc, "buyer.mzj")
			.get("/api/v1/contracts")
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> signed = JsonPath.read(contracts, "$[?(@.status == 'SIGNED')]");
		assertThat(signed).isNotEmpty();
		String id = (String) signed.get(0).get("id");
		LocalDate ends = LocalDate.parse((String) signed.get(0).get("endsOn"));
		Authentication buyer = login("buyer.mzj");

		MvcResult refused = mvc
			.perform(post("/contracts/" + id + "/renew").with(authentication(buyer))
				.with(csrf())
				.param("amount", "100000")
				.param("startsOn", ends.plusDays(1).toString())
				.param("endsOn", ends.plusYears(1).toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie session = refused.getResponse().getCookie("SESSION");
		assertThat(session).as("the session holding the flash").isNotNull();

		String page = mvc.perform(get("/contracts/" + id).with(authentication(buyer)).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("该操作违反以下规则", "LCC2022-14-34", "续签期间无预算保障");
	}

	@Test
	void aNulByteInAQueryParameterIs400NamingTheParameter() throws Exception {
		mvc.perform(get("/api/v1/public/intentions").param("region", "37\u00000300"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("输入有误"))
			.andExpect(jsonPath("$.detail").value("参数 region 含有不允许的控制字符"));
	}

	@Test
	void aNulByteInAPageFormFieldIs400WithAChineseMessage() throws Exception {
		MvcResult result = mvc
			.perform(
					post("/contracts").with(authentication(login("buyer.mzj"))).with(csrf()).param("title", "合同\u0000"))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(result.getResponse().getErrorMessage()).isEqualTo("参数 title 含有不允许的控制字符");
	}

	@Test
	void aNulByteInAJsonStringIs400NamingTheField() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"admin\\u0000\",\"password\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.detail").value("字段 username 含有不允许的控制字符"))
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void tabsAndLineBreaksInTextAreStillAccepted() throws Exception {
		mvc.perform(get("/api/v1/public/intentions").param("region", "37\t03\r\n00")).andExpect(status().isOk());
	}

	@Test
	void anOverLongUserNameIsARefusedLoginNotA500() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + "x".repeat(10_000) + "\",\"password\":\"x\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aValueLongerThanItsColumnIs400NotA500() throws Exception {
		ApiCaller buyer = ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市民政局", "370300"));
		String plan = JsonPath.read(buyer.post("/api/v1/plans", "{\"fiscalYear\":2027}")
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
		buyer
			.post("/api/v1/plans/" + plan + "/lines",
					"""
							{"projectName":"%s","catalogCode":"A040101","serviceContent":"上门服务","amount":100000,
							 "fundingSource":"DEPARTMENT_BUDGET","targets":[{"category":"OUTPUT","indicator":"服务人数","target":"≥500人"}]}"""
						.formatted("长".repeat(10_000)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("输入有误"));
	}

	@Test
	void anUploadWithoutMultipartIs400InChinese() throws Exception {
		ApiCaller.as(mvc, "admin")
			.post("/api/v1/providers/rosters/REGISTERED_SOCIAL_ORGANIZATIONS", "{}")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("请以 multipart/form-data 上传文件")));
	}

	@Test
	void anUnsupportedContentTypeIs415InChinese() throws Exception {
		mvc.perform(post("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("admin"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("不支持的内容类型"));
	}

	@Test
	void anUnacceptableAcceptIs406InChinese() throws Exception {
		mvc.perform(get("/api/v1/public/intentions").accept(MediaType.valueOf("text/csv")))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("无法提供所需格式"));
	}

	@Test
	void anUnknownApiPathIs404InChinese() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing").header("Authorization", ApiClient.bearer(mvc, "admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("未找到"))
			.andExpect(jsonPath("$.detail").value("没有这个页面或接口"));
	}

	@Test
	void aWrongMethodIs405InChinese() throws Exception {
		mvc.perform(delete("/api/v1/public/intentions"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("方法不支持"))
			.andExpect(jsonPath("$.detail").value("该地址不支持 DELETE 请求，可用：GET"));
	}

	@Test
	void anUnknownPageIs404WithAChineseErrorPage() throws Exception {
		MvcResult result = mvc.perform(get("/no-such-page").with(authentication(login("buyer.mzj"))))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(result.getResponse().getErrorMessage()).isEqualTo("没有这个页面或接口");

		String page = mvc
			.perform(get("/error").with(authentication(login("buyer.mzj")))
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page")
				.requestAttr(RequestDispatcher.ERROR_MESSAGE, "没有这个页面或接口"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("未找到", "没有这个页面或接口", "返回首页");
		mvc.perform(get("/error")).andExpect(status().isNotFound());
	}

	@Test
	void whatNeverReachedAControllerIsAChineseProblemForTheApi() throws Exception {
		// E.g. the firewall's refusal of an encoded NUL in the path, answered through
		// /error.
		mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/contracts/%00")
			.requestAttr(RequestDispatcher.ERROR_MESSAGE, "The request was rejected because the URL contained %00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.title").value("输入有误"))
			.andExpect(jsonPath("$.detail").value("请求中含有不正确的格式或不允许的字符"));
	}

	Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

}
