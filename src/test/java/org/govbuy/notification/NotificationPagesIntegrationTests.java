package org.govbuy.notification;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.govbuy.notification.Preferences.Choice;
import org.govbuy.support.ApiClient;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bell, the message page, marking read and the preferences as a demo user sees them;
 * nobody reaches another user's messages.
 */
@IntegrationTest
class NotificationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuthenticationManager authenticationManager;

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Preferences preferences;

	@Test
	void theBellCountsUnreadMessagesAndMarkingOneReadLowersIt() throws Exception {
		Authentication buyer = login("buyer.jgsw");
		long before = inbox.unreadCount("buyer.jgsw");
		Notice notice = notice("预算项目已批复：测试物业管理服务");
		inbox.deliver(notice, List.of("buyer.jgsw"));
		UUID id = messageId(notice, "buyer.jgsw");

		assertThat(page(buyer, "/")).contains("id=\"notification-bell\"")
			.contains("id=\"notification-unread\">" + (before + 1) + "<");
		assertThat(page(buyer, "/notification/messages")).contains("预算项目已批复：测试物业管理服务")
			.contains("未读 " + (before + 1) + " 条");

		mvc.perform(post("/notification/messages/{id}/read", id).with(authentication(buyer)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/notification/messages"))
			.andExpect(flash().attribute("flash", "已标记为已读：预算项目已批复：测试物业管理服务"));
		assertThat(inbox.unreadCount("buyer.jgsw")).isEqualTo(before);

		mvc.perform(post("/notification/messages/read-all").with(authentication(buyer)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(inbox.unreadCount("buyer.jgsw")).isZero();
		assertThat(page(buyer, "/")).doesNotContain("id=\"notification-unread\"");
	}

	@Test
	void anotherOrganizationsUserCanNeitherSeeNorMarkSomeoneElsesMessage() throws Exception {
		Notice notice = notice("预算项目已批复：测试档案整理服务");
		inbox.deliver(notice, List.of("buyer.wjw"));
		UUID id = messageId(notice, "buyer.wjw");
		Authentication stranger = login("buyer.rsj");

		assertThat(page(stranger, "/notification/messages")).doesNotContain("测试档案整理服务");
		mvc.perform(post("/notification/messages/{id}/read", id).with(authentication(stranger)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(inbox.unreadCount("buyer.wjw")).isPositive();
		mvc.perform(post("/notification/messages/{id}/read", UUID.randomUUID()).with(authentication(login("buyer.wjw")))
			.with(csrf())).andExpect(status().isNotFound());
	}

	@Test
	void preferencesRefuseMailWithoutAnAddressAndShowTheFieldError() throws Exception {
		Authentication buyer = login("buyer.cl");
		assertThat(page(buyer, "/notification/preferences")).contains("合同签订").contains("电子邮箱");

		String refused = mvc
			.perform(post("/notification/preferences").with(authentication(buyer))
				.with(csrf())
				.param("inApp", "CONTRACT_SIGNED")
				.param("byMail", "CONTRACT_SIGNED")
				.param("mailAddress", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("选择了邮件通知，请填写电子邮箱").contains("is-invalid");

		String invalid = mvc
			.perform(post("/notification/preferences").with(authentication(buyer))
				.with(csrf())
				.param("byMail", "CONTRACT_SIGNED")
				.param("mailAddress", "不是邮箱"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(invalid).contains("电子邮箱格式不正确").contains("value=\"不是邮箱\"");

		mvc.perform(post("/notification/preferences").with(authentication(buyer))
			.with(csrf())
			.param("inApp", "CONTRACT_SIGNED", "PLAN_LINE_APPROVED")
			.param("mailAddress", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "消息设置已保存"));
		assertThat(preferences.of("buyer.cl"))
			.containsEntry(NotificationKind.PLAN_LINE_APPROVED, new Choice(true, false))
			.containsEntry(NotificationKind.PAYMENT_PAID, new Choice(false, false));
		preferences.save("buyer.cl", "", EnumSet.allOf(NotificationKind.class), Set.of());
	}

	static Notice notice(String title) {
		return new Notice(NotificationKind.PLAN_LINE_APPROVED, UUID.randomUUID(), title, "测试消息正文。", "/budget/plans");
	}

	UUID messageId(Notice notice, String recipient) {
		return jdbc.sql("select id from notification.message where subject_id = :subject and recipient = :recipient")
			.param("subject", notice.subjectId())
			.param("recipient", recipient)
			.query(UUID.class)
			.single();
	}

	String page(Authentication user, String path) throws Exception {
		return mvc.perform(get(path).with(authentication(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	Authentication login(String username) {
		return authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, ApiClient.DEMO_PASSWORD));
	}

}
