package org.govbuy.platform;

/**
 * The append-only, hash-chained record of every state-changing command. Call it inside
 * the command's transaction, so the record and the change commit together.
 */
public interface AuditTrail {

	/**
	 * Records a command by the current user (or the system).
	 * @param action what was done, a verb such as {@code user.create} or
	 * {@code plan.submit}
	 * @param entityType the kind of thing changed, e.g. {@code User}
	 * @param entityId its id
	 * @param before its state before (any JSON-serializable object, or null)
	 * @param after its state after (or null)
	 */
	void record(String action, String entityType, Object entityId, Object before, Object after);

}
