package org.govbuy.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.govbuy.evaluation.application.SurveyRating.DISSATISFIED;
import static org.govbuy.evaluation.application.SurveyRating.NEUTRAL;
import static org.govbuy.evaluation.application.SurveyRating.SATISFIED;
import static org.govbuy.evaluation.application.SurveyRating.VERY_DISSATISFIED;
import static org.govbuy.evaluation.application.SurveyRating.VERY_SATISFIED;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.govbuy.evaluation.application.SurveyAnswer;
import org.govbuy.evaluation.application.SurveyQuestion;
import org.govbuy.evaluation.application.SurveyRating;
import org.govbuy.evaluation.application.Surveys;
import org.govbuy.platform.DemoAccounts;
import org.govbuy.support.ApiCaller;
import org.govbuy.support.Concurrently;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.PageSession;
import org.govbuy.support.PdfText;
import org.govbuy.support.TestUnits;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The service recipients' survey: single-use tokens handed out by the purchaser or the
 * provider while the evaluation is open, answered on a public page without sign-in or
 * cookie, counted for the evaluation without saying who answered.
 */
@IntegrationTest
class SurveyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Surveys surveys;

	@Autowired
	DemoAccounts demo;

	@Test
	void aTokenCannotBeUsedTwice() throws Exception {
		UUID evaluation = SurveyFixtures.openEvaluation(jdbc);
		String token = SurveyFixtures.tokens(demo, surveys, evaluation, 1).get(0);

		mvc.perform(answer(token, VERY_SATISFIED)).andExpect(redirectedUrl("/portal/survey/thanks"));
		mvc.perform(answer(token, VERY_DISSATISFIED))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("已经提交过")))
			.andExpect(content().string(containsString("每份凭证只能提交一次")));
		mvc.perform(get("/portal/survey/" + token))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("已经提交过")));
		mvc.perform(post("/api/v1/public/survey/" + token).contentType(MediaType.APPLICATION_JSON)
			.content(json(VERY_DISSATISFIED)))
			.andExpect(status().isGone())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		assertThat(responses(evaluation)).isEqualTo(1);
		assertThat(surveys.answer(token, SurveyAnswer.allRated(NEUTRAL, null))).isEqualTo(Surveys.State.USED);
		assertThat(jdbc.sql("select satisfaction from evaluation.survey_response where evaluation_id = :id")
			.param("id", evaluation)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("100");
	}

	@Test
	void sixAnswersSentAtOnceWithOneTokenRecordOne() throws Exception {
		UUID evaluation = SurveyFixtures.openEvaluation(jdbc);
		String token = SurveyFixtures.tokens(demo, surveys, evaluation, 1).get(0);

		List<MockHttpServletResponse> answers = Concurrently.send(6, () -> mvc.perform(answer(token, SATISFIED)));

		assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsOnly(302, 410);
		assertThat(answers).filteredOn(answer -> answer.getStatus() == 302).hasSize(1);
		assertThat(responses(evaluation)).isEqualTo(1);
	}

	@Test
	void theSurveyWorksWithoutCookies() throws Exception {
		UUID evaluation = SurveyFixtures.openEvaluation(jdbc);
		String token = SurveyFixtures.tokens(demo, surveys, evaluation, 1).get(0);

		MvcResult page = mvc.perform(get("/portal/survey/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("服务对象满意度调查")))
			.andExpect(content().string(containsString("非常不满意")))
			.andExpect(content().string(not(containsString("_csrf"))))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().exists("Referrer-Policy"))
			.andExpect(header().exists("Permissions-Policy"))
			.andReturn();
		assertNoCookie(page);

		MvcResult answered = mvc.perform(answer(token, SATISFIED).param("comment", "护理员很耐心"))
			.andExpect(redirectedUrl("/portal/survey/thanks"))
			.andReturn();
		assertNoCookie(answered);
		assertNoCookie(mvc.perform(get("/portal/survey/thanks"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("感谢您的评价")))
			.andReturn());

		assertThat(responses(evaluation)).isEqualTo(1);
		assertThat(jdbc.sql("select comment from evaluation.survey_response where evaluation_id = :id")
			.param("id", evaluation)
			.query(String.class)
			.single()).isEqualTo("护理员很耐心");
	}

	@Test
	void twentyAnswersThroughThePublicPageGiveTheMeanComputedByHand() throws Exception {
		UUID evaluation = SurveyFixtures.openEvaluation(jdbc);
		List<String> tokens = SurveyFixtures.tokens(demo, surveys, evaluation, 20);
		List<SurveyRating[]> answers = new ArrayList<>();
		// 10 × 100, 5 × 80, 3 × (100+80+60+30+0)/5 = 54, 2 × 60:
		// (1000 + 400 + 162 + 120) / 20 = 1682 / 20 = 84.1
		for (int i = 0; i < 10; i++) {
			answers.add(all(VERY_SATISFIED));
		}
		for (int i = 0; i < 5; i++) {
			answers.add(all(SATISFIED));
		}
		for (int i = 0; i < 3; i++) {
			answers.add(new SurveyRating[] { VERY_SATISFIED, SATISFIED, NEUTRAL, DISSATISFIED, VERY_DISSATISFIED });
		}
		for (int i = 0; i < 2; i++) {
			answers.add(all(NEUTRAL));
		}
		for (int i = 0; i < 20; i++) {
			mvc.perform(answer(tokens.get(i), answers.get(i))).andExpect(redirectedUrl("/portal/survey/thanks"));
		}

		ApiCaller.as(mvc, "buyer.mzj")
			.get("/api/v1/evaluations/" + evaluation + "/survey")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.issued").value(20))
			.andExpect(jsonPath("$.answered").value(20))
			.andExpect(jsonPath("$.satisfaction").value(84.1));
		Cookie session = PageSession.signIn(mvc, "buyer.mzj");
		mvc.perform(get("/evaluation/" + evaluation + "/survey").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"survey-satisfaction\">84.10<")))
			.andExpect(content().string(containsString("id=\"survey-answered\">20<")));
	}

	@Test
	void issuingTokensNeedsThePurchaserOrTheProviderOfTheContract() throws Exception {
		UUID evaluation = SurveyFixtures.openEvaluation(jdbc);
		String url = "/api/v1/evaluations/" + evaluation + "/survey-tokens";

		ApiCaller.as(mvc, TestUnits.purchaserClerk(mvc, "淄博市卫生健康委员会", "370300"))
			.post(url, "{\"count\":3}")
			.andExpect(status().isForbidden());
		ApiCaller.as(mvc, "finance.zibo").post(url, "{\"count\":3}").andExpect(status().isForbidden());
		ApiCaller.as(mvc, "provider.wenhua").post(url, "{\"count\":3}").andExpect(status().isForbidden());
		ApiCaller.as(mvc, "provider.wenhua")
			.get("/api/v1/evaluations/" + evaluation + "/survey")
			.andExpect(status().isNotFound());
		ApiCaller.as(mvc, "buyer.mzj").post(url, "{\"count\":0}").andExpect(status().isBadRequest());

		String issued = ApiCaller.as(mvc, "buyer.mzj")
			.post(url, "{\"count\":3}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.batch").value(1))
			.andExpect(jsonPath("$.tokens.length()").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String token = JsonPath.read(issued, "$.tokens[0].token");
		String link = JsonPath.read(issued, "$.tokens[0].link");
		assertThat(token).matches("[A-Za-z0-9_-]{24}");
		assertThat(link).endsWith("/portal/survey/" + token);
		ApiCaller.as(mvc, "provider.demo").post(url, "{\"count\":2}").andExpect(jsonPath("$.batch").value(2));

		// only the hashes are kept
		assertThat(jdbc.sql("select count(*) from evaluation.survey_token where token_hash = :t or token_hash = :h")
			.param("t", token)
			.param("h", sha256(token))
			.query(Integer.class)
			.single()).as("stored by hash only").isEqualTo(1);
		assertThat(jdbc.sql("select token_hash from evaluation.survey_token where evaluation_id = :id")
			.param("id", evaluation)
			.query(String.class)
			.list()).hasSize(5).doesNotContain(token);
	}

	@Test
	void thePurchaserIssuesSlipsAsAPageOrAPdfAndSeesCountsOnly() throws Exception {
		UUID evaluation = SurveyFixtures.openEvaluation(jdbc);
		Cookie session = PageSession.signIn(mvc, "buyer.mzj");
		String slips = mvc
			.perform(post("/evaluation/" + evaluation + "/survey/tokens").cookie(session)
				.with(csrf())
				.param("count", "2")
				.param("format", "page"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只在此显示一次")))
			.andExpect(content().string(containsString(SurveyFixtures.HOME_CARE)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(slips.split("<svg", -1)).hasSize(3);
		String token = slips.replaceAll("(?s).*?/portal/survey/([A-Za-z0-9_-]{24}).*", "$1");
		assertThat(token).hasSize(24);

		byte[] pdf = mvc
			.perform(post("/evaluation/" + evaluation + "/survey/tokens").cookie(session)
				.with(csrf())
				.param("count", "9")
				.param("format", "pdf"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = PdfText.of(pdf);
		assertThat(text).contains("服务对象满意度调查", "请用手机扫描二维码", "/portal/survey/");

		mvc.perform(answer(token, SATISFIED).param("comment", "上门准时，服务周到"))
			.andExpect(redirectedUrl("/portal/survey/thanks"));

		mvc.perform(get("/evaluation/" + evaluation + "/survey").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"survey-issued\">11<")))
			.andExpect(content().string(containsString("id=\"survey-answered\">1<")))
			.andExpect(content().string(not(containsString(token))))
			.andExpect(content().string(not(containsString("上门准时"))));
		String summary = ApiCaller.as(mvc, "buyer.mzj")
			.get("/api/v1/evaluations/" + evaluation + "/survey")
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<Map<String, Object>>read(summary, "$").keySet()).containsExactlyInAnyOrder("evaluationId",
				"open", "issued", "answered", "satisfaction");
		ApiCaller.as(mvc, "finance.zibo")
			.get("/api/v1/evaluations/" + evaluation + "/survey")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answered").value(1));

		// no audit row names a token or its hash, nor the answering client's address
		assertThat(jdbc.sql("""
				select count(*) from platform.audit_event
				 where entity_id = :id and (coalesce(after_state, '') like :t or coalesce(after_state, '') like :h)""")
			.param("id", evaluation.toString())
			.param("t", "%" + token + "%")
			.param("h", "%" + sha256(token) + "%")
			.query(Integer.class)
			.single()).isZero();
		assertThat(jdbc.sql("""
				select client_address from platform.audit_event
				 where entity_id = :id and action = 'survey.answer'""")
			.param("id", evaluation.toString())
			.query(String.class)
			.list()).containsExactly((String) null);
	}

	@Test
	void aClosedEvaluationRefusesAnswersAndTokens() throws Exception {
		UUID evaluation = SurveyFixtures.openEvaluation(jdbc);
		List<String> tokens = SurveyFixtures.tokens(demo, surveys, evaluation, 2);
		SurveyFixtures.close(jdbc, evaluation);

		mvc.perform(get("/portal/survey/" + tokens.get(0)))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("调查已结束")));
		mvc.perform(answer(tokens.get(0), SATISFIED))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("调查已结束")));
		mvc.perform(post("/api/v1/public/survey/" + tokens.get(1)).contentType(MediaType.APPLICATION_JSON)
			.content(json(SATISFIED))).andExpect(status().isConflict());
		ApiCaller.as(mvc, "buyer.mzj")
			.post("/api/v1/evaluations/" + evaluation + "/survey-tokens", "{\"count\":1}")
			.andExpect(status().isConflict());

		assertThat(responses(evaluation)).isZero();
		assertThat(jdbc
			.sql("select count(*) from evaluation.survey_token where evaluation_id = :id and used_at is not null")
			.param("id", evaluation)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anUnknownTokenOrAnIncompleteAnswerGetsAClearPage() throws Exception {
		mvc.perform(get("/portal/survey/AAAAAAAAAAAAAAAAAAAAAAAA"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("链接无效")));
		mvc.perform(get("/portal/survey/<script>")).andExpect(status().is4xxClientError());
		mvc.perform(answer("AAAAAAAAAAAAAAAAAAAAAAAA", SATISFIED)).andExpect(status().isNotFound());

		UUID evaluation = SurveyFixtures.openEvaluation(jdbc);
		String token = SurveyFixtures.tokens(demo, surveys, evaluation, 1).get(0);
		mvc.perform(post("/portal/survey/" + token).param("ATTITUDE", "SATISFIED").param("comment", "好".repeat(501)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("请为“服务质量”选择一项评价")))
			.andExpect(content().string(containsString("意见建议不能超过500字")));
		assertThat(responses(evaluation)).isZero();

		// the public JSON answer, as the page's
		mvc.perform(
				post("/api/v1/public/survey/" + token).contentType(MediaType.APPLICATION_JSON).content(json(NEUTRAL)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("ANSWERED"));
		assertThat(responses(evaluation)).isEqualTo(1);
	}

	private int responses(UUID evaluation) {
		return jdbc.sql("select count(*) from evaluation.survey_response where evaluation_id = :id")
			.param("id", evaluation)
			.query(Integer.class)
			.single();
	}

	static MockHttpServletRequestBuilder answer(String token, SurveyRating... ratings) {
		SurveyRating[] each = ratings.length == 1 ? all(ratings[0]) : ratings;
		MockHttpServletRequestBuilder request = post("/portal/survey/" + token);
		for (int i = 0; i < each.length; i++) {
			request.param(SurveyQuestion.values()[i].name(), each[i].name());
		}
		return request;
	}

	static SurveyRating[] all(SurveyRating rating) {
		SurveyRating[] ratings = new SurveyRating[SurveyQuestion.values().length];
		java.util.Arrays.fill(ratings, rating);
		return ratings;
	}

	static String json(SurveyRating rating) {
		StringBuilder ratings = new StringBuilder();
		for (SurveyQuestion question : SurveyQuestion.values()) {
			ratings.append(ratings.isEmpty() ? "" : ",")
				.append('"')
				.append(question.name())
				.append("\":\"")
				.append(rating.name())
				.append('"');
		}
		return "{\"ratings\":{" + ratings + "}}";
	}

	static void assertNoCookie(MvcResult result) {
		assertThat(result.getResponse().getHeaders("Set-Cookie")).as("Set-Cookie").isEmpty();
		assertThat(result.getResponse().getCookies()).as("cookies").isEmpty();
		assertThat(result.getRequest().getSession(false)).as("session").isNull();
	}

	static String sha256(String token) throws Exception {
		return java.util.HexFormat.of()
			.formatHex(
					java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}

}
