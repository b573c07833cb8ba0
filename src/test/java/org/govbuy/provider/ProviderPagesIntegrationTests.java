package org.govbuy.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.PageSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The provider pages take their input as forms: a refused command shows the page again
 * with the input and the reason, and changes nothing.
 */
@IntegrationTest
class ProviderPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registrationShowsFieldErrorsAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/portal/providers/register").with(csrf())
			.param("name", "")
			.param("type", "ENTERPRISE")
			.param("creditCode", "")
			.param("region", "370303")
			.param("contactName", "吴红梅")
			.param("username", "page.register"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写单位名称")))
			.andExpect(content().string(containsString("请填写统一社会信用代码")))
			.andExpect(content().string(containsString("value=\"吴红梅\"")));
	}

	@Test
	void aValueThatIsNotOneOfTheChoicesIsAFieldErrorNotAServerError() throws Exception {
		mvc.perform(post("/portal/providers/register").with(csrf())
			.param("name", "某单位")
			.param("type", "NO_SUCH_TYPE")
			.param("region", "370303")).andExpect(status().isOk()).andExpect(content().string(containsString("格式不正确")));
		UUID provider = providerId("淄博康养物业管理有限公司");
		mvc.perform(post("/provider/reviews/" + provider + "/debarments").cookie(signIn("reviewer.zibo"))
			.with(csrf())
			.param("basis", "NO_SUCH_RULE")
			.param("reason", "提供虚假材料")
			.param("startsOn", "2026-01-01")
			.param("endsOn", "2029-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("格式不正确")));
	}

	@Test
	void registrationShowsTheViolatedRuleRuleMOF102_8_P() throws Exception {
		mvc.perform(post("/portal/providers/register").with(csrf())
			.param("name", "某一类事业单位")
			.param("type", "PUBLIC_WELFARE_CLASS_ONE")
			.param("creditCode", "91350100M000100Y43")
			.param("region", "370303")
			.param("legalRepresentative", "张三")
			.param("contactName", "张三")
			.param("contactPhone", "0533-2288000")
			.param("username", "page.classone")
			.param("password", ApiClient.DEMO_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("MOF102-8-P")));
	}

	@Test
	void aDeclarationWithoutItsExpiryDateIsShownAgainWithTheReason() throws Exception {
		Cookie provider = signIn("provider.wang");
		mvc.perform(multipart("/provider/items/CREDIT").cookie(provider)
			.with(csrf())
			.param("declared", "true")
			.param("statement", "信用中国无记录"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("须填写有效期")))
			.andExpect(content().string(containsString("value=\"信用中国无记录\"")));
		mvc.perform(multipart("/provider/items/CREDIT").cookie(provider)
			.with(csrf())
			.param("declared", "true")
			.param("expiresOn", "明年")).andExpect(status().isOk()).andExpect(content().string(containsString("格式不正确")));
		mvc.perform(multipart("/provider/items/GOVERNANCE").cookie(provider)
			.with(csrf())
			.param("declared", "true")
			.param("statement", "章程已备案")).andExpect(redirectedUrl("/provider"));
	}

	@Test
	void aReviewReturningAnItemWithoutAReasonIsShownAgainAndDecidesNothing() throws Exception {
		UUID pending = providerId("博山区阳光家政服务有限公司");
		Cookie reviewer = signIn("reviewer.zibo");
		mvc.perform(post("/provider/reviews/" + pending).cookie(reviewer)
			.with(csrf())
			.param("review[CIVIL_LIABILITY]", "ACCEPTED")
			.param("review[AUDITED_ACCOUNTS]", "RETURNED")
			.param("reason[AUDITED_ACCOUNTS]", "")
			.param("note", "请补充"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("退回或不通过须说明理由")));
		assertThat(jdbc.sql("select status from provider.provider where id = :id")
			.param("id", pending)
			.query(String.class)
			.single()).isEqualTo(ProviderView.Status.PENDING.name());
	}

	@Test
	void aDebarmentWithoutItsEndDateIsShownAgain() throws Exception {
		UUID provider = providerId("淄博康养物业管理有限公司");
		mvc.perform(post("/provider/reviews/" + provider + "/debarments").cookie(signIn("reviewer.zibo"))
			.with(csrf())
			.param("basis", "DEBARMENT")
			.param("reason", "提供虚假材料")
			.param("startsOn", "2026-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写结束日期")))
			.andExpect(content().string(containsString("value=\"提供虚假材料\"")));
	}

	@Test
	void aRosterImportWithoutAFileAsksForOne() throws Exception {
		mvc.perform(
				multipart("/provider/rosters").cookie(signIn("admin")).with(csrf()).param("kind", "SERIOUS_VIOLATIONS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择文件")));
	}

	private Cookie signIn(String username) throws Exception {
		return PageSession.signIn(mvc, username);
	}

	private UUID providerId(String name) {
		return jdbc.sql("select id from provider.provider where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

}
