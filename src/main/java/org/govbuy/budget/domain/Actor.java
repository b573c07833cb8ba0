package org.govbuy.budget.domain;

import java.time.Instant;

/**
 * Who acts on a plan and when, as the history records it.
 *
 * @param username the user's sign-in name
 * @param name the user's display name
 * @param at when the command runs
 */
public record Actor(String username, String name, Instant at) {
}
