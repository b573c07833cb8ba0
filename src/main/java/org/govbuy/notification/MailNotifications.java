package org.govbuy.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a message by e-mail once the transaction that stored it has committed — only when
 * {@code govbuy.notification.mail.enabled} is true and a mail server is configured
 * ({@code spring.mail.host}); otherwise nothing is sent and no server is needed. A mail
 * server that refuses is logged, never undoes the message in the inbox.
 */
@Component
class MailNotifications {

	private static final Logger log = LoggerFactory.getLogger(MailNotifications.class);

	private final ObjectProvider<JavaMailSender> senders;

	private final boolean enabled;

	private final String from;

	private final String baseUrl;

	MailNotifications(ObjectProvider<JavaMailSender> senders,
			@Value("${govbuy.notification.mail.enabled:false}") boolean enabled,
			@Value("${govbuy.notification.mail.from:noreply@govbuy.local}") String from,
			@Value("${govbuy.notification.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.senders = senders;
		this.enabled = enabled;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	boolean enabled() {
		return enabled && senders.getIfAvailable() != null;
	}

	/** Sends the notice to the address after the current transaction commits. */
	void sendAfterCommit(String address, Notice notice) {
		if (!enabled()) {
			return;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(address);
		mail.setSubject("【政府购买服务平台】" + notice.title());
		mail.setText(notice.body() + "\n\n查看：" + baseUrl + notice.link() + "\n\n（本邮件由系统发送，请勿回复。可在平台“消息设置”中取消邮件通知。）");
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send(mail);
				}
			});
		}
		else {
			send(mail);
		}
	}

	private void send(SimpleMailMessage mail) {
		try {
			senders.getObject().send(mail);
		}
		catch (MailException ex) {
			log.warn("通知邮件未能发送（{}）：{}", String.join(",", mail.getTo()), ex.getMessage());
		}
	}

}
