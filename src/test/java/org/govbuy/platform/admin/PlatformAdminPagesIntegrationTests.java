package org.govbuy.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.PageSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administration pages as a signed-in browser sees them: CSRF, a bad import, the
 * password form.
 */
@IntegrationTest
class PlatformAdminPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void formsCarryCsrfTokenAndPostsWithoutItAreRefused() throws Exception {
		Cookie admin = signIn("admin");
		for (String page : new String[] { "/platform/users", "/platform/organizations",
				"/platform/parameters?region=370300", "/platform/calendar?year=2026", "/account/password" }) {
			mvc.perform(get(page).cookie(admin))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("name=\"_csrf\"")));
		}
		mvc.perform(post("/platform/users").cookie(admin).param("username", "web.nocsrf"))
			.andExpect(status().isForbidden());
	}

	@Test
	void oldAdminAddressesRedirectPermanentlyToTheModulesPages() throws Exception {
		mvc.perform(get("/admin/platform/users?q=zibo"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/platform/users?q=zibo"));
		mvc.perform(get("/admin/catalog"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/catalog"));
		mvc.perform(get("/admin/catalog/negative-list"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/catalog/negative-list"));
		Cookie reviewer = signIn("reviewer.zibo");
		mvc.perform(get("/admin/provider/reviews?status=PENDING").cookie(reviewer))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/provider/reviews?status=PENDING"));
		mvc.perform(get("/provider/reviews?status=PENDING").cookie(reviewer)).andExpect(status().isOk());
	}

	@Test
	void accountAndParameterFormsShowTheirRefusalOnThePage() throws Exception {
		Cookie admin = signIn("admin");
		UUID reviewer = jdbc.sql("select id from platform.app_user where username = 'reviewer.zibo'")
			.query(UUID.class)
			.single();
		mvc.perform(post("/platform/users/" + reviewer + "/password").cookie(admin).with(csrf()).param("password", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("manage-error-" + reviewer)))
			.andExpect(content().string(containsString("请输入新密码")));
		mvc.perform(
				post("/platform/users/" + reviewer + "/password").cookie(admin).with(csrf()).param("password", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未能重置密码：")));
		mvc.perform(post("/platform/parameters").cookie(admin)
			.with(csrf())
			.param("region", "370300")
			.param("parameter", "OPEN_TENDER_THRESHOLD")
			.param("value", "")
			.param("effectiveFrom", "2027-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写取值")));
		mvc.perform(post("/platform/parameters/centralized-catalog").cookie(admin)
			.with(csrf())
			.param("region", "370300")
			.param("itemCode", "")
			.param("itemName", "物业管理服务")
			.param("effectiveFrom", "2027-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写品目编码")))
			.andExpect(content().string(containsString("value=\"物业管理服务\"")));
	}

	@Test
	void calendarPageWritesYearsAsYearsAndExplainsAnEmptyDateInChinese() throws Exception {
		Cookie finance = signIn("finance.zibo");
		mvc.perform(get("/platform/calendar?year=2026").cookie(finance))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>工作日历</title>")))
			.andExpect(content().string(containsString("2026 年工作日历")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("{0}"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("2,026"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("[20"))))
			.andExpect(content().string(containsString("2026")));
		mvc.perform(get("/platform/calendar/compute").param("from", "").param("days", "5").cookie(finance))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择起算日期")));
		mvc.perform(get("/platform/calendar/compute").param("from", "2026-09-30").param("days", "").cookie(finance))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写天数")));
	}

	@Test
	void rulesPageNamesModulesInChineseAndBreadcrumbsAreLabelledInChinese() throws Exception {
		Cookie finance = signIn("finance.zibo");
		mvc.perform(get("/rules").cookie(finance))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>采购</td>")))
			.andExpect(content().string(containsString("<td>合同履约</td>")))
			.andExpect(content().string(containsString("<td>绩效评价</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<td>procurement</td>"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??rules.module"))));
		try (var templates = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
			for (var template : templates.filter(path -> path.toString().endsWith(".html")).toList()) {
				assertThat(java.nio.file.Files.readString(template)).as(template.toString())
					.doesNotContain("aria-label=\"breadcrumb\"");
			}
		}
	}

	@Test
	void pagesNameRegionsInsteadOfShowingTheirCodes() throws Exception {
		for (String[] page : new String[][] { { "admin", "/platform/organizations" },
				{ "finance.zibo", "/budget/plans" }, { "reviewer.zibo", "/budget/review" } }) {
			mvc.perform(get(page[1]).cookie(signIn(page[0])))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("淄博市")))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">370300<"))))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">370304<"))));
		}
	}

	@Test
	void calendarImportRefusesAMalformedFileAndStoresNothing() throws Exception {
		Cookie admin = signIn("admin");
		MockMultipartFile malformed = new MockMultipartFile("file", "2027.csv", "text/csv",
				"date,kind,name\n2027-01-01,HOLIDAY,元旦\n2027-13-01,HOLIDAY,错\n".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/platform/calendar/import").file(malformed).cookie(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("导入失败，未保存任何数据：节假日数据第3行格式错误")));
		mvc.perform(multipart("/platform/calendar/import").cookie(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择要导入的 CSV 文件")));
		assertThat(jdbc.sql("select count(*) from platform.calendar_day where day = date '2027-01-01'")
			.query(Long.class)
			.single()).isZero();
		mvc.perform(multipart("/platform/calendar/import").file(malformed).cookie(signIn("finance.zibo")).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void ownPasswordFormShowsChineseFieldErrorsAndChangesThePassword() throws Exception {
		String username = "web.password";
		if (jdbc.sql("select count(*) from platform.app_user where username = :u")
			.param("u", username)
			.query(Long.class)
			.single() == 0) {
			mvc.perform(post("/platform/users").cookie(signIn("admin"))
				.with(csrf())
				.param("username", username)
				.param("displayName", "改密码")
				.param("organizationId", organization("淄博市民政局").toString())
				.param("roles", "PURCHASER_CLERK")
				.param("password", ApiClient.DEMO_PASSWORD)).andExpect(status().is3xxRedirection());
		}
		Cookie session = signIn(username);
		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", ApiClient.DEMO_PASSWORD)
			.param("newPassword", "Changed@2026z")
			.param("repeatPassword", "Changed@2026q"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两次输入的新密码不一致")));
		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", "Wrong@12345")
			.param("newPassword", "Changed@2026z")
			.param("repeatPassword", "Changed@2026z"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")));
		mvc.perform(post("/account/password").cookie(session)
			.with(csrf())
			.param("currentPassword", ApiClient.DEMO_PASSWORD)
			.param("newPassword", "Changed@2026z")
			.param("repeatPassword", "Changed@2026z"))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flash", "密码已修改"));
		mvc.perform(formLogin("/login").user(username).password("Changed@2026z")).andExpect(redirectedUrl("/"));
	}

	/**
	 * Sessions live in PostgreSQL (Spring Session JDBC): the SESSION cookie carries the
	 * login.
	 */
	private Cookie signIn(String username) throws Exception {
		return PageSession.signIn(mvc, username);
	}

	private UUID organization(String name) {
		return jdbc.sql("select id from platform.organization where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

}
