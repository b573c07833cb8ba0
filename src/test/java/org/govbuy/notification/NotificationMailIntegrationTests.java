package org.govbuy.notification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import org.govbuy.budget.PlanLineApproved;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.util.AopTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-mail notifications through a real SMTP server (GreenMail): a user who chose e-mail
 * for a kind gets the mail after the message is stored; a colleague who did not gets
 * none, even with an address on record.
 */
@IntegrationTest
class NotificationMailIntegrationTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	JavaMailSenderImpl sender;

	@Autowired
	Preferences preferences;

	@Autowired
	EventNotifications listeners;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void sendToGreenMail() {
		sender.setPort(greenMail.getSmtp().getPort());
	}

	@AfterEach
	void restoreDefaults() {
		for (String user : new String[] { "buyer.mzj", "head.mzj" }) {
			preferences.save(user, "", EnumSet.allOf(NotificationKind.class), Set.of());
		}
	}

	@Test
	void aUserWhoChoseMailGetsItAndOneWhoDidNotGetsNone() throws Exception {
		preferences.save("buyer.mzj", "liufang@mzj.zibo.example", EnumSet.allOf(NotificationKind.class),
				EnumSet.of(NotificationKind.PLAN_LINE_APPROVED));
		preferences.save("head.mzj", "chenzhiqiang@mzj.zibo.example", EnumSet.allOf(NotificationKind.class),
				EnumSet.of(NotificationKind.CONTRACT_SIGNED));
		UUID unit = jdbc.sql("select organization_id from platform.app_user where username = 'buyer.mzj'")
			.query(UUID.class)
			.single();
		PlanLineApproved approved = new PlanLineApproved(UUID.randomUUID(), UUID.randomUUID(), unit,
				new RegionCode("370300"), FiscalYear.of(2027), "社区居家养老服务（测试）", "A0101", Money.ofYuan(800_000), "淄博市民政局",
				UUID.randomUUID(), null, false, new java.util.TreeMap<>());

		AopTestUtils.<EventNotifications>getUltimateTargetObject(listeners).on(approved);

		assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
		List<MimeMessage> ours = about(approved);
		assertThat(ours).hasSize(1);
		assertThat(ours.get(0).getSubject()).isEqualTo("【政府购买服务平台】预算项目已批复：社区居家养老服务（测试）");
		assertThat(ours.get(0).getRecipients(RecipientType.TO)).extracting(Object::toString)
			.containsExactly("liufang@mzj.zibo.example");
		assertThat(greenMail.getReceivedMessagesForDomain("chenzhiqiang@mzj.zibo.example")).as("mail to head.mzj")
			.isEmpty();

		AopTestUtils.<EventNotifications>getUltimateTargetObject(listeners).on(approved);
		greenMail.waitForIncomingEmail(1_000, greenMail.getReceivedMessages().length + 1);
		assertThat(about(approved)).as("a re-delivered event sends no second mail").hasSize(1);
	}

	/** The mails that speak of this approval (demo data may send others meanwhile). */
	static List<MimeMessage> about(PlanLineApproved approved) throws Exception {
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			if (String.valueOf(message.getContent()).contains(approved.planId().toString())) {
				found.add(message);
			}
		}
		return found;
	}

}
