package org.govbuy.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail: filtered pages for the viewer, and verification of the hash
 * chain.
 */
@Service
public class AuditLog {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	private final java.time.Clock clock;

	AuditLog(JdbcClient jdbc, javax.sql.DataSource dataSource, AuditKeys keys, AuditCheckpoints checkpoints,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keys = keys;
		this.checkpoints = checkpoints;
		// A template of its own: the chain is streamed with a fetch size, not loaded
		// whole.
		this.template = new JdbcTemplate(dataSource);
		this.template.setFetchSize(1000);
	}

	/** Filters of the audit viewer; null fields do not filter. */
	public record Filter(String actor, String action, String entityType, String entityId, LocalDate from,
			LocalDate to) {
	}

	/** One page of audit records, newest first, with the total count. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "AuditPage")
	public record Page(List<AuditEntry> items, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	/** An audit record as the viewer and the API show it. */
	public record AuditEntry(long seq, OffsetDateTime occurredAt, String actor, UUID organizationId, String action,
			String entityType, String entityId, String before, String after, String clientAddress, String hash) {
	}

	/**
	 * The result of walking the chain: valid, or the first broken link and why (in
	 * Chinese).
	 *
	 * @param valid whether the chain and every checkpoint hold
	 * @param checked how many records were checked before the first break
	 * @param firstBrokenSeq the first record that does not hold (null when valid, or when
	 * only the checkpoint file is damaged)
	 * @param reason what was found, in Chinese
	 * @param problem the kind of break (null when valid)
	 * @param checkpointsCompared how many signed checkpoints were compared with the table
	 * @param latestCheckpointSeq the record the newest valid checkpoint names
	 * @param latestCheckpointAt when that checkpoint was made, Beijing time
	 */
	public record Verification(boolean valid, long checked, Long firstBrokenSeq, String reason, Problem problem,
			int checkpointsCompared, Long latestCheckpointSeq, OffsetDateTime latestCheckpointAt) {
	}

	/** Kinds of break the verification names. */
	public enum Problem {

		/** A sequence number is missing. */
		RECORD_MISSING,
		/** A record's previous-hash is not the previous record's hash. */
		LINK_BROKEN,
		/** A record's content does not give its link: it was rewritten. */
		RECORD_ALTERED,
		/** An unkeyed (plain SM3) record that no checkpoint vouches for. */
		LEGACY_NOT_ANCHORED,
		/** Records deleted or rewritten after a signed checkpoint named them. */
		CHECKPOINT_MISMATCH,
		/** A line of the checkpoint file whose signature does not verify. */
		CHECKPOINT_INVALID

	}

	@Transactional(readOnly = true)
	public Page search(Filter filter, int page, int size) {
		// Sealed records (a bid before its deadline) are listed only from their time on.
		StringBuilder where = new StringBuilder(" where (visible_from is null or visible_from <= :now)");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("now", OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC));
		if (hasText(filter.actor())) {
			where.append(" and actor = :actor");
			params.put("actor", filter.actor().trim());
		}
		if (hasText(filter.action())) {
			where.append(" and action like :action");
			params.put("action", filter.action().trim() + "%");
		}
		if (hasText(filter.entityType())) {
			where.append(" and entity_type = :type");
			params.put("type", filter.entityType().trim());
		}
		if (hasText(filter.entityId())) {
			where.append(" and entity_id = :entity");
			params.put("entity", filter.entityId().trim());
		}
		if (filter.from() != null) {
			where.append(" and occurred_at >= :from");
			params.put("from", filter.from().atStartOfDay(CHINA).toOffsetDateTime());
		}
		if (filter.to() != null) {
			where.append(" and occurred_at < :to");
			params.put("to", filter.to().plusDays(1).atStartOfDay(CHINA).toOffsetDateTime());
		}
		long total = jdbc.sql("select count(*) from platform.audit_event" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEntry> items = jdbc
			.sql("select * from platform.audit_event" + where + " order by seq desc limit :limit offset :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> entry(rs))
			.list();
		return new Page(items, total, page, size);
	}

	/**
	 * Walks the whole chain in order, against the signed checkpoints outside the
	 * database, and names the first record whose link, sequence number or checkpoint does
	 * not hold (see {@link ChainWalk}).
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		ChainWalk walk = new ChainWalk(keys.mac(), checkpoints.all());
		template.query("select * from platform.audit_event order by seq",
				(RowCallbackHandler) rs -> walk.accept(record(rs), rs.getInt("chain_version")));
		return walk.finish();
	}

	private static AuditRecord record(ResultSet rs) throws SQLException {
		return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getObject("organization_id", UUID.class), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("client_address"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		return new AuditEntry(rs.getLong("seq"),
				rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(CHINA).toOffsetDateTime(),
				rs.getString("actor"), rs.getObject("organization_id", UUID.class), rs.getString("action"),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("before_state"),
				rs.getString("after_state"), rs.getString("client_address"), rs.getString("hash"));
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
