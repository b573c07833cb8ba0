package org.govbuy.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.audit.AuditLog.Problem;
import org.govbuy.platform.audit.AuditLog.Verification;
import org.govbuy.support.ApiClient;
import org.govbuy.support.DatabaseSuperuser;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Someone with database superuser rights rewrites or deletes audit records, recomputing
 * the hash chain as best they can without the master key: verification names the first
 * bad record, and signed checkpoints outside the database catch a deleted tail. Every
 * test puts the table back as it was.
 */
@IntegrationTest
class AuditTamperingIntegrationTests {

	static final byte[] WRONG_KEY = "a-key-that-is-not-the-master-key".getBytes(StandardCharsets.UTF_8);

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditLog log;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuthenticationManager authenticationManager;

	@Test
	synchronized void anUntouchedChainVerifiesAgainstItsCheckpoint() {
		audit.record("test.untouched", "Test", "u", null, Map.of("amount", "1.00"));
		AuditCheckpoint checkpoint = checkpoints.writeNow().orElseThrow();

		Verification verification = log.verify();

		assertThat(verification.valid()).as(verification.reason()).isTrue();
		assertThat(verification.checked()).isEqualTo(lastSeq());
		assertThat(verification.latestCheckpointSeq()).isEqualTo(checkpoint.seq()).isEqualTo(lastSeq());
		assertThat(verification.checkpointsCompared()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.sql("select chain_version from platform.audit_event where seq = :seq")
			.param("seq", checkpoint.seq())
			.query(Integer.class)
			.single()).as("new records are HMAC-SM3").isEqualTo(AuditHash.KEYED);
	}

	@Test
	void theAuditPageVerifiesAgainstTheNewestCheckpointAndOffersCheckpointsToAdministrators() throws Exception {
		audit.record("test.page", "Test", "v", null, Map.of("amount", "5.00"));
		AuditCheckpoint checkpoint = checkpoints.writeNow().orElseThrow();
		String verified = mvc
			.perform(post("/platform/audit/verify").with(authentication(login("auditor.zibo"))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(verified).contains("审计链完整", "最新检查点：第 " + checkpoint.seq() + " 条记录");
		assertThat(page("admin", "/platform/audit")).contains("立即生成检查点", "公开的检查点");
		assertThat(page("auditor.zibo", "/platform/audit")).doesNotContain("立即生成检查点");
	}

	@Test
	synchronized void aRewrittenRowWithARecomputedPlainSm3ChainIsNamed() throws Exception {
		long tampered = appendThree();
		List<AuditRecord> original = rows(tampered);
		try {
			forge(original, AuditHash.LEGACY, null);

			Verification verification = log.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(tampered);
			assertThat(verification.problem()).isEqualTo(Problem.RECORD_ALTERED);
			assertThat(verification.reason()).contains("第 " + tampered + " 条").contains("篡改");
			mvc.perform(get("/api/v1/audit/verify").header("Authorization", ApiClient.bearer(mvc, "auditor.zibo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.firstBrokenSeq").value(tampered))
				.andExpect(jsonPath("$.problem").value("RECORD_ALTERED"));
		}
		finally {
			restore(original);
		}
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	synchronized void aRewrittenRowWithAChainKeyedByAnotherKeyIsNamed() {
		long tampered = appendThree();
		List<AuditRecord> original = rows(tampered);
		try {
			forge(original, AuditHash.KEYED, WRONG_KEY);

			Verification verification = log.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(tampered);
			assertThat(verification.problem()).isEqualTo(Problem.RECORD_ALTERED);
		}
		finally {
			restore(original);
		}
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	synchronized void deletingRecordsAfterACheckpointIsReportedWithTheNumbers() throws Exception {
		appendThree();
		AuditCheckpoint checkpoint = checkpoints.writeNow().orElseThrow();
		long last = checkpoint.seq();
		List<AuditRecord> tail = rows(last - 1);
		try {
			DatabaseSuperuser.withTriggersOff(context,
					superuser -> superuser.sql("delete from platform.audit_event where seq >= :seq")
						.param("seq", last - 1)
						.update());

			Verification verification = log.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
			assertThat(verification.firstBrokenSeq()).isEqualTo(last - 1);
			assertThat(verification.reason()).startsWith("审计记录在检查点之后被删除或改写")
				.contains("第 " + last + " 条")
				.contains(checkpoint.hash())
				.contains("只有 " + (last - 2) + " 条");
			mvc.perform(get("/api/v1/audit/verify").header("Authorization", ApiClient.bearer(mvc, "admin")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.problem").value("CHECKPOINT_MISMATCH"))
				.andExpect(jsonPath("$.latestCheckpointSeq").value(last));
			String page = mvc.perform(post("/platform/audit/verify").with(authentication(login("admin"))).with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains("审计记录在检查点之后被删除或改写");
		}
		finally {
			DatabaseSuperuser.withTriggersOff(context, superuser -> tail.forEach(row -> insert(superuser, row)));
		}
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	synchronized void aCheckpointVerifiesWithThePublishedPublicKeyAndFailsAfterOneChangedByte() throws Exception {
		audit.record("test.published", "Test", "p", null, Map.of("amount", "2.00"));
		AuditCheckpoint written = checkpoints.writeNow().orElseThrow();

		String body = mvc.perform(get("/api/v1/public/audit/checkpoints"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode published = json.readTree(body);
		String publicKey = published.get("publicKeyPem").asString();
		JsonNode newest = published.get("checkpoints").get(0);
		assertThat(newest.get("seq").asLong()).isEqualTo(written.seq());
		String signedText = AuditCheckpoint.signedText(newest.get("seq").asLong(), newest.get("hash").asString(),
				newest.get("time").asString());
		String signature = newest.get("signature").asString();

		assertThat(CheckpointSigner.verify(publicKey, signedText, signature)).isTrue();
		char[] changed = signedText.toCharArray();
		changed[changed.length - 2] = changed[changed.length - 2] == '0' ? '1' : '0';
		assertThat(CheckpointSigner.verify(publicKey, new String(changed), signature)).isFalse();

		// The same one-byte change in the checkpoint file itself.
		String file = Files.readString(checkpoints.file(), StandardCharsets.UTF_8);
		String hash = written.hash();
		String forgedHash = (hash.charAt(0) == 'a' ? 'b' : 'a') + hash.substring(1);
		try {
			Files.writeString(checkpoints.file(), file.replace(hash, forgedHash), StandardCharsets.UTF_8);
			Verification verification = log.verify();
			assertThat(verification.valid()).isFalse();
			assertThat(verification.problem()).isEqualTo(Problem.CHECKPOINT_INVALID);
			assertThat(verification.reason()).contains("签名无效");
		}
		finally {
			Files.writeString(checkpoints.file(), file, StandardCharsets.UTF_8);
		}
		assertThat(log.verify().valid()).isTrue();
	}

	@Test
	void thePortalPublishesTheCheckpointsAndThePublicKeyWithoutLogin() throws Exception {
		audit.record("test.portal", "Test", "q", null, Map.of("amount", "3.00"));
		AuditCheckpoint written = checkpoints.writeNow().orElseThrow();
		String page = mvc.perform(get("/portal/audit-checkpoints"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("审计日志检查点", "BEGIN PUBLIC KEY", written.hash(), written.signature(), "SM2withSM3",
				"/portal/audit-checkpoints");
	}

	@Test
	void anAdministratorWritesACheckpointOnDemandAndItIsAudited() throws Exception {
		audit.record("test.on-demand", "Test", "d", null, Map.of("amount", "4.00"));
		long covered = lastSeq();
		String fragment = mvc
			.perform(post("/platform/audit/checkpoints").with(authentication(login("admin"))).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("已生成检查点：第 " + covered + " 条记录");
		assertThat(checkpoints.latest().orElseThrow().seq()).isEqualTo(covered);
		assertThat(jdbc.sql("select action from platform.audit_event where seq = :seq")
			.param("seq", covered + 1)
			.query(String.class)
			.single()).isEqualTo("audit.checkpoint");
		mvc.perform(post("/platform/audit/checkpoints").with(authentication(login("auditor.zibo"))).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private long appendThree() {
		audit.record("test.before", "Test", "a", null, Map.of("amount", "100.00"));
		audit.record("test.tampered", "Test", "b", Map.of("amount", "100.00"), Map.of("amount", "200.00"));
		audit.record("test.after", "Test", "c", null, Map.of("amount", "300.00"));
		return lastSeq() - 1;
	}

	private long lastSeq() {
		return jdbc.sql("select max(seq) from platform.audit_event").query(Long.class).single();
	}

	/** The records from {@code seq} on, as stored. */
	private List<AuditRecord> rows(long seq) {
		return jdbc.sql("select * from platform.audit_event where seq >= :seq order by seq")
			.param("seq", seq)
			.query((rs, row) -> new AuditRecord(rs.getLong("seq"),
					rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getObject("organization_id", UUID.class), rs.getString("action"), rs.getString("entity_type"),
					rs.getString("entity_id"), rs.getString("before_state"), rs.getString("after_state"),
					rs.getString("client_address"), rs.getString("previous_hash"), rs.getString("hash")))
			.list();
	}

	/**
	 * Lowers the amount in the first of the records and recomputes every link from there
	 * on, with the given chain version and key.
	 */
	private void forge(List<AuditRecord> records, int version, byte[] key) {
		DatabaseSuperuser.withTriggersOff(context, superuser -> {
			String previous = records.get(0).previousHash();
			for (int i = 0; i < records.size(); i++) {
				AuditRecord row = records.get(i);
				String after = i == 0 ? "{\"amount\":\"20.00\"}" : row.after();
				AuditRecord forged = new AuditRecord(row.seq(), row.occurredAt(), row.actor(), row.organizationId(),
						row.action(), row.entityType(), row.entityId(), row.before(), after, row.clientAddress(),
						previous, null);
				String hash = AuditHash.link(version, forged, key);
				superuser.sql(
						"update platform.audit_event set after_state = :after, previous_hash = :previous, hash = :hash,"
								+ " chain_version = :version where seq = :seq")
					.param("after", after)
					.param("previous", previous)
					.param("hash", hash)
					.param("version", version)
					.param("seq", row.seq())
					.update();
				previous = hash;
			}
		});
	}

	private void restore(List<AuditRecord> records) {
		DatabaseSuperuser.withTriggersOff(context, superuser -> {
			superuser.sql("delete from platform.audit_event where seq >= :seq")
				.param("seq", records.get(0).seq())
				.update();
			records.forEach(row -> insert(superuser, row));
		});
	}

	private static void insert(JdbcClient superuser, AuditRecord row) {
		superuser
			.sql("""
					insert into platform.audit_event (seq, occurred_at, actor, organization_id, action, entity_type, entity_id,
					    before_state, after_state, client_address, previous_hash, hash, chain_version)
					values (:seq, :at, :actor, :org, :action, :type, :entity, :before, :after, :client, :previous, :hash, 2)""")
			.param("seq", row.seq())
			.param("at", OffsetDateTime.ofInstant(row.occurredAt(), java.time.ZoneOffset.UTC))
			.param("actor", row.actor())
			.param("org", row.organizationId())
			.param("action", row.action())
			.param("type", row.entityType())
			.param("entity", row.entityId())
			.param("before", row.before())
			.param("after", row.after())
			.param("client", row.clientAddress())
			.param("previous", row.previousHash())
			.param("hash", row.hash())
			.update();
	}

	private String page(String username, String url) throws Exception {
		return mvc.perform(get(url).with(authentication(login(username))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.security.core.Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

}
