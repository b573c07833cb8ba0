package org.govbuy.procurement.application;

import java.util.UUID;

import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Secrets;
import org.govbuy.procurement.domain.SealedBidBox;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place a procurement's {@link SealedBidBox} comes from: its data key, kept in
 * {@code procurement.project.bid_key} wrapped by the master key {@value #MASTER_KEY}
 * (bound to the project's id), is unwrapped here; a project without one gets a fresh
 * random key on first use. During a rotation of the master key every data key is
 * re-wrapped; the sealed bids themselves are untouched.
 */
@Component
public class BidKeys implements Secrets.Reencryption {

	/** The bid-sealing master key in the key store. */
	public static final String MASTER_KEY = "procurement.bid-box";

	private final JdbcClient jdbc;

	private final Secrets secrets;

	BidKeys(JdbcClient jdbc, Secrets secrets) {
		this.jdbc = jdbc;
		this.secrets = secrets;
	}

	/** The sealing box of the procurement, with its data key unwrapped. */
	@Transactional
	public SealedBidBox boxFor(UUID projectId) {
		byte[] wrapped = wrapped(projectId);
		if (wrapped == null) {
			jdbc.sql("update procurement.project set bid_key = :key where id = :id and bid_key is null")
				.param("key", secrets.encrypt(MASTER_KEY, SealedBidBox.newDataKey(), context(projectId)))
				.param("id", projectId)
				.update();
			wrapped = wrapped(projectId);
		}
		return new SealedBidBox(projectId, secrets.decrypt(MASTER_KEY, wrapped, context(projectId)));
	}

	@Override
	public String keyName() {
		return MASTER_KEY;
	}

	@Override
	@Transactional
	public int reencrypt() {
		var projects = jdbc.sql("select id, bid_key from procurement.project where bid_key is not null for update")
			.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getBytes("bid_key") })
			.list();
		for (Object[] project : projects) {
			UUID id = (UUID) project[0];
			byte[] dataKey = secrets.decrypt(MASTER_KEY, (byte[]) project[1], context(id));
			jdbc.sql("update procurement.project set bid_key = :key where id = :id")
				.param("key", secrets.encrypt(MASTER_KEY, dataKey, context(id)))
				.param("id", id)
				.update();
		}
		return projects.size();
	}

	/** What the wrapped key is bound to: it unwraps for this project only. */
	static String context(UUID projectId) {
		return "govbuy-bid-key:" + projectId;
	}

	private byte[] wrapped(UUID projectId) {
		return jdbc.sql("select bid_key from procurement.project where id = :id")
			.param("id", projectId)
			.query((rs, n) -> new byte[][] { rs.getBytes("bid_key") })
			.optional()
			.orElseThrow(() -> new NotFoundException("采购项目不存在"))[0];
	}

}
