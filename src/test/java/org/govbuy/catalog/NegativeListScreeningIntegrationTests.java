package org.govbuy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.govbuy.catalog.application.NegativeListExcel;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 17 end to end: plan lines described in other words are refused (422 naming the
 * rule and the triggering words) or held for the finance reviewer, whose decision is
 * audited and remembered for exactly that wording; finance maintains the ways entries are
 * said by page, API and Excel.
 */
@IntegrationTest
class NegativeListScreeningIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthenticationManager authenticationManager;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theExportedWordingsImportBackUnchangedCellByCell() throws Exception {
		String finance = ApiClient.bearer(mvc, "finance.zibo");
		byte[] exported = mvc.perform(get("/api/v1/negative-list/wordings.xlsx").header("Authorization", finance))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		mvc.perform(multipart("/api/v1/negative-list/wordings/import")
			.file(new MockMultipartFile("file", "wordings.xlsx", NegativeListExcel.class.getName(), exported))
			.header("Authorization", finance))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors.length()").value(0));

		byte[] again = mvc.perform(get("/api/v1/negative-list/wordings.xlsx").header("Authorization", finance))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(NegativeListExcel.read(again)).isEqualTo(NegativeListExcel.read(exported));
	}

	@Test
	void theIssuesExamplesAreRefusedAtThePlanLineWithTheirTriggeringWordsSEED000_2SEED000_1FS87_2_1() throws Exception {
		String buyer = ApiClient.bearer(mvc, TestUnits.purchaserClerk(mvc, "淄博市机关事务服务中心", "370300"));
		String plan = plan(buyer);

		call(buyer, "/api/v1/plans/" + plan + "/lines", line("机要保密公文印制服务")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("SEED000-2")))
			.andExpect(jsonPath("$.violations[0].message", containsString("“机要”")))
			.andExpect(jsonPath("$.violations[0].message", containsString("“印制”")));
		call(buyer, "/api/v1/plans/" + plan + "/lines", line("局主要负责同志办公室及休息间翻新"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("SEED000-1")))
			.andExpect(jsonPath("$.violations[*].rule", hasItem("FS87-2-2")))
			.andExpect(jsonPath("$.violations[*].message", hasItem(containsString("“翻新”"))));
		call(buyer, "/api/v1/plans/" + plan + "/lines", line("办公电脑及打印机采购")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.violations[*].rule", hasItem("FS87-2-1")))
			.andExpect(jsonPath("$.violations[*].message", hasItem(containsString("“打印机”"))));
		call(buyer, "/api/v1/plans/" + plan + "/lines", line("办公楼物业管理")).andExpect(status().isCreated());
	}

	@Test
	void aHeldLineIsSavedWithItsWordsAndTheReviewersExceptionHoldsForThatWordingOnly() throws Exception {
		String buyer = ApiClient.bearer(mvc, TestUnits.purchaserClerk(mvc, "淄博市国家保密局", "370300"));
		String reviewer = ApiClient.bearer(mvc, "reviewer.zibo");
		String plan = plan(buyer);

		call(buyer, "/api/v1/plans/" + plan + "/lines", line("保密宣传教育服务")).andExpect(status().isCreated())
			.andExpect(jsonPath("$.keywordWarnings", containsString("保密")));
		// A plan line is screened as its name and content together: that is the wording
		// held.
		String wording = "保密宣传教育服务 保密宣传教育服务";
		call(reviewer, "/api/v1/negative-list/holds", null).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].sample", hasItem(wording)))
			.andExpect(jsonPath("$[?(@.sample == '" + wording + "')].triggers", hasItem(containsString("保密"))));

		call(buyer, "/api/v1/negative-list/reviews",
				"{\"wording\":\"" + wording
						+ "\",\"decision\":\"ALLOW\",\"rule\":\"SEED000-2\",\"reason\":\"保密法宣传，不涉及文件印刷\"}")
			.andExpect(status().isForbidden());
		call(reviewer, "/api/v1/negative-list/reviews",
				"{\"wording\":\"" + wording + "\",\"decision\":\"ALLOW\",\"rule\":\"SEED000-2\",\"reason\":\"\"}")
			.andExpect(status().isBadRequest());
		call(reviewer, "/api/v1/negative-list/reviews",
				"{\"wording\":\"" + wording
						+ "\",\"decision\":\"ALLOW\",\"rule\":\"SEED000-2\",\"reason\":\"保密法宣传，不涉及文件印刷\"}")
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("select count(*) from platform.audit_event where action = 'negative-list.review'")
			.query(Long.class)
			.single()).isPositive();

		call(buyer, "/api/v1/negative-list/check", "{\"name\":\"保密宣传教育服务。\",\"description\":\" 保密宣传教育服务\"}")
			.andExpect(jsonPath("$.outcome").value("ALLOWED"))
			.andExpect(jsonPath("$.exception", containsString("保密法宣传")));
		call(buyer, "/api/v1/negative-list/check", "{\"name\":\"保密宣传教育及印制服务\"}")
			.andExpect(jsonPath("$.outcome").value("HELD"));
		call(reviewer, "/api/v1/negative-list/reviews", null).andExpect(jsonPath("$[*].status", hasItem("ALLOWED")));
	}

	@Test
	void financeMaintainsSynonymsAndExamplesByApiAndExcelWithRowErrors() throws Exception {
		String finance = ApiClient.bearer(mvc, "reviewer.zibo");
		call(finance, "/api/v1/negative-list/SEED000-2/wordings", """
				{"keywords":["涉密"],"synonyms":[["涉密","保密","机要","内部资料"],["印刷","印制","装订"],["文件","公文"]],
				 "examples":["涉密文件印刷","内部资料装订"]}""", true).andExpect(status().isOk());
		call(finance, "/api/v1/negative-list/check", "{\"name\":\"内部资料公文装订\"}")
			.andExpect(jsonPath("$.outcome").value("REFUSED"))
			.andExpect(jsonPath("$.triggers", hasItem("装订")));

		byte[] exported = mvc.perform(get("/api/v1/negative-list/wordings.xlsx").header("Authorization", finance))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(NegativeListExcel.read(exported)).extracting(NegativeListExcel.WordingRow::code)
			.contains("SEED000-1", "SEED000-2");

		byte[] bad = workbook(new String[] { "SEED000-2", "涉密", "涉密、保密", "涉密文件印刷" },
				new String[] { "NO-SUCH", "", "", "" });
		mvc.perform(multipart("/api/v1/negative-list/wordings/import")
			.file(new MockMultipartFile("file", "w.xlsx", NegativeListExcel.class.getName(), bad))
			.header("Authorization", finance))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.violations[0].row").value(3))
			.andExpect(jsonPath("$.applied").value(0))
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].message", containsString("NO-SUCH")));
		byte[] good = workbook(new String[] { "SEED000-2", "涉密", "涉密、保密、机要\n印刷、印制", "涉密文件印刷\n保密公文印制" });
		mvc.perform(multipart("/api/v1/negative-list/wordings/import")
			.file(new MockMultipartFile("file", "w.xlsx", NegativeListExcel.class.getName(), good))
			.header("Authorization", finance)).andExpect(status().isOk()).andExpect(jsonPath("$.applied").value(1));
		String entries = call(finance, "/api/v1/negative-list", null).andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat((java.util.List<String>) JsonPath.read(entries, "$[?(@.code == 'SEED000-2')].examples[1]"))
			.containsExactly("保密公文印制");
	}

	@Test
	void theCheckPageMarksTheTriggeringWordsAndTheReviewerDecidesOnTheHeldList() throws Exception {
		Authentication buyer = login("buyer.mzj");
		String checked = mvc
			.perform(post("/catalog/negative-list/check").with(authentication(buyer))
				.with(csrf())
				.param("name", "机要保密公文印制服务"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(checked).contains("<mark>机要</mark>", "<mark>保密</mark>", "<mark>印制</mark>", "SEED000-2");

		mvc.perform(post("/catalog/negative-list/check").with(authentication(buyer))
			.with(csrf())
			.param("name", "档案保密柜管理服务")).andExpect(status().isOk());
		Authentication reviewer = login("reviewer.zibo");
		String page = mvc.perform(get("/catalog/negative-list").with(authentication(reviewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("待复核的表述", "<mark>保密</mark>", "维护表述", "导出当前表述");
		mvc.perform(post("/catalog/negative-list/reviews").with(authentication(reviewer))
			.with(csrf())
			.param("wording", "档案保密柜管理服务")
			.param("decision", "EXCLUDE")
			.param("rule", "SEED000-2")
			.param("reason", "实为涉密档案管理")).andExpect(status().is3xxRedirection());
		String excluded = mvc
			.perform(post("/catalog/negative-list/check").with(authentication(buyer))
				.with(csrf())
				.param("name", "档案保密柜管理服务"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(excluded).contains("实为涉密档案管理", "禁止购买");
	}

	private static byte[] workbook(String[]... rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet(NegativeListExcel.SHEET);
			var header = sheet.createRow(0);
			for (int i = 0; i < NegativeListExcel.COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(NegativeListExcel.COLUMNS.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private String plan(String token) throws Exception {
		return JsonPath.read(call(token, "/api/v1/plans", "{\"fiscalYear\":2027}").andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8), "$.id");
	}

	private static String line(String name) {
		return """
				{"projectName":"%s","budgetProject":"机关运行","catalogCode":"B1102","serviceContent":"%s",
				 "amount":300000,"fundingSource":"DEPARTMENT_BUDGET",
				 "targets":[{"category":"OUTPUT","indicator":"服务次数","target":"≥10次"}]}""".formatted(name, name);
	}

	private ResultActions call(String token, String url, String json) throws Exception {
		return call(token, url, json, false);
	}

	private ResultActions call(String token, String url, String json, boolean put) throws Exception {
		if (json == null) {
			return mvc.perform(get(url).header("Authorization", token));
		}
		var request = put ? org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(url) : post(url);
		return mvc
			.perform(request.header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

}
