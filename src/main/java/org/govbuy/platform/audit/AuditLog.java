package org.govbuy.platform.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
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

	AuditLog(JdbcClient jdbc, javax.sql.DataSource dataSource) {
		this.jdbc = jdbc;
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
	public record Page(List<AuditEntry> items, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}

	}

	/** An audit record as the viewer and the API show it. */
	public record AuditEntry(long seq, OffsetDateTime occurredAt, String actor, UUID organizationId, String action,
			String entityType, String entityId, String before, String after, String clientAddress, String hash) {
	}

	/** The result of walking the chain: valid, or the first broken link and why. */
	public record Verification(boolean valid, long checked, Long firstBrokenSeq, String reason) {
	}

	@Transactional(readOnly = true)
	public Page search(Filter filter, int page, int size) {
		StringBuilder where = new StringBuilder(" where true");
		java.util.Map<String, Object> params = new java.util.HashMap<>();
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
	 * Walks the whole chain in order and names the first record whose hash, link or
	 * sequence number does not hold.
	 */
	@Transactional(readOnly = true)
	public Verification verify() {
		List<Verification> outcome = new ArrayList<>(1);
		long[] expectedSeq = { 1 };
		String[] previousHash = { AuditHash.GENESIS };
		template.query("select * from platform.audit_event order by seq", (RowCallbackHandler) rs -> {
			if (!outcome.isEmpty()) {
				return;
			}
			AuditRecord record = record(rs);
			if (record.seq() != expectedSeq[0]) {
				outcome.add(new Verification(false, expectedSeq[0] - 1, expectedSeq[0],
						"第 " + expectedSeq[0] + " 条记录缺失（序号跳至 " + record.seq() + "）"));
			}
			else if (!record.previousHash().equals(previousHash[0])) {
				outcome.add(new Verification(false, expectedSeq[0] - 1, record.seq(),
						"第 " + record.seq() + " 条记录的前序哈希与上一条记录不符"));
			}
			else if (!AuditHash.of(record).equals(record.hash())) {
				outcome.add(new Verification(false, expectedSeq[0] - 1, record.seq(),
						"第 " + record.seq() + " 条记录的内容与其哈希不符（记录已被篡改）"));
			}
			expectedSeq[0]++;
			previousHash[0] = record.hash();
		});
		return outcome.isEmpty() ? new Verification(true, expectedSeq[0] - 1, null, "审计链完整") : outcome.get(0);
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
