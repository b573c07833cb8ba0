package org.govbuy.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.support.ApiCaller;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.govbuy.support.PageSession;
import org.govbuy.support.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The provider registry's to-dos on the 工作台: evidence expiring within 30 days for the
 * provider and the region's reviewers (GPL-22-EXP), gone once renewed; a debarment ending
 * soon for the reviewers (GPL-77), gone once ended.
 */
@IntegrationTest
class ProviderWorkItemsIntegrationTests {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final String XINHE = "淄博信和软件有限公司";

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	List<Map<String, Object>> saved = List.of();

	@AfterEach
	void restore() {
		clock.reset();
		// The demo's provider with evidence about to expire stays so for the other tests.
		for (Map<String, Object> row : saved) {
			jdbc.sql("""
					update provider.checklist_item set expires_on = :expires, review_status = :review, declared = true
					where provider_id = :id and item = :item""").params(row).update();
		}
		if (!saved.isEmpty()) {
			jdbc.sql("update provider.checklist_item set review_status = :accepted where provider_id = :id")
				.param("accepted", ProviderView.ItemReview.ACCEPTED.name())
				.param("id", saved.get(0).get("id"))
				.update();
			jdbc.sql("update provider.provider set status = :qualified where name = :name")
				.param("qualified", ProviderView.Status.QUALIFIED.name())
				.param("name", XINHE)
				.update();
		}
	}

	@Test
	void evidenceAboutToExpireIsATodoOfTheProviderAndItsReviewersUntilRenewedRuleGPL_22_EXP() throws Exception {
		UUID xinhe = jdbc.sql("select id from provider.provider where name = :name")
			.param("name", XINHE)
			.query(UUID.class)
			.single();
		saved = jdbc
			.sql("""
					select provider_id as id, item, expires_on as expires, review_status as review from provider.checklist_item
					where provider_id = :id and expires_on is not null""")
			.param("id", xinhe)
			.query()
			.listOfRows();
		LocalDate expires = jdbc.sql("select min(expires_on) from provider.checklist_item where provider_id = :id")
			.param("id", xinhe)
			.query(LocalDate.class)
			.single();

		assertThat(Workbenches.linkingTo(mvc, "provider.xinhe", "/provider")).isNotEmpty()
			.allSatisfy(todo -> assertThat(todo.title()).isEqualTo("更新即将过期的资格证明"))
			.allSatisfy(todo -> assertThat(todo.basis()).contains("GPL-22-EXP"))
			.anySatisfy(todo -> assertThat(todo.deadline()).isEqualTo("期限：" + chinese(expires)));
		assertThat(Workbenches.linkingTo(mvc, "provider.demo", "/provider")).as("另一承接主体的材料未到期").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, "reviewer.zibo", "/provider/reviews/" + xinhe)).isNotEmpty()
			.allSatisfy(todo -> assertThat(todo.title()).isEqualTo("资格证明即将过期"))
			.allSatisfy(todo -> assertThat(todo.about()).startsWith(XINHE));
		assertThat(Workbenches.of(mvc, "buyer.mzj")).noneMatch(todo -> todo.about().contains(XINHE));

		var session = PageSession.signIn(mvc, "provider.xinhe");
		for (ChecklistItem item : ChecklistItem.values()) {
			var declaration = multipart("/provider/items/" + item.name())
				.file(new MockMultipartFile("file", "新证.pdf", "application/pdf", PDF))
				.cookie(session)
				.with(csrf())
				.param("declared", "true")
				.param("statement", "已换发新证");
			if (item.expires()) {
				declaration.param("expiresOn", today().plusYears(3).toString());
			}
			mvc.perform(declaration).andExpect(status().is3xxRedirection());
		}
		ApiCaller.as(mvc, "provider.xinhe").post("/api/v1/providers/me/submit", "").andExpect(status().isOk());

		assertThat(Workbenches.linkingTo(mvc, "provider.xinhe", "/provider")).as("已更新").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, "reviewer.zibo", "/provider/reviews/" + xinhe))
			.extracting(Workbenches.Todo::title)
			.containsExactly("审核承接主体资格");
	}

	@Test
	void aDebarmentEndingSoonIsATodoOfTheRegionsReviewersUntilItEndsRuleGPL_77() throws Exception {
		UUID xuzuo = jdbc.sql("select id from provider.provider where name = '临淄区虚作咨询有限公司'").query(UUID.class).single();
		LocalDate ends = today().plusDays(10);
		ApiCaller.as(mvc, "auditor.zibo")
			.post("/api/v1/providers/" + xuzuo + "/debarments",
					"""
							{"basis":"DEBARMENT","reason":"提供虚假材料","startsOn":"%s","endsOn":"%s"}"""
						.formatted(ends.minusYears(1), ends))
			.andExpect(status().isCreated());
		String page = "/provider/reviews/" + xuzuo;

		assertThat(Workbenches.linkingTo(mvc, "reviewer.zibo", page)).singleElement()
			.satisfies(todo -> assertThat(todo.title()).isEqualTo("禁止参加政府采购期限届满"))
			.satisfies(todo -> assertThat(todo.deadline()).isEqualTo("期限：" + chinese(ends)))
			.satisfies(todo -> assertThat(todo.basis()).contains("GPL-77"));
		assertThat(Workbenches.linkingTo(mvc, "finance.boshan", page)).as("另一地区").isEmpty();
		assertThat(Workbenches.linkingTo(mvc, "buyer.mzj", page)).isEmpty();

		clock.set(clock.instant().plus(Duration.ofDays(11)));
		assertThat(Workbenches.linkingTo(mvc, "reviewer.zibo", page)).as("期限已届满").isEmpty();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

	static String chinese(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
