package org.govbuy.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.govbuy.platform.Secrets;
import org.govbuy.procurement.application.BidKeys;
import org.govbuy.procurement.domain.SealedBidBox;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.govbuy.support.MutableClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Someone who can read the whole database — a stolen backup, a leaked connection string
 * of the application — owns nothing: no key that opens a sealed bid or signs an accepted
 * token is in there, and the application's own role cannot rewrite the audit trail.
 */
@IntegrationTest
class DatabaseReaderIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource applicationDataSource;

	@Autowired
	BidKeys bidKeys;

	@Autowired
	Secrets secrets;

	@Autowired
	ObjectProvider<EmbeddedPostgres> embedded;

	@Autowired
	JwtDecoder jwtDecoder;

	@Value("${spring.flyway.user:}")
	String flywayUser;

	@Test
	void noValueInAnyTableOpensASealedBidOrSignsAnAcceptedToken() throws Exception {
		SealedBids.Sealed sealed = SealedBids.bid(mvc, clock, "居家养老（读库测试）", "512345", "读库测试方案");

		Set<ByteBuffer> candidates = new LinkedHashSet<>();
		int tables = 0;
		try (Connection connection = applicationDataSource.getConnection();
				Statement statement = connection.createStatement()) {
			for (String table : tables(statement)) {
				tables++;
				try (ResultSet rows = statement.executeQuery("select * from " + table)) {
					int columns = rows.getMetaData().getColumnCount();
					while (rows.next()) {
						for (int column = 1; column <= columns; column++) {
							Object value = rows.getObject(column);
							if (value instanceof byte[] bytes) {
								addWindows(candidates, bytes);
							}
							else if (value != null) {
								addFromText(candidates, value.toString());
							}
						}
					}
				}
			}
		}
		assertThat(tables).as("tables the application's role read").isGreaterThan(20);
		assertThat(candidates).as("32-byte values found").isNotEmpty();

		// The bid is really there, and the application itself opens it after the
		// deadline.
		record Bid(UUID id, UUID project, byte[] sealed, byte[] wrappedKey) {
		}
		List<Bid> bids = new ArrayList<>();
		try (Connection connection = applicationDataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("""
						select b.id, b.project_id, b.sealed, p.bid_key from procurement.bid b
						  join procurement.project p on p.id = b.project_id where octet_length(b.sealed) > 0""")) {
			while (rows.next()) {
				bids.add(new Bid(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), rows.getBytes(3),
						rows.getBytes(4)));
			}
		}
		Bid ours = bids.stream().filter(bid -> bid.project().equals(sealed.project())).findFirst().orElseThrow();
		assertThat(new String(
				bidKeys.boxFor(ours.project())
					.open(ours.project(), ours.id(), ours.sealed(), Instant.EPOCH, Instant.EPOCH),
				StandardCharsets.UTF_8))
			.startsWith("512345")
			.contains("读库测试方案");

		// (a) No value found opens a bid: not as the data key, not as the previous
		// release's
		// master key, not as a master key that unwraps the data key.
		List<String> opened = new ArrayList<>();
		for (ByteBuffer candidate : candidates) {
			byte[] key = candidate.array();
			for (Bid bid : bids) {
				if (opens(key, bid.project(), bid.id(), bid.sealed())
						|| opens(SealedBidBox.legacyDataKey(key, bid.project()), bid.project(), bid.id(), bid.sealed())
						|| unwraps(key, bid.wrappedKey(), bid.project())) {
					opened.add(HexFormat.of().formatHex(key));
				}
			}
		}
		assertThat(opened).as("values from the database that open a sealed bid").isEmpty();

		// (b) No value found signs a token that /api/v1/me accepts, while the same claims
		// signed with the real key are accepted: the forgery itself is right.
		JWTClaimsSet admin = SignedJWT.parse(ApiClient.tokenFor(mvc, "admin")).getJWTClaimsSet();
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + sign(admin, secrets.key("api-token-hs256"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.user.username").value("admin"));
		List<String> accepted = new ArrayList<>();
		for (ByteBuffer candidate : candidates) {
			String forged = sign(admin, candidate.array());
			assertThatThrownBy(() -> jwtDecoder.decode(forged)).isInstanceOf(JwtException.class);
			int answer;
			try {
				answer = mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + forged))
					.andReturn()
					.getResponse()
					.getStatus();
			}
			catch (Exception ex) {
				// Refused with an error rather than a 401: still not accepted.
				answer = -1;
			}
			if (answer >= 200 && answer < 300) {
				accepted.add(HexFormat.of().formatHex(candidate.array()));
			}
		}
		assertThat(accepted).as("values from the database that sign a token /api/v1/me accepts").isEmpty();
	}

	@Test
	void theApplicationsRoleIsNoSuperuserAndCannotRewriteTheAuditTrail() throws Exception {
		Assumptions.assumeTrue(embedded.getIfAvailable() != null || !flywayUser.isBlank(),
				"one database role for migrations and the application (no SPRING_FLYWAY_USER): weaker, as documented");
		try (Connection connection = applicationDataSource.getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery(
					"select rolsuper, rolcreaterole, rolbypassrls from pg_roles where rolname = current_user")) {
				rows.next();
				assertThat(rows.getBoolean(1)).as("superuser").isFalse();
				assertThat(rows.getBoolean(2)).as("may create roles").isFalse();
				assertThat(rows.getBoolean(3)).as("bypasses row security").isFalse();
			}
			try (ResultSet rows = statement.executeQuery("select count(*) from platform.audit_event")) {
				rows.next();
				assertThat(rows.getLong(1)).as("it reads the audit trail").isPositive();
			}
			for (String rewrite : List.of("update platform.audit_event set actor = 'nobody'",
					"delete from platform.audit_event", "truncate platform.audit_event",
					"alter table platform.audit_event disable trigger all",
					"alter table platform.audit_event disable trigger audit_event_append_only",
					"drop trigger audit_event_append_only on platform.audit_event",
					"insert into platform.flyway_schema_history (installed_rank, description, type, script, installed_by, success) values (9999, 'x', 'SQL', 'x', 'x', true)")) {
				assertThatThrownBy(() -> statement.execute(rewrite)).as(rewrite)
					.isInstanceOf(SQLException.class)
					.satisfies(ex -> assertThat(ex.getMessage()).containsAnyOf("permission denied", "must be owner"));
			}
		}
	}

	@Test
	void theEmbeddedDatabaseRefusesAConnectionWithoutAPassword() {
		EmbeddedPostgres postgres = embedded.getIfAvailable();
		Assumptions.assumeTrue(postgres != null, "tests the embedded database only");
		String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
		for (String role : List.of("postgres", "govbuy_app")) {
			assertThatThrownBy(() -> DriverManager.getConnection(url, role, null).close()).as(role)
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password");
			assertThatThrownBy(() -> DriverManager.getConnection(url, role, "postgres").close()).as(role)
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("password authentication failed");
		}
	}

	private static List<String> tables(Statement statement) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery("""
				select table_schema, table_name from information_schema.tables
				 where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
				 order by 1, 2""")) {
			while (rows.next()) {
				tables.add("\"" + rows.getString(1) + "\".\"" + rows.getString(2) + "\"");
			}
		}
		return tables;
	}

	/** Every 32-byte window of a binary value. */
	private static void addWindows(Set<ByteBuffer> candidates, byte[] bytes) {
		for (int start = 0; start + 32 <= bytes.length && start < 4096; start++) {
			candidates.add(ByteBuffer.wrap(java.util.Arrays.copyOfRange(bytes, start, start + 32)));
		}
		addFromText(candidates, new String(bytes, StandardCharsets.ISO_8859_1));
	}

	/**
	 * The text itself, and every Base64, Base64url or hex word in it, that is 32 bytes.
	 */
	private static void addFromText(Set<ByteBuffer> candidates, String text) {
		byte[] raw = text.getBytes(StandardCharsets.UTF_8);
		if (raw.length == 32) {
			candidates.add(ByteBuffer.wrap(raw));
		}
		for (String word : text.split("[^A-Za-z0-9+/=_-]+")) {
			if (word.length() < 40) {
				continue;
			}
			if (word.length() == 64 && word.matches("[0-9a-fA-F]+")) {
				candidates.add(ByteBuffer.wrap(HexFormat.of().parseHex(word)));
			}
			for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
				try {
					byte[] decoded = decoder.decode(word);
					if (decoded.length == 32) {
						candidates.add(ByteBuffer.wrap(decoded));
					}
				}
				catch (IllegalArgumentException ex) {
					// not this alphabet
				}
			}
		}
	}

	private static boolean opens(byte[] key, UUID project, UUID bid, byte[] sealed) {
		try {
			new SealedBidBox(project, key).open(project, bid, sealed, Instant.EPOCH, Instant.EPOCH);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static boolean unwraps(byte[] key, byte[] wrapped, UUID project) {
		try {
			MasterKeys.decryptWith(key, wrapped, "govbuy-bid-key:" + project);
			return true;
		}
		catch (java.security.GeneralSecurityException | RuntimeException ex) {
			return false;
		}
	}

	private static String sign(JWTClaimsSet claims, byte[] key) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		jwt.sign(new MACSigner(key));
		return jwt.serialize();
	}

}
