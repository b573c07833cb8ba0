package org.govbuy.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A message in a user's inbox.
 *
 * @param id its id
 * @param kind what it is about
 * @param title one line
 * @param body the whole message
 * @param link the page that acts on it
 * @param createdAt when it arrived
 * @param readAt when the user marked it read, or null
 */
public record Message(UUID id, NotificationKind kind, String title, String body, String link, OffsetDateTime createdAt,
		OffsetDateTime readAt) {

	public boolean unread() {
		return readAt == null;
	}

}
