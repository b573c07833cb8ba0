package org.govbuy.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.govbuy.platform.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * What each user chose to receive: per kind in the inbox and/or by e-mail (default: in
 * the inbox only), and the address e-mail goes to.
 */
@Service
class Preferences {

	/** How one kind reaches a user. */
	record Choice(boolean inApp, boolean byMail) {

		static final Choice DEFAULT = new Choice(true, false);

		boolean any() {
			return inApp || byMail;
		}

	}

	private final JdbcClient jdbc;

	Preferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The user's choice for every kind. */
	Map<NotificationKind, Choice> of(String recipient) {
		Map<NotificationKind, Choice> choices = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			choices.put(kind, Choice.DEFAULT);
		}
		jdbc.sql("select kind, in_app, by_mail from notification.preference where recipient = :recipient")
			.param("recipient", recipient)
			.query((rs, n) -> choices.put(NotificationKind.valueOf(rs.getString("kind")),
					new Choice(rs.getBoolean("in_app"), rs.getBoolean("by_mail"))))
			.list();
		return choices;
	}

	Choice choiceOf(String recipient, NotificationKind kind) {
		return jdbc
			.sql("select in_app, by_mail from notification.preference where recipient = :recipient and kind = :kind")
			.param("recipient", recipient)
			.param("kind", kind.name())
			.query((rs, n) -> new Choice(rs.getBoolean("in_app"), rs.getBoolean("by_mail")))
			.optional()
			.orElse(Choice.DEFAULT);
	}

	/** Where the user wants e-mail, if they gave an address. */
	Optional<String> mailAddress(String recipient) {
		return jdbc.sql("select address from notification.mail_address where recipient = :recipient")
			.param("recipient", recipient)
			.query(String.class)
			.optional();
	}

	/**
	 * Records the user's choices.
	 * @throws InvalidInputException when e-mail is chosen for a kind without an address
	 */
	@Transactional
	void save(String recipient, String address, Set<NotificationKind> inApp, Set<NotificationKind> byMail) {
		String mail = address == null ? "" : address.strip();
		if (!byMail.isEmpty() && !StringUtils.hasText(mail)) {
			throw new InvalidInputException("mailAddress", "选择了邮件通知，请填写电子邮箱");
		}
		for (NotificationKind kind : NotificationKind.values()) {
			jdbc.sql("""
					insert into notification.preference (recipient, kind, in_app, by_mail)
					values (:recipient, :kind, :inApp, :byMail)
					on conflict (recipient, kind) do update set in_app = excluded.in_app, by_mail = excluded.by_mail""")
				.param("recipient", recipient)
				.param("kind", kind.name())
				.param("inApp", inApp.contains(kind))
				.param("byMail", byMail.contains(kind))
				.update();
		}
		if (StringUtils.hasText(mail)) {
			jdbc.sql("""
					insert into notification.mail_address (recipient, address) values (:recipient, :address)
					on conflict (recipient) do update set address = excluded.address""")
				.param("recipient", recipient)
				.param("address", mail)
				.update();
		}
		else {
			jdbc.sql("delete from notification.mail_address where recipient = :recipient")
				.param("recipient", recipient)
				.update();
		}
	}

}
