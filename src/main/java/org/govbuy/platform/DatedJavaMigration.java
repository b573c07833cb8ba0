package org.govbuy.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration written in Java because it needs what SQL cannot reach (the key
 * store), versioned by date like the SQL migrations so modules interleave. A Spring bean,
 * so it gets its collaborators injected; it runs in the migration's transaction.
 */
public abstract class DatedJavaMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	/**
	 * @param version the date version, e.g. {@code 2026.12.07.40}
	 * @param description what it does, as Flyway's history shows it
	 */
	protected DatedJavaMigration(String version, String description) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
	}

	@Override
	public MigrationVersion getVersion() {
		return version;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

}
