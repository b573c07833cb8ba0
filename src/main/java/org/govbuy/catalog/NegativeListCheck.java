package org.govbuy.catalog;

import java.util.List;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;

/**
 * The negative list (禁止购买事项) for every module that lets someone describe a purchase:
 * declared attributes decide; keywords only warn, and a reviewer clears warnings with a
 * comment.
 */
public interface NegativeListCheck {

	NegativeListDecision check(PurchaseDescription description);

	/**
	 * Stores a reviewer's clearance of keyword warnings (audited) and returns its id,
	 * which the caller keeps with its record.
	 * @param subject what was checked (e.g. the purchase's name or a record id)
	 * @param keywords the keywords cleared
	 * @param comment why they are not a problem (required)
	 * @param reviewer who clears them
	 */
	UUID clearWarnings(String subject, List<String> keywords, String comment, CurrentUser reviewer);

}
