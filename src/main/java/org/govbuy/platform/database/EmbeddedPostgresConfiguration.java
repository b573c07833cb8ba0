package org.govbuy.platform.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no external database is configured
 * ({@code spring.datasource.url} unset), so that {@code mvn spring-boot:run} works from a
 * fresh clone. Data is kept in {@code govbuy.embedded-db.data-dir} (default
 * {@code ./data/pg}); an empty value gives a throw-away directory, which the tests use.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

	static final String SUPPORTED_MAJOR_VERSION = "17";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${govbuy.embedded-db.data-dir:}") String dataDir) throws IOException {
		boolean throwAway = !StringUtils.hasText(dataDir);
		Path directory = throwAway ? Files.createTempDirectory("govbuy-pg") : Path.of(dataDir).toAbsolutePath();
		Files.createDirectories(directory);
		if (!throwAway) {
			failOnOtherMajorVersion(directory);
			stopOrphanedPostmaster(directory);
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
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
			.setServerConfig("timezone", "Asia/Shanghai")
			.start();
		log.info("嵌入式 PostgreSQL 已启动：端口 {}，数据目录 {}", postgres.getPort(), throwAway ? "(临时)" : directory);
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(20);
		config.setPoolName("govbuy-embedded");
		return new HikariDataSource(config);
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
