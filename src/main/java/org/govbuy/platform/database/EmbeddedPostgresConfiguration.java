package org.govbuy.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.govbuy.platform.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no external database is configured
 * ({@code spring.datasource.url} unset), so that {@code mvn spring-boot:run} works from a
 * fresh clone. Data is kept in {@code govbuy.embedded-db.data-dir} (default
 * {@code ./data/pg}); an empty value gives a throw-away directory, which the tests use.
 * <p>
 * Every connection needs a password (scram-sha-256); the passwords are derived from keys
 * of the key store, never kept in the data directory. Flyway migrates as the superuser
 * {@code postgres}, which owns every table; the application's pool connects as
 * {@value #APP_ROLE}, which is not a superuser and only gets the grants of
 * {@link DatabaseRoles}. A data directory of the previous release (trust authentication)
 * is upgraded once at start.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	static final String SUPPORTED_MAJOR_VERSION = "17";

	/** The application's own database role. */
	static final String APP_ROLE = "govbuy_app";

	static final String SUPERUSER = "postgres";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${govbuy.embedded-db.data-dir:}") String dataDir, Secrets secrets)
			throws IOException {
		String superuserPassword = password(secrets, SUPERUSER);
		boolean throwAway = !StringUtils.hasText(dataDir);
		Path directory = throwAway ? Files.createTempDirectory("govbuy-pg") : Path.of(dataDir).toAbsolutePath();
		Files.createDirectories(directory);
		if (!throwAway) {
			failOnOtherMajorVersion(directory);
			stopOrphanedPostmaster(directory);
		}
		boolean trustConfigured = !throwAway && usesTrust(directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(throwAway)
			// zonky's own hook races Spring's shutdown; the bean's close() stops the
			// server.
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C")
			// zonky turns these off for speed; a default database must survive a crash.
			.setServerConfig("fsync", throwAway ? "off" : "on")
			.setServerConfig("synchronous_commit", throwAway ? "off" : "on")
			.setServerConfig("full_page_writes", throwAway ? "off" : "on")
			.setServerConfig("listen_addresses", "127.0.0.1")
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "Asia/Shanghai");
		Path passwordFile = null;
		if (!trustConfigured) {
			// initdb sets the superuser's password; pg_hba asks every connection for it.
			passwordFile = Files.createTempFile("govbuy-pg", ".pw",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
			builder.setLocaleConfig("pwfile", passwordFile.toString())
				.setDataDirectoryCustomizer(data -> requirePasswords(data.toPath()))
				.setConnectConfig("password", superuserPassword);
		}
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		finally {
			if (passwordFile != null) {
				Files.deleteIfExists(passwordFile);
			}
		}
		try {
			if (trustConfigured) {
				upgradeFromTrust(postgres, directory, superuserPassword);
			}
			ensureAppRole(postgres, superuserPassword, password(secrets, APP_ROLE));
		}
		catch (SQLException ex) {
			postgres.close();
			throw new IllegalStateException("无法设置嵌入式数据库的角色和密码", ex);
		}
		log.info("嵌入式 PostgreSQL 已启动：端口 {}，数据目录 {}", postgres.getPort(), throwAway ? "(临时)" : directory);
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres, Secrets secrets) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url(postgres));
		config.setUsername(APP_ROLE);
		config.setPassword(password(secrets, APP_ROLE));
		config.setMaximumPoolSize(20);
		config.setPoolName("govbuy-embedded");
		return new HikariDataSource(config);
	}

	/** Flyway migrates as the owner of every table. */
	@Bean(defaultCandidate = false)
	@FlywayDataSource
	DataSource flywayDataSource(EmbeddedPostgres postgres, Secrets secrets) {
		return simpleDataSource(postgres, SUPERUSER, password(secrets, SUPERUSER));
	}

	/** A role's password: a key of the key store (outside the data directory). */
	static String password(Secrets secrets, String role) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secrets.key("database." + role));
	}

	static String url(EmbeddedPostgres postgres) {
		return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
	}

	private static DataSource simpleDataSource(EmbeddedPostgres postgres, String user, String password) {
		return new DriverManagerDataSource(url(postgres), user, password);
	}

	/** Every local and loopback connection must authenticate with a password. */
	static void requirePasswords(Path dataDirectory) {
		try {
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), """
					# Written by GovBuy: every connection needs a password (scram-sha-256).
					local   all   all                  scram-sha-256
					host    all   all   127.0.0.1/32   scram-sha-256
					host    all   all   ::1/128        scram-sha-256
					""", StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static boolean usesTrust(Path dataDirectory) throws IOException {
		Path hba = dataDirectory.resolve("pg_hba.conf");
		return Files.exists(hba) && Files.readAllLines(hba, StandardCharsets.US_ASCII)
			.stream()
			.map(String::trim)
			.anyMatch(line -> !line.startsWith("#") && line.matches(".*\\strust$"));
	}

	/**
	 * The previous release started PostgreSQL with trust authentication: give the
	 * superuser its password, then require passwords from now on.
	 */
	private static void upgradeFromTrust(EmbeddedPostgres postgres, Path directory, String superuserPassword)
			throws SQLException {
		try (Connection connection = simpleDataSource(postgres, SUPERUSER, null).getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			statement.execute("alter role " + SUPERUSER + " password " + literal(superuserPassword));
			requirePasswords(directory);
			statement.execute("select pg_reload_conf()");
		}
		log.warn("嵌入式数据库 {} 原先无需密码即可连接（信任认证），已改为密码认证（scram-sha-256）", directory);
	}

	/** The application's role: may log in, is not a superuser, owns nothing. */
	private static void ensureAppRole(EmbeddedPostgres postgres, String superuserPassword, String appPassword)
			throws SQLException {
		try (Connection connection = simpleDataSource(postgres, SUPERUSER, superuserPassword).getConnection();
				Statement statement = connection.createStatement()) {
			boolean exists;
			try (ResultSet rows = statement.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
				exists = rows.next();
			}
			statement.execute((exists ? "alter role " : "create role ") + APP_ROLE
					+ " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password "
					+ literal(appPassword));
		}
	}

	/**
	 * The passwords are Base64url: no quote can occur, but quote them properly anyway.
	 */
	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	/**
	 * A data directory written by another PostgreSQL major version cannot be opened: say
	 * so.
	 */
	static void failOnOtherMajorVersion(Path directory) throws IOException {
		Path versionFile = directory.resolve("PG_VERSION");
		if (Files.exists(versionFile)) {
			String version = Files.readString(versionFile, StandardCharsets.US_ASCII).trim();
			if (!SUPPORTED_MAJOR_VERSION.equals(version)) {
				throw new IllegalStateException("数据目录 " + directory + " 由 PostgreSQL " + version
						+ " 创建，嵌入式数据库为 PostgreSQL " + SUPPORTED_MAJOR_VERSION + "。请用旧版本导出（pg_dump）后在新版本中恢复，或另行指定数据目录。");
			}
		}
	}

	/**
	 * After a {@code kill -9} of the application the postmaster outlives it and the next
	 * start waits on its {@code postmaster.pid}: stop the orphan first.
	 */
	static void stopOrphanedPostmaster(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile, StandardCharsets.US_ASCII)
			.stream()
			.findFirst()
			.orElse("")
			.trim();
		long pid;
		try {
			pid = Long.parseLong(firstLine);
		}
		catch (NumberFormatException ex) {
			return;
		}
		ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(handle -> handle.info().command().map(command -> command.contains("postgres")).orElse(false))
			.ifPresent(orphan -> {
				log.warn("发现上次未正常关闭的嵌入式 PostgreSQL（进程 {}），正在停止", pid);
				orphan.destroy();
				try {
					orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
				}
				catch (Exception ex) {
					orphan.destroyForcibly();
				}
			});
	}

	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
