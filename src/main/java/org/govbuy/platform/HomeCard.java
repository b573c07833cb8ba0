package org.govbuy.platform;

/**
 * A figure on a user's home page: a label, a real count and where to look at it.
 *
 * @param label what is counted (Chinese)
 * @param count the count
 * @param href the page that lists what was counted
 */
public record HomeCard(String label, long count, String href) {
}
