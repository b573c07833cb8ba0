package org.govbuy.catalog.domain;

/**
 * A finance reviewer's decision on one normalised wording: allowed (an exception the
 * screen remembers for exactly this wording) or excluded.
 *
 * @param wording the normalised wording ({@link ScreeningText#normalise})
 * @param allowed allowed (true) or excluded (false)
 * @param rule the rule the reviewer decided on
 * @param reason the reviewer's reason
 * @param decidedBy the reviewer
 */
public record ReviewedWording(String wording, boolean allowed, String rule, String reason, String decidedBy) {
}
