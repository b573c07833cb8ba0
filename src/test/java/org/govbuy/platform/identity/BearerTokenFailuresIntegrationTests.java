package org.govbuy.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A refused bearer token is a 401 problem in Chinese; the audit never stores the token,
 * names the account only when the token was ours, and sums repeated failures up instead
 * of writing a row per request.
 */
@IntegrationTest
class BearerTokenFailuresIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BearerTokenFailures failures;

	@Test
	void anExpiredTokenIs401InChineseAndTheAuditNamesItsAccountButNeverTheToken() throws Exception {
		Instant issued = Instant.now().minus(10, ChronoUnit.HOURS);
		String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
				JwtClaimsSet.builder()
					.subject("buyer.mzj")
					.issuedAt(issued)
					.expiresAt(issued.plus(8, ChronoUnit.HOURS))
					.claim("roles", List.of("PURCHASER_CLERK"))
					.build()))
			.getTokenValue();
		failures.summarize();
		long before = auditRows();

		mvc.perform(get("/api/v1/contracts").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("未认证"))
			.andExpect(jsonPath("$.detail").value("访问令牌无效或已过期，请重新获取"));
		failures.summarize();

		assertThat(auditRows()).isEqualTo(before + 1);
		assertThat(jdbc
			.sql("select entity_id from platform.audit_event where action = 'token.rejected' order by seq desc limit 1")
			.query(String.class)
			.single()).isEqualTo("buyer.mzj");
		assertThat(jdbc
			.sql("""
					select count(*) from platform.audit_event
					where position(:token in coalesce(cast(after_state as text), '') || coalesce(entity_id, '') || actor) > 0""")
			.param("token", token.substring(token.lastIndexOf('.') - 20))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aHundredGarbageTokensAreCountedNotAuditedOneRowEach() throws Exception {
		failures.summarize();
		long before = auditRows();
		for (int i = 0; i < 100; i++) {
			mvc.perform(get("/api/v1/contracts").header("Authorization", "Bearer garbage." + "x".repeat(200) + i))
				.andExpect(status().isUnauthorized())
				.andExpect(jsonPath("$.title").value("未认证"));
		}
		failures.summarize();

		assertThat(auditRows() - before).isBetween(1L, 2L);
		String summary = jdbc.sql(
				"select cast(after_state as text) from platform.audit_event where action = 'token.rejected' order by seq desc limit 1")
			.query(String.class)
			.single();
		assertThat(summary).contains("\"invalid\"").doesNotContain("garbage");
		assertThat(jdbc.sql("select entity_id from platform.audit_event order by seq desc limit 1")
			.query(String.class)
			.list()).as("no account for a token that was not ours").containsOnlyNulls();
	}

	long auditRows() {
		return jdbc.sql("select count(*) from platform.audit_event").query(Long.class).single();
	}

}
