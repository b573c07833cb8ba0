package org.govbuy.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.govbuy.GovBuyApplication;
import org.govbuy.procurement.application.BidKeys;
import org.govbuy.procurement.domain.SealedBidBox;
import org.govbuy.provider.application.BankAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A database of the previous release kept its keys in {@code platform.secret}. After the
 * upgrade the keys are in the key store, the table is gone, and what was sealed before —
 * bids, bank accounts — still opens, and tokens signed before are still accepted.
 */
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+",
		disabledReason = "starts its own database of the previous release")
class LegacySecretsIntegrationTests {

	/** The last migration of the previous release. */
	static final String PREVIOUS_RELEASE = "2026.12.07.22";

	@TempDir
	Path keysDirectory;

	@Test
	void anUpgradeMovesTheKeysOutOfTheDatabaseAndStillOpensWhatWasSealedBefore() throws Exception {
		byte[] bidMaster = KeyFile.random32();
		byte[] bankKey = KeyFile.random32();
		byte[] tokenKey = KeyFile.random32();
		UUID project = UUID.randomUUID();
		UUID bid = UUID.randomUUID();
		UUID provider = UUID.randomUUID();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			String url = postgres.getJdbcUrl("postgres", "postgres");
			Flyway.configure()
				.dataSource(postgres.getPostgresDatabase())
				.locations("classpath:db/migration")
				.schemas("platform")
				.createSchemas(true)
				.target(PREVIOUS_RELEASE)
				.load()
				.migrate();
			JdbcClient old = JdbcClient.create(postgres.getPostgresDatabase());
			for (var secret : java.util.Map
				.of("api-token-hs256", tokenKey, "key:procurement.bid-box", bidMaster, "key:provider-bank-account",
						bankKey)
				.entrySet()) {
				old.sql("insert into platform.secret (name, value, created_at) values (:name, :value, now())")
					.param("name", secret.getKey())
					.param("value", Base64.getEncoder().encodeToString(secret.getValue()))
					.update();
			}
			old.sql("""
					insert into procurement.project (id, plan_line_id, unit_id, unit_name, region_code, name, demand, method,
					    budget, price_weight, status, response_deadline, created_by, created_at)
					values (:id, :id, :id, '淄博市民政局', '370300', '旧版本项目', '上门服务', 'COMPETITIVE_CONSULTATION',
					    600000, 0.30, 'ANNOUNCED', :deadline, 'clerk', now())""")
				.param("id", project)
				.param("deadline", OffsetDateTime.now().plusDays(3))
				.update();
			// Sealed the way the previous release sealed: a key derived from the master
			// key.
			byte[] sealedBid = new SealedBidBox(project, SealedBidBox.legacyDataKey(bidMaster, project)).seal(project,
					bid, "480000.00\n旧版本的方案".getBytes(StandardCharsets.UTF_8));
			old.sql("""
					insert into procurement.bid (id, project_id, provider_id, provider_name, credit_code, social_org, sealed,
					    submitted_at)
					values (:id, :project, :provider, '旧供应商', '52370300MJD000001X', true, :sealed, now())""")
				.param("id", bid)
				.param("project", project)
				.param("provider", provider)
				.param("sealed", sealedBid)
				.update();
			old.sql("""
					insert into provider.provider (id, organization_id, name, provider_type, credit_code, region_code,
					    legal_representative, contact_name, contact_phone, bank_account_sealed, bank_account_last4, status,
					    created_at)
					values (:id, :id, '旧供应商', 'SOCIAL_ORGANIZATION_REGISTERED', '52370300MJD000001X', '370303', '王某',
					    '李某', '0533-1234567', :sealed, '4455', 'QUALIFIED', now())""")
				.param("id", provider)
				.param("sealed", previousReleaseBankSeal(bankKey, "6222020200112234455"))
				.update();

			Path store = keysDirectory.resolve("keys").resolve("govbuy.keys");
			try (ConfigurableApplicationContext upgraded = new SpringApplicationBuilder(GovBuyApplication.class).run(
					"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
					"--spring.profiles.active=upgrade", "--govbuy.keys.store=" + store, "--server.port=0",
					"--spring.main.banner-mode=off")) {
				JdbcClient jdbc = upgraded.getBean(JdbcClient.class);
				assertThat(jdbc.sql("select to_regclass('platform.secret')::text").query(String.class).optional())
					.as("the table of secrets is gone")
					.isEmpty();

				SealedBidBox box = upgraded.getBean(BidKeys.class).boxFor(project);
				assertThat(new String(box.open(project, bid, sealedBid, Instant.EPOCH, Instant.EPOCH),
						StandardCharsets.UTF_8))
					.isEqualTo("480000.00\n旧版本的方案");
				assertThat(upgraded.getBean(BankAccounts.class).accountOf(provider)).hasValue("6222020200112234455");

				JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("govbuy")
					.subject("admin")
					.issueTime(new java.util.Date())
					.expirationTime(new java.util.Date(System.currentTimeMillis() + 600_000))
					.build();
				SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
				token.sign(new MACSigner(tokenKey));
				assertThat(upgraded.getBean(JwtDecoder.class).decode(token.serialize()).getSubject())
					.isEqualTo("admin");
			}
			assertThat(Files.readString(store)).contains("procurement.bid-box@", "provider-bank-account@",
					"api-token-hs256@");
			assertThat(Files.getPosixFilePermissions(store)).isEqualTo(KeyFile.FILE_PERMISSIONS);
			assertThat(Files.getPosixFilePermissions(store.getParent())).isEqualTo(KeyFile.DIRECTORY_PERMISSIONS);
		}
	}

	/** What the previous release's ProviderRegistry.seal wrote: AES-GCM, nonce first. */
	private static byte[] previousReleaseBankSeal(byte[] key, String account) throws Exception {
		byte[] nonce = KeyFile.random32();
		nonce = java.util.Arrays.copyOf(nonce, 12);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
		byte[] sealed = cipher.doFinal(account.getBytes(StandardCharsets.US_ASCII));
		return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
	}

}
