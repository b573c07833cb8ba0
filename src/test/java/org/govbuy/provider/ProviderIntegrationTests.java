package org.govbuy.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Registration, rosters that block and unblock, debarments that end by themselves, data
 * scope.
 */
@IntegrationTest
class ProviderIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ProviderEligibility eligibility;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void refusesACreditCodeWithAWrongCheckDigitRuleGB32100_4() throws Exception {
		mvc.perform(post("/api/v1/public/providers").contentType(MediaType.APPLICATION_JSON)
			.content(registration("91350100M000100Y44", "SOCIAL_ORGANIZATION_REGISTERED", "wrong.code")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("GB32100-4"))
			.andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString("校验位")));
	}

	@Test
	void refusesAPublicWelfareClassOneInstitutionRuleMOF102_8_P() throws Exception {
		mvc.perform(post("/api/v1/public/providers").contentType(MediaType.APPLICATION_JSON)
			.content(registration("91350100M000100Y43", "PUBLIC_WELFARE_CLASS_ONE", "class.one")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF102-8-P"));
	}

	@Test
	void aProviderOnAnImportedSeriousViolationListCannotBidUntilItLeavesTheListRuleCK2016_125() throws Exception {
		UUID provider = providerId("淄博康养物业管理有限公司");
		String code = creditCode(provider);
		String regulator = ApiClient.bearer(mvc, "regulator.zibo");
		assertThat(eligibility.check(provider, LocalDate.now(clock)).eligible()).isTrue();

		String listed = "统一社会信用代码,名称,列入日期,原因\n" + code + ",淄博康养物业管理有限公司,2026-11-01,未按期履行行政处罚\n";
		mvc.perform(multipart("/api/v1/providers/rosters/SERIOUS_VIOLATIONS")
			.file(new MockMultipartFile("file", "严重违法失信名单.csv", "text/csv", listed.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", regulator)).andExpect(status().isOk()).andExpect(jsonPath("$.rows").value(1));
		ProviderEligibility.Decision blocked = eligibility.check(provider, LocalDate.now(clock));
		assertThat(blocked.eligible()).isFalse();
		assertThat(blocked.violations()).anySatisfy(v -> {
			assertThat(v.rule()).isEqualTo("CK2016-125");
			assertThat(v.message()).contains("严重违法失信名单").contains("2026-11-01");
		});
		mvc.perform(get("/api/v1/providers/" + provider + "/eligibility").header("Authorization",
				ApiClient.bearer(mvc, "finance.zibo")))
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.violations[0].rule").value("CK2016-125"));
		jakarta.servlet.http.Cookie reviewer = mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user("reviewer.zibo")
				.password(ApiClient.DEMO_PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		mvc.perform(get("/provider/reviews/" + provider).cookie(reviewer))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("严重违法失信名单"),
						org.hamcrest.Matchers.containsString("CK2016-125"))));

		String removed = "统一社会信用代码,名称,列入日期,原因\n";
		mvc.perform(multipart("/api/v1/providers/rosters/SERIOUS_VIOLATIONS")
			.file(new MockMultipartFile("file", "严重违法失信名单-更新.csv", "text/csv",
					removed.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", regulator)).andExpect(status().isOk());
		assertThat(eligibility.check(provider, LocalDate.now(clock)).eligible()).isTrue();
	}

	@Test
	void reportsEveryBadRosterRowAndStoresNothing() throws Exception {
		String file = "统一社会信用代码,名称,列入日期,原因\n91350100M000100Y44,甲,2026-11-01,x\n91350100M000100Y43,,2026-13-01,y\n";
		mvc.perform(multipart("/api/v1/providers/rosters/DISHONEST_DEBTORS")
			.file(new MockMultipartFile("file", "失信被执行人.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", ApiClient.bearer(mvc, "regulator.zibo")))
			.andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[1].column").value("名称"));
		assertThat(jdbc.sql("select count(*) from provider.roster_entry where kind = 'DISHONEST_DEBTORS'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aDebarmentEndsOnItsEndDateWithNoOneActingRuleGPL_77() throws Exception {
		UUID provider = providerId("张店区乐龄社工服务社");
		LocalDate today = LocalDate.now(clock);
		mvc.perform(post("/api/v1/providers/" + provider + "/debarments")
			.header("Authorization", ApiClient.bearer(mvc, "auditor.zibo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"basis\":\"DEBARMENT\",\"reason\":\"恶意串通\",\"startsOn\":\"" + today + "\",\"endsOn\":\""
					+ today.plusYears(1) + "\"}"))
			.andExpect(status().isCreated());
		assertThat(eligibility.check(provider, LocalDate.now(clock)).violations()).extracting(v -> v.rule())
			.contains("GPL-77");
		clock.advance(Duration.ofDays(366));
		assertThat(eligibility.check(provider, LocalDate.now(clock)).violations()).extracting(v -> v.rule())
			.doesNotContain("GPL-77");
	}

	@Test
	void expiredEvidenceSuspendsAndEvidenceAboutToExpireIsFlagged() {
		UUID provider = providerId("淄博信和软件有限公司");
		assertThat(eligibility.check(provider, LocalDate.now(clock)).warnings()).extracting(v -> v.rule())
			.contains("GPL-22-EXP");
		assertThat(eligibility.check(provider, LocalDate.now(clock)).eligible()).isTrue();
		assertThat(eligibility.check(provider, LocalDate.now(clock).plusDays(40)).violations())
			.extracting(v -> v.rule())
			.contains("GPL-22-EXP");
	}

	@Test
	void aProviderSeesOnlyItselfAndRelatedPartiesAreFoundRuleGPLR_18() throws Exception {
		UUID other = providerId("张店区乐龄社工服务社");
		mvc.perform(get("/api/v1/providers/" + other).header("Authorization", ApiClient.bearer(mvc, "provider.demo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/providers").header("Authorization", ApiClient.bearer(mvc, "provider.demo")))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].bankAccountMasked").value(org.hamcrest.Matchers.startsWith("**** ")));
		assertThat(eligibility.related(providerId("淄博洁美保洁服务有限公司"), providerId("淄博安心护理服务有限公司"))).isTrue();
		assertThat(eligibility.related(providerId("淄博洁美保洁服务有限公司"), other)).isFalse();
	}

	@Test
	void refusesToSubmitBeforeEveryConditionIsDeclaredAndProvenRuleGPL_22() throws Exception {
		String code = org.govbuy.shared.UnifiedSocialCreditCode.withCheckDigit("52370303MJ0000077");
		mvc.perform(post("/api/v1/public/providers").contentType(MediaType.APPLICATION_JSON)
			.content(registration(code, "SOCIAL_ORGANIZATION_REGISTERED", "submit.early")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(post("/api/v1/providers/me/submit").header("Authorization", "Bearer " + tokenOf("submit.early")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[0].rule").value("GPL-22"))
			.andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString("未声明")));
	}

	private String tokenOf(String username) throws Exception {
		String body = mvc
			.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"password\":\"Strong@2026\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return com.jayway.jsonpath.JsonPath.read(body, "$.token");
	}

	private String registration(String code, String type, String username) {
		return """
				{"name":"测试承接主体%s","type":"%s","creditCode":"%s","region":"370303","legalRepresentative":"张三",
				 "contactName":"张三","contactPhone":"0533-1234567","username":"%s","password":"Strong@2026"}"""
			.formatted(username, type, code, username);
	}

	private UUID providerId(String name) {
		return jdbc.sql("select id from provider.provider where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	private String creditCode(UUID id) {
		return jdbc.sql("select credit_code from provider.provider where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

}
