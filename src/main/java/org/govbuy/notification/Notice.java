package org.govbuy.notification;

import java.util.UUID;

/**
 * What one event tells its recipients, before it is delivered to each of them.
 *
 * @param kind what it is about
 * @param subjectId what it concerns (with the kind and the recipient, the key that makes
 * a re-delivered event add nothing)
 * @param title one line
 * @param body the whole message
 * @param link the page that acts on it
 */
record Notice(NotificationKind kind, UUID subjectId, String title, String body, String link) {
}
