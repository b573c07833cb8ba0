package org.govbuy.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import org.govbuy.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every user's messages: delivery (once per kind, subject and recipient, as each
 * recipient chose), the unread count, pages newest first, and marking read. A user only
 * ever reaches their own messages; another's answers as not found.
 */
@Service
class Inbox {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Preferences preferences;

	private final MailNotifications mail;

	Inbox(JdbcClient jdbc, Clock clock, Preferences preferences, MailNotifications mail) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.preferences = preferences;
		this.mail = mail;
	}

	/**
	 * One page of a user's messages.
	 *
	 * @param messages the messages, newest first
	 * @param page this page (from 0)
	 * @param pages how many pages there are (at least 1)
	 * @param total how many messages there are
	 */
	public record MessagePage(List<Message> messages, int page, int pages, long total) {

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < pages;
		}

	}

	/**
	 * Delivers a notice to each recipient who wants its kind, in the inbox and/or by
	 * e-mail; a recipient who already has it gets nothing more.
	 * @return how many recipients got it now
	 */
	@Transactional
	int deliver(Notice notice, Collection<String> recipients) {
		int delivered = 0;
		for (String recipient : new TreeSet<>(recipients)) {
			Preferences.Choice choice = preferences.choiceOf(recipient, notice.kind());
			if (!choice.any()) {
				continue;
			}
			int added = jdbc
				.sql("""
						insert into notification.message (id, recipient, kind, subject_id, title, body, link, in_app, created_at)
						values (:id, :recipient, :kind, :subject, :title, :body, :link, :inApp, :now)
						on conflict (kind, subject_id, recipient) do nothing""")
				.param("id", UUID.randomUUID())
				.param("recipient", recipient)
				.param("kind", notice.kind().name())
				.param("subject", notice.subjectId())
				.param("title", notice.title())
				.param("body", notice.body())
				.param("link", notice.link())
				.param("inApp", choice.inApp())
				.param("now", OffsetDateTime.now(clock))
				.update();
			if (added == 1) {
				delivered++;
				if (choice.byMail()) {
					preferences.mailAddress(recipient).ifPresent(address -> mail.sendAfterCommit(address, notice));
				}
			}
		}
		return delivered;
	}

	long unreadCount(String recipient) {
		return jdbc.sql(
				"select count(*) from notification.message where recipient = :recipient and in_app and read_at is null")
			.param("recipient", recipient)
			.query(Long.class)
			.single();
	}

	/**
	 * A page of the user's messages, newest first; a page past the end shows the last.
	 */
	MessagePage page(String recipient, int page) {
		long total = jdbc.sql("select count(*) from notification.message where recipient = :recipient and in_app")
			.param("recipient", recipient)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int shown = Math.min(Math.max(page, 0), pages - 1);
		List<Message> messages = jdbc.sql("""
				select id, kind, title, body, link, created_at, read_at from notification.message
				 where recipient = :recipient and in_app
				 order by created_at desc, id
				 limit :size offset :offset""")
			.param("recipient", recipient)
			.param("size", PAGE_SIZE)
			.param("offset", shown * PAGE_SIZE)
			.query((rs, n) -> message(rs))
			.list();
		return new MessagePage(messages, shown, pages, total);
	}

	/**
	 * Marks one of the user's messages read.
	 * @return the message
	 * @throws NotFoundException when the user has no such message
	 */
	@Transactional
	Message markRead(String recipient, UUID id) {
		jdbc.sql("""
				update notification.message set read_at = :now
				 where id = :id and recipient = :recipient and in_app and read_at is null""")
			.param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.param("recipient", recipient)
			.update();
		return jdbc.sql("""
				select id, kind, title, body, link, created_at, read_at from notification.message
				 where id = :id and recipient = :recipient and in_app""")
			.param("id", id)
			.param("recipient", recipient)
			.query((rs, n) -> message(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("消息不存在"));
	}

	/** Marks all the user's messages read; returns how many were unread. */
	@Transactional
	int markAllRead(String recipient) {
		return jdbc.sql("""
				update notification.message set read_at = :now
				 where recipient = :recipient and in_app and read_at is null""")
			.param("now", OffsetDateTime.now(clock))
			.param("recipient", recipient)
			.update();
	}

	private static Message message(ResultSet rs) throws SQLException {
		return new Message(rs.getObject("id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getString("body"), rs.getString("link"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("read_at", OffsetDateTime.class));
	}

}
