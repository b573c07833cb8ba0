package org.govbuy.platform;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts, organizations, parameters and the calendar through the API, within data
 * scopes.
 */
@IntegrationTest
class PlatformApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void purchaserClerkCannotReadAnotherPurchasersData() throws Exception {
		String buyer = ApiClient.bearer(mvc, "buyer.mzj");
		mvc.perform(get("/api/v1/organizations/" + organization("博山区卫生健康局")).header("Authorization", buyer))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/users/" + user("buyer.boshan")).header("Authorization", buyer))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/organizations/" + organization("淄博市民政局")).header("Authorization", buyer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("淄博市民政局"));
		mvc.perform(get("/api/v1/organizations").header("Authorization", buyer))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void cityFinanceSeesItsCountiesButNotAnotherCity() throws Exception {
		String jinanBureau = register("济南市历下区教育和体育局", "370102");
		String finance = ApiClient.bearer(mvc, "finance.zibo");
		mvc.perform(get("/api/v1/organizations/" + organization("博山区卫生健康局")).header("Authorization", finance))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/organizations/" + jinanBureau).header("Authorization", finance))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAPublicWelfareClassOneInstitutionAsPurchaserWithRuleMOF102_8() throws Exception {
		mvc.perform(post("/api/v1/organizations").header("Authorization", ApiClient.bearer(mvc, "admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"name":"淄博市中心医院","kind":"PURCHASER","purchaserType":"PUBLIC_WELFARE_CLASS_ONE","region":"370300"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF102-8"))
			.andExpect(jsonPath("$.violations[0].citation").value("《政府购买服务管理办法》（财政部令第102号）第八条"));
	}

	@Test
	void administratorCreatesAUserThatIsListedAndAudited() throws Exception {
		String admin = ApiClient.bearer(mvc, "admin");
		mvc.perform(post("/api/v1/users").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"username":"api.created","displayName":"接口创建","organizationId":"%s","roles":["PURCHASER_CLERK"],"password":"Strong@2026"}"""
						.formatted(organization("淄博市民政局"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.username").value("api.created"));
		mvc.perform(get("/api/v1/users").param("q", "api.created").header("Authorization", admin))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/audit").param("action", "user.create")
			.param("entityId", user("api.created").toString())
			.header("Authorization", admin))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].actor").value("admin"));
	}

	@Test
	void explainsAWeakPasswordAndAMismatchedRoleAsFieldErrors() throws Exception {
		String admin = ApiClient.bearer(mvc, "admin");
		mvc.perform(post("/api/v1/users").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"username":"weak.one","displayName":"弱密码","organizationId":"%s","roles":["PURCHASER_CLERK"],"password":"abcdefgh"}"""
						.formatted(organization("淄博市民政局"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(post("/api/v1/users").header("Authorization", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"username":"wrong.role","displayName":"错配","organizationId":"%s","roles":["FINANCE_REVIEWER"],"password":"Strong@2026"}"""
						.formatted(organization("淄博市民政局"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
	}

	@Test
	void onlyAdministratorsManageUsers() throws Exception {
		mvc.perform(
				post("/api/v1/users").header("Authorization", ApiClient.bearer(mvc, "buyer.mzj"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"username\":\"x.y\",\"displayName\":\"x\",\"organizationId\":\"" + UUID.randomUUID()
							+ "\",\"roles\":[\"ADMIN\"],\"password\":\"Strong@2026\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void countsWorkingDaysAcrossNationalDay() throws Exception {
		// 2026-09-30 + 5 working days: 10月1日–7日 off, 10月8日, 9日, 10日 (make-up Saturday),
		// 12日, 13日.
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2026-09-30")
			.param("add", "5")
			.header("Authorization", ApiClient.bearer(mvc, "finance.zibo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-10-13"))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "2027-03-01")
			.param("add", "1")
			.header("Authorization", ApiClient.bearer(mvc, "finance.zibo")))
			.andExpect(jsonPath("$.provisional").value(true));
		mvc.perform(get("/api/v1/calendar/working-days").param("from", "not-a-date")
			.param("add", "1")
			.header("Authorization", ApiClient.bearer(mvc, "finance.zibo"))).andExpect(status().isBadRequest());
	}

	@Test
	void aCityParameterIsInheritedByItsCountiesOnly() throws Exception {
		mvc.perform(post("/api/v1/parameters").header("Authorization", ApiClient.bearer(mvc, "reviewer.zibo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"region":"370300","parameter":"PAYMENT_TERM_DAYS","value":"45","effectiveFrom":"2026-01-01","basis":"淄财采〔2026〕1号"}"""))
			.andExpect(status().isCreated());
		String finance = ApiClient.bearer(mvc, "finance.zibo");
		mvc.perform(get("/api/v1/parameters").param("region", "370304")
			.param("date", "2026-06-01")
			.header("Authorization", finance))
			.andExpect(jsonPath("$[?(@.parameter == 'PAYMENT_TERM_DAYS')].value").value("45"))
			.andExpect(jsonPath("$[?(@.parameter == 'PAYMENT_TERM_DAYS')].setBy").value("370300"));
		mvc.perform(get("/api/v1/parameters").param("region", "370102")
			.param("date", "2026-06-01")
			.header("Authorization", finance))
			.andExpect(jsonPath("$[?(@.parameter == 'PAYMENT_TERM_DAYS')].value").value("30"));
		mvc.perform(get("/api/v1/parameters").param("region", "370304")
			.param("date", "2025-12-31")
			.header("Authorization", finance))
			.andExpect(jsonPath("$[?(@.parameter == 'PAYMENT_TERM_DAYS')].value").value("30"));
		// Another city's finance cannot set 淄博's values; a term beyond 60 days is
		// refused.
		mvc.perform(post("/api/v1/parameters").header("Authorization", ApiClient.bearer(mvc, "reviewer.zibo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"region":"370300","parameter":"PAYMENT_TERM_DAYS","value":"90","effectiveFrom":"2026-02-01"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
		mvc.perform(post("/api/v1/parameters").header("Authorization", ApiClient.bearer(mvc, "reviewer.zibo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"region":"370100","parameter":"PAYMENT_TERM_DAYS","value":"40","effectiveFrom":"2026-02-01"}"""))
			.andExpect(status().isForbidden());
	}

	private String register(String name, String region) throws Exception {
		String body = mvc
			.perform(post("/api/v1/organizations").header("Authorization", ApiClient.bearer(mvc, "admin"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name
						+ "\",\"kind\":\"PURCHASER\",\"purchaserType\":\"ADMINISTRATIVE_ORGAN\",\"region\":\"" + region
						+ "\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		if (body.contains("\"id\"")) {
			return com.jayway.jsonpath.JsonPath.read(body, "$.id");
		}
		return organization(name).toString();
	}

	private UUID organization(String name) {
		return jdbc.sql("select id from platform.organization where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	private UUID user(String username) {
		return jdbc.sql("select id from platform.app_user where username = :u")
			.param("u", username)
			.query(UUID.class)
			.single();
	}

}
