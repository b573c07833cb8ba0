package org.govbuy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govbuy.catalog.application.CatalogExcel;
import org.govbuy.catalog.domain.CatalogRows;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The catalog through its API on PostgreSQL: alignment, deadline, Excel round trip,
 * negative list.
 */
@IntegrationTest
class CatalogIntegrationTests {

	static final String[] PUBLIC = { "公共安全", "教育", "就业", "社会保障", "卫生健康", "生态保护和环境治理", "科技", "文化", "体育", "社会治理", "城乡维护",
			"农业、林业和水利", "交通运输", "灾害防治及应急管理", "公共信息与宣传", "行业管理", "技术性公共服务", "其他公共服务" };

	static final String[] AUXILIARY = { "法律", "课题研究和社会调查", "会计审计", "会议", "监督检查辅助", "工程服务", "评审、评估和评价", "咨询", "机关工作人员培训",
			"信息化", "后勤", "其他辅助性服务" };

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void importOf1000RowsWith3BadRowsReportsExactlyThoseRowsStoresNothingThenTheCorrectedFileImportsAndExportsEqual()
			throws Exception {
		String auth = ApiClient.bearer(mvc, "finance.boshan");
		String versionId = createCatalog(auth, "370304", 2031);
		int before = itemCount(auth, versionId);

		List<String[]> rows = thousandRows();
		List<String[]> broken = new ArrayList<>(rows);
		broken.set(100, replace(rows.get(100), 0, "A04X1"));
		broken.set(500, replace(rows.get(500), 1, ""));
		broken.set(900, replace(rows.get(900), 4, "公益服务"));

		MvcResult rejected = mvc
			.perform(multipart("/api/v1/catalogs/versions/" + versionId + "/import")
				.file(new MockMultipartFile("file", "bad.xlsx", CatalogExcel.CONTENT_TYPE, workbook(broken)))
				.header("Authorization", auth))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(422))
			.andExpect(jsonPath("$.jobStatus").value("REJECTED"))
			.andExpect(jsonPath("$.violations.length()").value(3))
			.andExpect(jsonPath("$.violations[?(@.row == 902)].value").value("公益服务"))
			.andReturn();
		List<Integer> badRows = JsonPath.read(body(rejected), "$.violations[*].row");
		assertThat(badRows).containsExactlyInAnyOrder(102, 502, 902);
		List<String> columns = JsonPath.read(body(rejected), "$.errors[*].column");
		assertThat(columns).containsExactlyInAnyOrder("编码", "名称", "性质");
		assertThat(itemCount(auth, versionId)).isEqualTo(before);

		byte[] corrected = workbook(rows);
		mvc.perform(multipart("/api/v1/catalogs/versions/" + versionId + "/import")
			.file(new MockMultipartFile("file", "good.xlsx", CatalogExcel.CONTENT_TYPE, corrected))
			.header("Authorization", auth))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUCCEEDED"))
			.andExpect(jsonPath("$.importedRows").value(1000));
		assertThat(itemCount(auth, versionId)).isEqualTo(1000);

		mvc.perform(multipart("/api/v1/catalogs/versions/" + versionId + "/import")
			.file(new MockMultipartFile("file", "again.xlsx", CatalogExcel.CONTENT_TYPE, corrected))
			.header("Authorization", auth)).andExpect(status().isOk()).andExpect(jsonPath("$.repeated").value(true));
		assertThat(itemCount(auth, versionId)).isEqualTo(1000);

		byte[] exported = mvc
			.perform(get("/api/v1/catalogs/versions/" + versionId + "/export").header("Authorization", auth))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<CatalogRows.Row> readBack = CatalogExcel.read(exported);
		assertThat(readBack).hasSize(1000);
		for (int i = 0; i < rows.size(); i++) {
			CatalogRows.Row row = readBack.get(i);
			assertThat(new String[] { row.code(), row.name(), row.level(), row.parentCode(), row.nature(),
					row.pinmuCode(), row.description() })
				.as("row %d", i + 2)
				.containsExactly(rows.get(i));
		}
	}

	@Test
	void anItemReadIsWrittenBackUnchangedAndAnEditNeedNotRepeatItsCode() throws Exception {
		String auth = ApiClient.bearer(mvc, "finance.zibo");
		String versionId = createCatalog(auth, "370300", 2036);
		mvc.perform(post("/api/v1/catalogs/versions/" + versionId + "/items").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"code\":\"A0498\",\"name\":\"本市自设助残服务\",\"nature\":\"PUBLIC_SERVICE\",\"pinmuCode\":\"C2301\"}"))
			.andExpect(status().isCreated());
		String item = "/api/v1/catalogs/versions/" + versionId + "/items/A0498";

		String read = body(mvc.perform(get(item).header("Authorization", auth)).andExpect(status().isOk()).andReturn());
		mvc.perform(put(item).header("Authorization", auth).contentType(MediaType.APPLICATION_JSON).content(read))
			.andExpect(status().isOk());
		assertThat(body(mvc.perform(get(item).header("Authorization", auth)).andReturn())).isEqualTo(read);

		mvc.perform(put(item).header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"name\":\"本市自设助残服务\",\"nature\":\"PUBLIC_SERVICE\",\"pinmuCode\":\"C2301\",\"description\":\"为残疾人提供上门康复指导\"}"))
			.andDo(result -> assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
				.isEqualTo(200))
			.andExpect(status().isOk());
		mvc.perform(get(item).header("Authorization", auth))
			.andExpect(jsonPath("$.code").value("A0498"))
			.andExpect(jsonPath("$.description").value("为残疾人提供上门康复指导"));
		mvc.perform(get("/api/v1/catalogs/versions/" + versionId + "/items/A0497").header("Authorization", auth))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAProvinceWhoseSecondLevelDiffersFromTheCentralCatalogWith422AndRuleMOF102_11() throws Exception {
		String auth = ApiClient.bearer(mvc, "finance.shandong");
		String versionId = createCatalog(auth, "370000", 2032);

		mvc.perform(put("/api/v1/catalogs/versions/" + versionId + "/items/A04").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"A04\",\"name\":\"社会保障和养老\",\"nature\":\"PUBLIC_SERVICE\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF102-11"))
			.andExpect(jsonPath("$.violations[0].message").value(org.hamcrest.Matchers.containsString("社会保障和养老")));

		mvc.perform(post("/api/v1/catalogs/versions/" + versionId + "/items").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"A19\",\"name\":\"乡村振兴\",\"nature\":\"PUBLIC_SERVICE\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.violations[0].rule").value("MOF102-11"));
	}

	@Test
	void publishesACityCatalogAlignedToItsProvinceAndOnlyWarnsOnAThirdLevelMismatchWithRuleSEED004_3()
			throws Exception {
		clock.set(Instant.parse("2032-09-01T02:00:00Z"));
		String auth = ApiClient.bearer(mvc, "finance.zibo");
		String versionId = createCatalog(auth, "370300", 2033);

		mvc.perform(post("/api/v1/catalogs/versions/" + versionId + "/items").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"code\":\"A0499\",\"name\":\"本市自设社会保障服务\",\"nature\":\"PUBLIC_SERVICE\",\"pinmuCode\":\"C2301\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.warnings[0].rule").value("SEED004-3"));

		mvc.perform(post("/api/v1/catalogs/versions/" + versionId + "/publish").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.version.late").value(false))
			.andExpect(jsonPath("$.warnings[*].rule").value(org.hamcrest.Matchers.hasItem("SEED004-3")));

		mvc.perform(post("/api/v1/catalogs/versions/" + versionId + "/filing").header("Authorization", auth))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.filed").value(true));
		String province = ApiClient.bearer(mvc, "finance.shandong");
		mvc.perform(post("/api/v1/catalogs/versions/" + versionId + "/comments").header("Authorization", province)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"A0499 请说明设置理由\"}")).andExpect(status().isCreated());
	}

	@Test
	void flagsAnAdjustmentPublishedAfterTheRegionalDeadlineAndKeepsItsReasonWithRuleSEED004_9() throws Exception {
		clock.set(Instant.parse("2033-10-15T02:00:00Z"));
		String auth = ApiClient.bearer(mvc, "finance.zibo");
		String versionId = createCatalog(auth, "370300", 2034);

		mvc.perform(post("/api/v1/catalogs/versions/" + versionId + "/publish").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.violations[0].rule").value("SEED004-9"));

		mvc.perform(post("/api/v1/catalogs/versions/" + versionId + "/publish").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"lateReason\":\"省级目录10月调整后同步调整\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version.late").value(true))
			.andExpect(jsonPath("$.version.deadline").value("2033-09-30"))
			.andExpect(jsonPath("$.version.lateReason").value("省级目录10月调整后同步调整"));

		mvc.perform(get("/api/v1/catalogs").param("region", "370300")
			.param("fiscalYear", "2034")
			.header("Authorization", auth))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].late").value(true))
			.andExpect(jsonPath("$[0].lateReason").value("省级目录10月调整后同步调整"));
	}

	@Test
	void negativeListCheckRefusesDeclaredWorksWithCitationsAndAllowsHomeCareVisits() throws Exception {
		String auth = ApiClient.bearer(mvc, "buyer.mzj");
		mvc.perform(post("/api/v1/negative-list/check").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"养老服务中心扩建\",\"works\":true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("REFUSED"))
			.andExpect(
					jsonPath("$.violations[*].rule").value(org.hamcrest.Matchers.contains("MOF102-10-3", "FS87-2-2")))
			.andExpect(jsonPath("$.violations[1].citation").value(org.hamcrest.Matchers.containsString("财预〔2017〕87号")));
		mvc.perform(post("/api/v1/negative-list/check").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"社区居家养老上门服务\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("ALLOWED"));
		mvc.perform(
				post("/api/v1/negative-list/check").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void reviewerClearsKeywordWarningsWithAComment() throws Exception {
		String auth = ApiClient.bearer(mvc, "reviewer.zibo");
		mvc.perform(post("/api/v1/negative-list/clearances").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\":\"公务用车租赁服务\",\"keywords\":[\"租赁\"],\"comment\":\"车辆租赁含驾驶服务，不属于融资租赁\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty());
		mvc.perform(post("/api/v1/negative-list/clearances").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"subject\":\"公务用车租赁服务\",\"keywords\":[\"租赁\"],\"comment\":\"\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void financeMaintainsTheKeywordsOfANegativeListEntry() throws Exception {
		String auth = ApiClient.bearer(mvc, "reviewer.zibo");
		mvc.perform(put("/api/v1/negative-list/SEED000-2/keywords").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"keywords\":[\"涉密\",\"保密文件\"]}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/negative-list/check").header("Authorization", auth)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"保密文件装订\"}"))
			.andExpect(jsonPath("$.outcome").value("HELD"))
			.andExpect(jsonPath("$.warnings[0].rule").value("SEED000-2"));
		mvc.perform(put("/api/v1/negative-list/SEED000-2/keywords")
			.header("Authorization", ApiClient.bearer(mvc, "buyer.mzj"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"keywords\":[]}")).andExpect(status().isForbidden());
	}

	@Test
	void otherModulesFindTheItemAndVersionInForceForARegion() throws Exception {
		String auth = ApiClient.bearer(mvc, "buyer.boshan");
		mvc.perform(get("/api/v1/catalogs/items").param("region", "370304")
			.param("fiscalYear", "2027")
			.param("code", "A040101")
			.header("Authorization", auth))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("社区居家养老上门服务"))
			.andExpect(jsonPath("$.catalogRegion").value("370300"))
			.andExpect(jsonPath("$.versionId").isNotEmpty());
	}

	@Test
	void refusesAnItemOutsideThePublishedCatalogRuleFS87_2_CATALOG(
			@org.springframework.beans.factory.annotation.Autowired CatalogItems items) {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> items.requirePublished(new org.govbuy.shared.RegionCode("370304"),
					org.govbuy.shared.FiscalYear.of(2027), "A049999"))
			.isInstanceOf(org.govbuy.shared.RuleViolationException.class)
			.satisfies(ex -> org.assertj.core.api.Assertions
				.assertThat(((org.govbuy.shared.RuleViolationException) ex).violations().get(0).rule())
				.isEqualTo("FS87-2-CATALOG"));
		org.assertj.core.api.Assertions
			.assertThat(
					items
						.requirePublished(new org.govbuy.shared.RegionCode("370304"),
								org.govbuy.shared.FiscalYear.of(2027), "A040101")
						.name())
			.isEqualTo("社区居家养老上门服务");
	}

	@Test
	void centralReferenceCatalogHasTheTwoFirstLevelAndThirtySecondLevelItemsAsATree() throws Exception {
		String auth = ApiClient.bearer(mvc, "buyer.mzj");
		String central = "/api/v1/catalogs/versions/00000000-0000-0000-0000-00000000c001";
		mvc.perform(get(central + "/tree").header("Authorization", auth))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].item.name").value("公共服务"))
			.andExpect(jsonPath("$[0].children.length()").value(18))
			.andExpect(jsonPath("$[1].item.name").value("政府履职所需辅助性服务"))
			.andExpect(jsonPath("$[1].children.length()").value(12))
			.andExpect(jsonPath("$[1].children[10].item.name").value("后勤"));
		mvc.perform(get(central + "/tree").param("q", "后勤").header("Authorization", auth))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].children.length()").value(1));
	}

	@Test
	void keepsDraftsWithinTheirFinanceBureau() throws Exception {
		String zibo = ApiClient.bearer(mvc, "finance.zibo");
		String draft = createCatalog(zibo, "370300", 2035);

		mvc.perform(
				get("/api/v1/catalogs/versions/" + draft).header("Authorization", ApiClient.bearer(mvc, "buyer.mzj")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/catalogs").header("Authorization", ApiClient.bearer(mvc, "finance.boshan"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"region\":\"370300\",\"fiscalYear\":2036}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/catalogs").header("Authorization", ApiClient.bearer(mvc, "buyer.mzj"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"region\":\"370300\",\"fiscalYear\":2036}")).andExpect(status().isForbidden());
	}

	private String createCatalog(String auth, String region, int year) throws Exception {
		MvcResult result = mvc
			.perform(post("/api/v1/catalogs").header("Authorization", auth)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"region\":\"" + region + "\",\"fiscalYear\":" + year + "}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andReturn();
		return JsonPath.read(body(result), "$.id");
	}

	private int itemCount(String auth, String versionId) throws Exception {
		MvcResult result = mvc.perform(get("/api/v1/catalogs/versions/" + versionId).header("Authorization", auth))
			.andExpect(status().isOk())
			.andReturn();
		return JsonPath.read(body(result), "$.version.items");
	}

	/**
	 * 32 first- and second-level rows as the central catalog has them, and 968
	 * third-level rows.
	 */
	static List<String[]> thousandRows() {
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "A", "公共服务", "1", null, "公共服务", null, null });
		for (int i = 0; i < PUBLIC.length; i++) {
			rows.add(new String[] { "A%02d".formatted(i + 1), PUBLIC[i], "2", "A", "公共服务", null, null });
		}
		rows.add(new String[] { "B", "政府履职所需辅助性服务", "1", null, "政府履职所需辅助性服务", null, null });
		for (int i = 0; i < AUXILIARY.length; i++) {
			rows.add(new String[] { "B%02d".formatted(i + 1), AUXILIARY[i], "2", "B", "政府履职所需辅助性服务", null, null });
		}
		int n = 0;
		while (rows.size() < 1000) {
			int parent = n % 30;
			String parentCode = parent < 18 ? "A%02d".formatted(parent + 1) : "B%02d".formatted(parent - 17);
			String code = parentCode + "%02d".formatted(n / 30 + 1);
			String nature = parent < 18 ? "公共服务" : "政府履职所需辅助性服务";
			rows.add(new String[] { code, "测试服务事项" + (n + 1), "3", parentCode, nature, "C23%02d".formatted(n % 100),
					n % 3 == 0 ? "说明" + n : null });
			n++;
		}
		return rows;
	}

	static String[] replace(String[] row, int column, String value) {
		String[] copy = row.clone();
		copy[column] = value;
		return copy;
	}

	static byte[] workbook(List<String[]> rows) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("目录");
			Row header = sheet.createRow(0);
			for (int i = 0; i < CatalogRows.COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(CatalogRows.COLUMNS.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				String[] values = rows.get(r);
				for (int c = 0; c < values.length; c++) {
					if (values[c] != null) {
						row.createCell(c).setCellValue(values[c]);
					}
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
