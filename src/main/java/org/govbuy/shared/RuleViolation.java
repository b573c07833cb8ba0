package org.govbuy.shared;

import java.io.Serializable;

/**
 * One rule that refused (or warned about) a command, as the API and the UI show it.
 *
 * @param rule the rule id
 * @param citation the source article
 * @param message the Chinese message, with the specifics of the case
 */
// Serializable: pages put violations into the flash, which lives in the JDBC session.
public record RuleViolation(String rule, String citation, String message) implements Serializable {

	/** The text a user reads: message, rule id and source. */
	public String describe() {
		return message + "（规则 " + rule + "，依据" + citation + "）";
	}

}
