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

	/**
	 * Records a command whose record stays out of the audit viewer until
	 * {@code visibleFrom}: who bid is secret until the bid deadline (招标投标法第二十二条), so a
	 * bid's record is chained and verified at once but listed only after it.
	 * @param visibleFrom when the record may be shown
	 */
	void recordSealed(String action, String entityType, Object entityId, Object before, Object after,
			java.time.Instant visibleFrom);

}
