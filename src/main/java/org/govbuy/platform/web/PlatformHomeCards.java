package org.govbuy.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.HomeCard;
import org.govbuy.platform.HomeCards;
import org.govbuy.platform.Role;
import org.govbuy.platform.rules.RuleRegistry;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The platform's figures on home pages, counted within the user's data scope. */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PlatformHomeCards implements HomeCards {

	private final JdbcClient jdbc;

	private final RuleRegistry rules;

	PlatformHomeCards(JdbcClient jdbc, RuleRegistry rules) {
		this.jdbc = jdbc;
		this.rules = rules;
	}

	@Override
	public List<HomeCard> cardsFor(CurrentUser user) {
		DataScope scope = user.scope();
		List<HomeCard> cards = new ArrayList<>();
		if (user.hasAnyRole(Role.ADMIN, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.SUPERVISOR)) {
			cards.add(new HomeCard("范围内购买主体", organizations(scope, "PURCHASER"),
					"/platform/organizations?kind=PURCHASER"));
			cards.add(new HomeCard("范围内单位", organizations(scope, null), "/platform/organizations"));
		}
		if (user.hasRole(Role.ADMIN)) {
			cards.add(new HomeCard("用户账户", count("select count(*) from platform.app_user"), "/platform/users"));
			// Accounts are no longer locked; what shows guessing is today's wrong
			// passwords.
			cards.add(new HomeCard("今日登录失败", count(
					"select count(*) from platform.audit_event where action = 'login.failed' and occurred_at >= date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'"),
					"/platform/audit?action=login.failed"));
			cards.add(new HomeCard("今日审计记录", count(
					"select count(*) from platform.audit_event where occurred_at >= date_trunc('day', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'"),
					"/platform/audit"));
		}
		if (user.hasRole(Role.SUPERVISOR)) {
			cards.add(new HomeCard("审计记录总数", count("select count(*) from platform.audit_event"), "/platform/audit"));
		}
		if (user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD, Role.PROVIDER, Role.EXPERT, Role.EVALUATOR)) {
			cards.add(new HomeCard("本单位用户",
					jdbc.sql("select count(*) from platform.app_user where organization_id = :org")
						.param("org", user.organizationId())
						.query(Long.class)
						.single(),
					"/account/password"));
		}
		cards.add(new HomeCard("执行中的规则", rules.all().size(), "/rules"));
		return cards;
	}

	private long organizations(DataScope scope, String kind) {
		return jdbc.sql("""
				select count(*) from platform.organization where region_code like :pattern
				  and (cast(:org as uuid) is null or id = :org) and (cast(:kind as varchar) is null or kind = :kind)""")
			.param("pattern", scope.regionPattern())
			.param("org", scope.organizationFilter())
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
