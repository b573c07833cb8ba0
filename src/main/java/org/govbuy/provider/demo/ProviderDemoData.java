package org.govbuy.provider.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.govbuy.provider.ChecklistItem;
import org.govbuy.provider.ProviderType;
import org.govbuy.provider.ProviderView.ItemReview;
import org.govbuy.provider.ProviderView.Status;
import org.govbuy.provider.RosterKind;
import org.govbuy.provider.application.ProviderRegistry;
import org.govbuy.provider.application.ProviderRegistry.Registration;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.UnifiedSocialCreditCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo providers in 淄博市 in every state of the review, one on a bad list, one debarred,
 * one with evidence about to expire, and the account {@code provider.demo} of a qualified
 * social organization. Registered through the registry; their review states are set
 * directly (demo only).
 */
@Component
@Profile("demo")
@Order(30)
class ProviderDemoData implements ApplicationRunner {

	private final ProviderRegistry providers;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String password;

	ProviderDemoData(ProviderRegistry providers, JdbcClient jdbc, TransactionTemplate transaction, Clock clock,
			@Value("${govbuy.demo.password}") String password) {
		this.providers = providers;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> load());
	}

	private void load() {
		LocalDate today = LocalDate.now(clock);
		provider("provider.demo", "淄博市颐康居家养老服务中心", ProviderType.SOCIAL_ORGANIZATION_REGISTERED, "370303", "王秀兰",
				Status.QUALIFIED, today.plusYears(1));
		provider("provider.lele", "张店区乐龄社工服务社", ProviderType.SOCIAL_ORGANIZATION_REGISTERED, "370303", "李晓燕",
				Status.QUALIFIED, today.plusYears(1));
		provider("provider.kangyang", "淄博康养物业管理有限公司", ProviderType.ENTERPRISE, "370302", "孙国栋", Status.QUALIFIED,
				today.plusYears(2));
		provider("provider.xinhe", "淄博信和软件有限公司", ProviderType.ENTERPRISE, "370302", "周建华", Status.QUALIFIED,
				today.plusDays(20));
		provider("provider.boshan", "博山区阳光家政服务有限公司", ProviderType.ENTERPRISE, "370304", "刘强", Status.PENDING,
				today.plusYears(1));
		provider("provider.huimin", "淄博市惠民社会工作服务中心", ProviderType.SOCIAL_ORGANIZATION_REGISTERED, "370300", "陈静",
				Status.RETURNED, today.plusYears(1));
		provider("provider.wenhua", "淄博市文化艺术服务中心", ProviderType.PUBLIC_WELFARE_CLASS_TWO, "370300", "赵文",
				Status.QUALIFIED, today.plusYears(1));
		provider("provider.nongye", "博山区池上镇中郝峪村股份经济合作社", ProviderType.RURAL_COLLECTIVE, "370304", "郝文荣", Status.DRAFT,
				null);
		provider("provider.juwei", "张店区车站街道和平社区居民委员会", ProviderType.GRASSROOTS_SELF_GOVERNANCE, "370303", "韩梅",
				Status.QUALIFIED, today.plusYears(1));
		provider("provider.wang", "王建国（个人）", ProviderType.INDIVIDUAL, "370302", "王建国", Status.DRAFT, null);
		provider("provider.baojie", "淄博洁美保洁服务有限公司", ProviderType.ENTERPRISE, "370305", "马超", Status.QUALIFIED,
				today.plusYears(1));
		provider("provider.anxin", "淄博安心护理服务有限公司", ProviderType.ENTERPRISE, "370303", "马超", Status.QUALIFIED,
				today.plusYears(1));
		provider("provider.xuzuo", "临淄区虚作咨询有限公司", ProviderType.ENTERPRISE, "370305", "钱宏", Status.QUALIFIED,
				today.plusYears(1));
		// 严重违法失信名单: 淄博洁美保洁 is listed.
		String listed = creditCodeOf("淄博洁美保洁服务有限公司");
		if (jdbc.sql("select count(*) from provider.roster_entry where credit_code = :code")
			.param("code", listed)
			.query(Long.class)
			.single() == 0) {
			UUID importId = UUID.randomUUID();
			jdbc.sql(
					"insert into provider.roster_import (id, kind, file_hash, file_name, rows, imported_by, imported_at) values (:id, :kind, :hash, '演示名单.csv', 1, 'regulator.zibo', :now)")
				.param("id", importId)
				.param("kind", RosterKind.SERIOUS_VIOLATIONS.name())
				.param("hash", "0".repeat(63) + "1")
				.param("now", OffsetDateTime.now(clock))
				.update();
			jdbc.sql(
					"insert into provider.roster_entry (kind, credit_code, name, listed_on, reason, import_id) values (:kind, :code, '淄博洁美保洁服务有限公司', :on, '拒不履行行政处罚决定', :import)")
				.param("kind", RosterKind.SERIOUS_VIOLATIONS.name())
				.param("code", listed)
				.param("on", today.minusMonths(2))
				.param("import", importId)
				.update();
		}
		// 临淄区虚作咨询: debarred for three years for false documents.
		UUID debarred = providerId("临淄区虚作咨询有限公司");
		if (jdbc.sql("select count(*) from provider.debarment where provider_id = :id")
			.param("id", debarred)
			.query(Long.class)
			.single() == 0) {
			jdbc.sql(
					"insert into provider.debarment (id, provider_id, rule_id, reason, starts_on, ends_on, created_by, created_at) values (:id, :provider, 'MZ2017-51-33', '投标时提供虚假业绩证明', :start, :end, 'auditor.zibo', :now)")
				.param("id", UUID.randomUUID())
				.param("provider", debarred)
				.param("start", today.minusMonths(6))
				.param("end", today.minusMonths(6).plusYears(3))
				.param("now", OffsetDateTime.now(clock))
				.update();
		}
		jdbc.sql("update provider.provider set priority = true where name = '淄博市颐康居家养老服务中心'").update();
	}

	private void provider(String username, String name, ProviderType type, String region, String legal, Status status,
			LocalDate expires) {
		if (jdbc.sql("select count(*) from provider.provider where name = :name")
			.param("name", name)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		String code = UnifiedSocialCreditCode.withCheckDigit(prefix(type) + region
				+ String.format("%09d", Math.abs(name.hashCode()) % 1_000_000_000).replace('I', 'J'));
		providers.register(new Registration(name, type, code, new RegionCode(region), legal, legal,
				"0533-" + (2000000 + Math.abs(name.hashCode()) % 7000000), null, "中国工商银行淄博分行",
				"6222" + String.format("%012d", Math.abs((long) name.hashCode()) % 1_000_000_000_000L), null, username,
				password));
		UUID id = providerId(name);
		if (status != Status.DRAFT) {
			for (ChecklistItem item : ChecklistItem.values()) {
				boolean returned = status == Status.RETURNED && item == ChecklistItem.AUDITED_ACCOUNTS;
				jdbc.sql(
						"update provider.checklist_item set declared = true, statement = '已核验', expires_on = :expires, review_status = :review, review_reason = :reason, reviewed_by = :by where provider_id = :id and item = :item")
					.param("expires", item.expires() ? expires : null)
					.param("review", demoReview(status, returned).name())
					.param("reason", returned ? "审计报告缺少会计师事务所盖章页" : null)
					.param("by", status == Status.PENDING ? null : "reviewer.zibo")
					.param("id", id)
					.param("item", item.name())
					.update();
			}
			jdbc.sql("update provider.provider set status = :status, submitted_at = :now where id = :id")
				.param("status", status.name())
				.param("now", OffsetDateTime.now(clock))
				.param("id", id)
				.update();
		}
	}

	/** What the demo reviewer decided on an item of a provider in the given state. */
	private static ItemReview demoReview(Status status, boolean returned) {
		if (status == Status.QUALIFIED) {
			return ItemReview.ACCEPTED;
		}
		return returned ? ItemReview.RETURNED : ItemReview.PENDING;
	}

	private static String prefix(ProviderType type) {
		return switch (type) {
			case SOCIAL_ORGANIZATION_REGISTERED, SOCIAL_ORGANIZATION_EXEMPT -> "52";
			case PUBLIC_WELFARE_CLASS_TWO, BUSINESS_INSTITUTION -> "12";
			case RURAL_COLLECTIVE -> "N2";
			case GRASSROOTS_SELF_GOVERNANCE -> "54";
			default -> "91";
		};
	}

	private UUID providerId(String name) {
		return jdbc.sql("select id from provider.provider where name = :name")
			.param("name", name)
			.query(UUID.class)
			.single();
	}

	private String creditCodeOf(String name) {
		return jdbc.sql("select credit_code from provider.provider where name = :name")
			.param("name", name)
			.query(String.class)
			.single();
	}

}
