package org.govbuy.procurement.application;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.migration.Context;
import org.govbuy.platform.DatedJavaMigration;
import org.govbuy.platform.Secrets;
import org.govbuy.procurement.domain.SealedBidBox;

import org.springframework.stereotype.Component;

/**
 * Projects of the previous release had no data key of their own: their bids were sealed
 * under a key derived from the master key and the project id. That derived key becomes
 * the project's data key, wrapped like any other, so those bids still open — and after
 * the next rotation of the master key nothing depends on the old derivation any more.
 */
@Component
class LegacyBidKeysMigration extends DatedJavaMigration {

	private final Secrets secrets;

	LegacyBidKeysMigration(Secrets secrets) {
		super("2026.12.07.42", "procurement bid keys");
		this.secrets = secrets;
	}

	@Override
	public void migrate(Context context) throws Exception {
		List<UUID> projects = new ArrayList<>();
		try (Statement statement = context.getConnection().createStatement();
				ResultSet rows = statement.executeQuery("select id from procurement.project where bid_key is null")) {
			while (rows.next()) {
				projects.add(rows.getObject(1, UUID.class));
			}
		}
		if (projects.isEmpty()) {
			return;
		}
		byte[] master = secrets.key(BidKeys.MASTER_KEY);
		try (PreparedStatement update = context.getConnection()
			.prepareStatement("update procurement.project set bid_key = ? where id = ?")) {
			for (UUID project : projects) {
				update.setBytes(1, secrets.encrypt(BidKeys.MASTER_KEY, SealedBidBox.legacyDataKey(master, project),
						BidKeys.context(project)));
				update.setObject(2, project);
				update.addBatch();
			}
			update.executeBatch();
		}
	}

}
