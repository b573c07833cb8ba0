package org.govbuy.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What an attacker with database superuser rights can do, for tests that prove the audit
 * chain finds it: statements run on a superuser connection of their own (not the
 * application's pool, whose role may not write the audit table at all), with triggers off
 * ({@code session_replication_role = replica}), in one transaction.
 */
public final class DatabaseSuperuser {

	private DatabaseSuperuser() {
	}

	public static void withTriggersOff(ApplicationContext context, Consumer<JdbcClient> work) {
		try (Connection connection = superuser(context).getConnection()) {
			connection.setAutoCommit(false);
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			jdbc.sql("set local session_replication_role = replica").update();
			work.accept(jdbc);
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The embedded server's superuser database; with an external server, the
	 * application's own data source (whose role must then be allowed to do this).
	 */
	private static DataSource superuser(ApplicationContext context) {
		EmbeddedPostgres embedded = context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable();
		return embedded != null ? embedded.getPostgresDatabase() : context.getBean(DataSource.class);
	}

}
