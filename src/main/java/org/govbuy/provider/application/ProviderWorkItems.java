package org.govbuy.provider.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.Role;
import org.govbuy.platform.WorkItem;
import org.govbuy.platform.WorkItems;
import org.govbuy.provider.ChecklistItem;
import org.govbuy.provider.ProviderRule;
import org.govbuy.provider.ProviderView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The provider registry's to-dos: evidence expiring within {@value #DAYS_AHEAD} days (or
 * expired) for the provider itself and for its reviewers (GPL-22-EXP: expired evidence
 * suspends the qualification), providers waiting for review, and debarments ending within
 * {@value #DAYS_AHEAD} days (GPL-77) for the reviewers of the region.
 */
@Component
class ProviderWorkItems implements WorkItems {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	static final int DAYS_AHEAD = 30;

	private final JdbcClient jdbc;

	private final Clock clock;

	ProviderWorkItems(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> itemsFor(CurrentUser user) {
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		List<WorkItem> items = new ArrayList<>();
		if (user.hasRole(Role.PROVIDER)) {
			expiring("p.organization_id = :org", user, today, false, items);
		}
		if (user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.SUPERVISOR)) {
			String inScope = "p.region_code like :pattern and (cast(:org as uuid) is null or p.organization_id = :org)";
			expiring(inScope, user, today, true, items);
			jdbc.sql("select p.id, p.name from provider.provider p where p.status = :pending and " + inScope)
				.param("pending", ProviderView.Status.PENDING.name())
				.param("pattern", user.scope().regionPattern())
				.param("org", user.scope().organizationFilter())
				.query((rs, n) -> WorkItem.open("审核承接主体资格", rs.getString("name"),
						"/provider/reviews/" + rs.getObject("id", UUID.class)))
				.list()
				.forEach(items::add);
			jdbc.sql(
					"""
							select p.id, p.name, d.ends_on from provider.debarment d join provider.provider p on p.id = d.provider_id
							where d.ends_on between :today and :horizon and """
							+ " " + inScope)
				.param("today", today)
				.param("horizon", today.plusDays(DAYS_AHEAD))
				.param("pattern", user.scope().regionPattern())
				.param("org", user.scope().organizationFilter())
				.query((rs, n) -> WorkItem.due("禁止参加政府采购期限届满", rs.getString("name"),
						rs.getObject("ends_on", LocalDate.class), ProviderRule.DEBARMENT,
						"/provider/reviews/" + rs.getObject("id", UUID.class)))
				.list()
				.forEach(items::add);
		}
		return items;
	}

	private void expiring(String where, CurrentUser user, LocalDate today, boolean reviewer, List<WorkItem> items) {
		jdbc.sql("""
				select p.id, p.name, i.item, i.expires_on from provider.checklist_item i
				join provider.provider p on p.id = i.provider_id
				where p.status = :qualified and i.declared and i.expires_on is not null and i.expires_on <= :horizon
				  and """ + " " + where)
			.param("qualified", ProviderView.Status.QUALIFIED.name())
			.param("horizon", today.plusDays(DAYS_AHEAD))
			.param("pattern", user.scope().regionPattern())
			.param("org", reviewer ? user.scope().organizationFilter() : user.organizationId())
			.query((rs, n) -> {
				String item = ChecklistItem.valueOf(rs.getString("item")).label();
				LocalDate expires = rs.getObject("expires_on", LocalDate.class);
				return reviewer
						? WorkItem.due("资格证明即将过期", rs.getString("name") + "：" + item, expires,
								ProviderRule.EVIDENCE_CURRENT, "/provider/reviews/" + rs.getObject("id", UUID.class))
						: WorkItem.due("更新即将过期的资格证明", item, expires, ProviderRule.EVIDENCE_CURRENT, "/provider");
			})
			.list()
			.forEach(items::add);
	}

}
