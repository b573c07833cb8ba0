package org.govbuy.platform.audit;

import java.time.Instant;
import java.util.UUID;

/** One row of the audit trail. */
record AuditRecord(long seq, Instant occurredAt, String actor, UUID organizationId, String action, String entityType,
		String entityId, String before, String after, String clientAddress, String previousHash, String hash) {
}
