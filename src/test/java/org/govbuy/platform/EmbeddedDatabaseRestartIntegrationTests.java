package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import org.govbuy.GovBuyApplication;
import org.govbuy.platform.identity.UserAdministration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The default embedded database keeps its data across restarts, durably (fsync on), in
 * the configured directory — what {@code mvn spring-boot:run} relies on.
 */
@DisabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = ".+",
		disabledReason = "tests the embedded database only")
class EmbeddedDatabaseRestartIntegrationTests {

	@TempDir
	Path data;

	@Test
	void keepsAUserCreatedBeforeARestart() throws Exception {
		Path directory = data.resolve("pg");
		UUID created;
		try (ConfigurableApplicationContext first = start(directory)) {
			UserAdministration users = first.getBean(UserAdministration.class);
			UUID organization = first.getBean(JdbcClient.class)
				.sql("select id from platform.organization where name = '淄博市民政局'")
				.query(UUID.class)
				.single();
			created = users.create("restart.check", "重启检查", organization, Set.of(Role.PURCHASER_CLERK), "Demo@12345");
			assertThat(first.getBean(JdbcClient.class).sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(first.getBean(JdbcClient.class).sql("show synchronous_commit").query(String.class).single())
				.isEqualTo("on");
		}
		assertThat(directory.resolve("PG_VERSION")).exists();
		assertThat(Files.readString(directory.resolve("PG_VERSION")).trim()).isEqualTo("17");

		try (ConfigurableApplicationContext second = start(directory)) {
			assertThat(second.getBean(UserAdministration.class).find(created))
				.hasValueSatisfying(user -> assertThat(user.username()).isEqualTo("restart.check"));
		}
	}

	@Test
	void refusesADataDirectoryOfAnotherPostgresVersion() throws Exception {
		Path directory = data.resolve("old");
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("PG_VERSION"), "15\n");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> start(directory))
			.hasStackTraceContaining("PostgreSQL 15")
			.hasStackTraceContaining("pg_dump");
	}

	private static ConfigurableApplicationContext start(Path directory) {
		// Command-line arguments, so they win over application.yml.
		return new SpringApplicationBuilder(GovBuyApplication.class).profiles("demo")
			.run("--govbuy.embedded-db.data-dir=" + directory, "--server.port=0", "--spring.main.banner-mode=off");
	}

}
