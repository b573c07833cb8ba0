package org.govbuy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.govbuy.catalog.application.CatalogExcel;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalog's pages render for the people who use them, and the portal needs no login.
 */
@IntegrationTest
class CatalogPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	void financeSeesCatalogsTreeDiffFilingAndNegativeList() throws Exception {
		Authentication session = login("finance.zibo");
		String list = page(session, "/catalog");
		assertThat(list).contains("淄博市", "第1版", "逾期标记");
		String versionId = list.replaceAll("(?s).*?/catalog/versions/([0-9a-f-]{36}).*", "$1");
		String version = page(session, "/catalog/versions/" + versionId + "?q=养老");
		assertThat(version).contains("catalog-tree", "养老");
		assertThat(page(session, "/catalog/negative-list")).contains("MOF102-10-3", "FS87-2-5", "SEED000-1");
		assertThat(page(session, "/catalog/implementation?fiscalYear=2027")).contains("社区居家养老上门服务");
		assertThat(page(session, "/")).contains("待发布的目录草稿");
		mvc.perform(get("/catalog/template").with(authentication(session))).andExpect(status().isOk());
	}

	@Test
	void purchaserBuildsTheImplementationCatalogAndChecksTheNegativeList() throws Exception {
		Authentication session = login("buyer.mzj");
		assertThat(page(session, "/catalog/implementation?fiscalYear=2027")).contains("绩效评价标准", "A040101");
		String checked = mvc
			.perform(post("/catalog/negative-list/check").with(authentication(session))
				.with(csrf())
				.param("name", "养老服务中心扩建")
				.param("declared", "works"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(checked).contains("禁止购买", "MOF102-10-3", "FS87-2-2");
	}

	@Test
	void importPageShowsProgressAndEveryBadRowOfARejectedFile() throws Exception {
		Authentication finance = login("finance.boshan");
		String location = mvc
			.perform(post("/catalog").with(authentication(finance)).with(csrf()).param("fiscalYear", "2040"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).contains("/catalog/versions/");
		java.util.List<String[]> rows = new java.util.ArrayList<>(
				CatalogIntegrationTests.thousandRows().subList(0, 40));
		rows.set(35, CatalogIntegrationTests.replace(rows.get(35), 5, "A0101"));
		String job = mvc
			.perform(multipart(location + "/import")
				.file(new MockMultipartFile("file", "目录.xlsx", CatalogExcel.CONTENT_TYPE,
						CatalogIntegrationTests.workbook(rows)))
				.with(authentication(finance))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(job).contains("/catalog/imports/");
		String progress = "";
		for (int i = 0; i < 50 && !progress.contains("校验未通过"); i++) {
			Thread.sleep(200);
			progress = page(finance, job + "/progress");
		}
		assertThat(progress).contains("校验未通过", "37", "品目编码", "货物（A）");
		assertThat(page(finance, job)).contains("import-progress");
	}

	@Test
	void portalPagesNeedNoLogin() throws Exception {
		assertThat(mvc.perform(get("/portal"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("指导性目录");
		assertThat(mvc.perform(get("/portal/catalogs").param("q", "养老"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("社区居家养老上门服务");
		assertThat(mvc.perform(get("/portal/negative-list"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("融资租赁");
	}

	/**
	 * Signs in through the real authentication manager (the session itself is not needed
	 * here).
	 */
	private Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

	private String page(Authentication session, String url) throws Exception {
		return mvc.perform(get(url).with(authentication(session)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
