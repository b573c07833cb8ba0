package org.govbuy.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to {@code platform.audit_event}. Appends are serialized by a transaction-scoped
 * advisory lock so the chain stays linear under concurrent commands; the lock is held
 * until the command's transaction ends. Each record's link is HMAC-SM3 under the chain's
 * master key (chain version 2), which is held in memory, not in the database.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private static final long CHAIN_LOCK = 0x6f76_6275_7941_4c4cL;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final AuditKeys keys;

	JdbcAuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock, AuditKeys keys) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.keys = keys;
	}

	@Override
	@Transactional
	public void record(String action, String entityType, Object entityId, Object before, Object after) {
		append(action, entityType, entityId, before, after, null);
	}

	@Override
	@Transactional
	public void recordSealed(String action, String entityType, Object entityId, Object before, Object after,
			Instant visibleFrom) {
		append(action, entityType, entityId, before, after, visibleFrom);
	}

	private void append(String action, String entityType, Object entityId, Object before, Object after,
			Instant visibleFrom) {
		jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query(Object.class).single();
		var last = jdbc.sql("select seq, hash from platform.audit_event order by seq desc limit 1")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional();
		long seq = last.map(values -> (Long) values[0] + 1).orElse(1L);
		String previousHash = last.map(values -> (String) values[1]).orElse(AuditHash.GENESIS);
		CurrentUser user = CurrentUser.current().orElse(null);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		AuditRecord unsigned = new AuditRecord(seq, now, user != null ? user.username() : "system",
				user != null ? user.organizationId() : null, action, entityType,
				entityId == null ? null : entityId.toString(), toJson(before), toJson(after), clientAddress(),
				previousHash, null);
		String hash = AuditHash.keyed(unsigned, keys.mac());
		jdbc.sql(
				"""
						insert into platform.audit_event (seq, occurred_at, actor, organization_id, action, entity_type, entity_id,
						    before_state, after_state, client_address, previous_hash, hash, chain_version, visible_from)
						values (:seq, :at, :actor, :org, :action, :type, :entity, :before, :after, :client, :previous, :hash, :version,
						    :visibleFrom)""")
			.param("seq", seq)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("actor", unsigned.actor())
			.param("org", unsigned.organizationId())
			.param("action", action)
			.param("type", entityType)
			.param("entity", unsigned.entityId())
			.param("before", unsigned.before())
			.param("after", unsigned.after())
			.param("client", unsigned.clientAddress())
			.param("previous", previousHash)
			.param("hash", hash)
			.param("version", AuditHash.KEYED)
			.param("visibleFrom", visibleFrom == null ? null : OffsetDateTime.ofInstant(visibleFrom, ZoneOffset.UTC))
			.update();
	}

	private String toJson(Object state) {
		if (state == null) {
			return null;
		}
		return state instanceof String text ? text : json.writeValueAsString(state);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
