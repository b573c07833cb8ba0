package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.govbuy.platform.audit.AuditLog;
import org.govbuy.support.ApiClient;
import org.govbuy.support.DatabaseSuperuser;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The audit trail is append-only and its hash chain finds tampering. */
@IntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void refusesUpdatesAndDeletesOfAuditRecords() {
		audit.record("test.append", "Test", "1", null, Map.of("n", 1));
		// The application's role has no UPDATE/DELETE on the trail; its owner hits the
		// trigger.
		assertThatThrownBy(() -> jdbc.sql("update platform.audit_event set actor = 'mallory'").update()).rootCause()
			.message()
			.containsAnyOf("append-only", "permission denied");
		assertThatThrownBy(() -> jdbc.sql("delete from platform.audit_event").update()).rootCause()
			.message()
			.containsAnyOf("append-only", "permission denied");
		assertThatThrownBy(() -> owner().sql("update platform.audit_event set actor = 'mallory'").update())
			.hasMessageContaining("append-only");
	}

	@Test
	synchronized void verifyNamesTheFirstTamperedRecord() throws Exception {
		audit.record("test.before", "Test", "a", null, Map.of("amount", "100.00"));
		audit.record("test.tampered", "Test", "b", Map.of("amount", "100.00"), Map.of("amount", "200.00"));
		audit.record("test.after", "Test", "c", null, Map.of("amount", "300.00"));
		long tampered = jdbc.sql("select max(seq) - 1 from platform.audit_event").query(Long.class).single();
		String original = jdbc.sql("select after_state from platform.audit_event where seq = :seq")
			.param("seq", tampered)
			.query(String.class)
			.single();
		assertThat(log.verify().valid()).isTrue();

		// What an attacker with database superuser rights would do.
		rewrite(tampered, "{\"amount\":\"20.00\"}");
		try {
			AuditLog.Verification verification = log.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(tampered);
			assertThat(verification.reason()).contains("篡改");

			mvc.perform(get("/api/v1/audit/verify").header("Authorization", ApiClient.bearer(mvc, "auditor.zibo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(tampered));
		}
		finally {
			rewrite(tampered, original);
		}
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	void onlyAdministratorsAndAuditorsReadTheTrail() throws Exception {
		mvc.perform(get("/api/v1/audit").header("Authorization", ApiClient.bearer(mvc, "buyer.mzj")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").param("action", "user.create")
			.header("Authorization", ApiClient.bearer(mvc, "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].action").value("user.create"));
	}

	/** The owner of the tables (Flyway's role), who can disable the trigger. */
	private JdbcClient owner() {
		return JdbcClient.create(context.getBean(Flyway.class).getConfiguration().getDataSource());
	}

	private void rewrite(long seq, String afterState) {
		DatabaseSuperuser.withTriggersOff(context,
				superuser -> superuser.sql("update platform.audit_event set after_state = :state where seq = :seq")
					.param("state", afterState)
					.param("seq", seq)
					.update());
	}

}
