package org.govbuy.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What an attacker with the database owner's rights can do, for tests that prove the
 * audit chain finds it: statements run on a connection of the tables' owner (Flyway's
 * role, not the application's pool, whose role may not write the audit table at all),
 * with the audit trail's append-only trigger off, in one transaction that turns it back
 * on before it commits.
 */
public final class DatabaseSuperuser {

	private DatabaseSuperuser() {
	}

	public static void withTriggersOff(ApplicationContext context, Consumer<JdbcClient> work) {
		try (Connection connection = owner(context).getConnection()) {
			connection.setAutoCommit(false);
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			jdbc.sql("alter table platform.audit_event disable trigger audit_event_append_only").update();
			work.accept(jdbc);
			jdbc.sql("alter table platform.audit_event enable trigger audit_event_append_only").update();
			connection.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The tables' owner: the role Flyway migrates with. */
	private static DataSource owner(ApplicationContext context) {
		return context.getBean(Flyway.class).getConfiguration().getDataSource();
	}

}
