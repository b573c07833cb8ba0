package org.govbuy.platform.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Least privilege for the application's own database role. Flyway migrates as the owner
 * of every schema and table (embedded: {@code postgres}; external:
 * {@code spring.flyway.user}); after every migration this gives the application's role
 * ({@code govbuy_app} embedded, {@code spring.datasource.username} external) what it
 * needs and no more: use of the schemas, SELECT/INSERT/UPDATE/DELETE on the tables (also
 * on tables later migrations create), but on the audit trail only SELECT and INSERT. Not
 * owning anything, it cannot alter a table, disable the audit trail's append-only trigger
 * or truncate it. With a single role for both (no {@code spring.flyway.user}) the
 * application owns its tables: that still works, but is weaker.
 */
@Component
class DatabaseRoles implements Callback {

	private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);

	/** Tables the application may read and append to, never change. */
	static final List<String> APPEND_ONLY = List.of("platform.audit_event");

	private final Environment environment;

	DatabaseRoles(Environment environment) {
		this.environment = environment;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public String getCallbackName() {
		return "govbuy database roles";
	}

	/** The role the application's pool connects as. */
	String appRole() {
		if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return EmbeddedPostgresConfiguration.APP_ROLE;
		}
		return environment.getProperty("spring.datasource.username", "");
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			grant(context.getConnection(), appRole());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("无法为应用的数据库角色授权", ex);
		}
	}

	private static void grant(Connection connection, String appRole) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			String owner = single(statement, "select current_user");
			if (!StringUtils.hasText(appRole) || appRole.equals(owner)) {
				log.warn("应用与数据库迁移使用同一个数据库角色（{}）：应用拥有全部表，可以改表和停用审计触发器。"
						+ "生产环境请另设 SPRING_FLYWAY_USER（表的所有者）并让应用使用只有增删改查权限的角色", owner);
				return;
			}
			String role = quote(appRole);
			List<String> schemas = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("""
					select nspname from pg_namespace
					 where nspowner = (select oid from pg_roles where rolname = current_user)
					   and nspname not like 'pg\\_%' and nspname <> 'information_schema'
					""")) {
				while (rows.next()) {
					schemas.add(rows.getString(1));
				}
			}
			for (String schema : schemas) {
				String s = quote(schema);
				statement.execute("grant usage on schema " + s + " to " + role);
				statement.execute("grant select, insert, update, delete on all tables in schema " + s + " to " + role);
				statement.execute("grant usage, select, update on all sequences in schema " + s + " to " + role);
			}
			statement.execute("alter default privileges grant usage on schemas to " + role);
			statement.execute("alter default privileges grant select, insert, update, delete on tables to " + role);
			statement.execute("alter default privileges grant usage, select, update on sequences to " + role);
			for (String table : APPEND_ONLY) {
				if (exists(statement, table)) {
					statement
						.execute("revoke update, delete, truncate, references, trigger on " + table + " from " + role);
				}
			}
			String history = quote(schemas.contains("platform") ? "platform" : "public") + ".flyway_schema_history";
			if (exists(statement, history)) {
				statement.execute("revoke insert, update, delete, truncate on " + history + " from " + role);
			}
		}
	}

	private static boolean exists(Statement statement, String table) throws SQLException {
		return single(statement, "select to_regclass('" + table.replace("'", "''") + "')::text") != null;
	}

	private static String single(Statement statement, String sql) throws SQLException {
		try (ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
