package org.govbuy.platform.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.govbuy.GovBuyApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The previous release ran the embedded database with trust authentication (no password).
 * Its data directory is switched to passwords once, on the first start.
 */
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+",
		disabledReason = "tests the embedded database only")
class TrustDataDirectoryUpgradeIntegrationTests {

	@TempDir
	Path data;

	@Test
	void aTrustConfiguredDataDirectoryAsksForPasswordsAfterTheFirstStart() throws Exception {
		Path directory = data.resolve("pg");
		try (EmbeddedPostgres previous = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.start()) {
			DriverManager.getConnection(previous.getJdbcUrl("postgres", "postgres")).close();
		}
		assertThat(Files.readString(directory.resolve("pg_hba.conf"))).contains("trust");

		try (ConfigurableApplicationContext upgraded = new SpringApplicationBuilder(GovBuyApplication.class).run(
				"--govbuy.embedded-db.data-dir=" + directory, "--spring.profiles.active=upgrade", "--server.port=0",
				"--spring.main.banner-mode=off")) {
			assertThat(upgraded.getBean(JdbcClient.class)
				.sql("select current_user || ' ' || rolsuper from pg_roles where rolname = current_user")
				.query(String.class)
				.single()).isEqualTo("govbuy_app false");
			int port = upgraded.getBean(EmbeddedPostgres.class).getPort();
			assertThatThrownBy(() -> DriverManager
				.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", null)
				.close()).isInstanceOf(SQLException.class).hasMessageContaining("password");
		}
		assertThat(Files.readString(directory.resolve("pg_hba.conf"))).doesNotContain("trust")
			.contains("scram-sha-256");
	}

}
