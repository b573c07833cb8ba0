package org.govbuy.budget.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One step in a plan's history: who did what, to which line, with what comment.
 *
 * @param action a stable code, e.g. {@code line.approved}
 * @param lineId the line concerned, if any
 * @param summary what happened, in Chinese
 * @param comment the actor's comment, if any
 * @param actor the username
 * @param actorName the user's name
 * @param at when
 */
public record PlanEvent(String action, UUID lineId, String summary, String comment, String actor, String actorName,
		Instant at) {
}
