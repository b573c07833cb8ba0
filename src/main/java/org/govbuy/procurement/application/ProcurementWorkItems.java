package org.govbuy.procurement.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.Role;
import org.govbuy.platform.WorkItem;
import org.govbuy.platform.WorkItems;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.procurement.domain.ChallengeDeadlines;
import org.govbuy.procurement.domain.ChallengeStatus;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Procurement's to-dos. The purchasing unit: notices to publish, bids to open once the
 * response deadline has come, winners to confirm within 5 working days of the report
 * (GPLR-43), challenges to answer within 7 working days (GPL-53). Panel members:
 * declarations to sign and bids to score. Providers: open procurements they have not yet
 * bid on, until the response deadline.
 */
@Component
class ProcurementWorkItems implements WorkItems {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Days the purchaser has to confirm the winner after receiving the report (条例43). */
	static final int CONFIRM_WINNER_WORKING_DAYS = 5;

	/** The deadline a procurement notice sets for responses. */
	static final WorkItem.Basis NOTICE_DEADLINE = new WorkItem.Basis("", "采购公告规定的响应截止时间");

	private final JdbcClient jdbc;

	private final ProviderDirectory providers;

	private final LegalCalendar calendar;

	private final Clock clock;

	ProcurementWorkItems(JdbcClient jdbc, ProviderDirectory providers, LegalCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.providers = providers;
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> itemsFor(CurrentUser user) {
		List<WorkItem> items = new ArrayList<>();
		if (user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			WorkingDayCalendar days = calendar.calendar();
			unitItems(user.organizationId(), days, items);
			challenges(user.organizationId(), days, items);
		}
		if (user.hasRole(Role.EXPERT)) {
			panelItems(user.username(), items);
		}
		if (user.hasRole(Role.PROVIDER)) {
			providers.ofOrganization(user.organizationId()).ifPresent(me -> openTenders(me.id(), items));
		}
		return items;
	}

	private void unitItems(UUID unit, WorkingDayCalendar days, List<WorkItem> items) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				select id, name, status, response_deadline, evaluated_at from procurement.project
				where unit_id = :unit and status in (:draft, :announced, :evaluated)""")
			.param("unit", unit)
			.param("draft", ProjectStatus.DRAFT.name())
			.param("announced", ProjectStatus.ANNOUNCED.name())
			.param("evaluated", ProjectStatus.EVALUATED.name())
			.query((rs, n) -> {
				String href = "/procurement/projects/" + rs.getObject("id", UUID.class);
				String name = rs.getString("name");
				OffsetDateTime deadline = rs.getObject("response_deadline", OffsetDateTime.class);
				OffsetDateTime evaluated = rs.getObject("evaluated_at", OffsetDateTime.class);
				return switch (ProjectStatus.valueOf(rs.getString("status"))) {
					case DRAFT -> WorkItem.open("发布采购公告", name, href);
					case ANNOUNCED -> deadline != null && !deadline.isAfter(now)
							? new WorkItem("开标并组建评审小组", name, date(deadline), NOTICE_DEADLINE, href) : null;
					case EVALUATED -> evaluated == null ? WorkItem.open("确定成交供应商", name, href)
							: WorkItem.due("确定成交供应商并公告结果", name,
									days.addWorkingDays(date(evaluated), CONFIRM_WINNER_WORKING_DAYS),
									ProcurementRule.AWARD_TIME_LIMITS, href);
					default -> null;
				};
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.forEach(items::add);
	}

	private void challenges(UUID unit, WorkingDayCalendar days, List<WorkItem> items) {
		ChallengeDeadlines deadlines = new ChallengeDeadlines(days);
		jdbc.sql("""
				select c.filed_on, c.provider_name, p.id, p.name from procurement.challenge c
				join procurement.project p on p.id = c.project_id
				where p.unit_id = :unit and c.status = :filed""")
			.param("unit", unit)
			.param("filed", ChallengeStatus.FILED.name())
			.query((rs, n) -> WorkItem.due("答复质疑", rs.getString("name") + "（质疑人：" + rs.getString("provider_name") + "）",
					deadlines.answerDeadline(rs.getObject("filed_on", LocalDate.class)),
					ProcurementRule.CHALLENGE_ANSWER, "/procurement/projects/" + rs.getObject("id", UUID.class)))
			.list()
			.forEach(items::add);
	}

	private void panelItems(String username, List<WorkItem> items) {
		jdbc.sql("""
				select p.id, p.name, m.declared_at is not null as declared,
				  (select count(*) from procurement.bid b where b.project_id = p.id) as bids,
				  (select count(*) from procurement.score s join procurement.bid b on b.id = s.bid_id
				    where b.project_id = p.id and s.username = m.username) as scored,
				  p.evaluation_method = :lowest as lowest_price
				from procurement.panel_member m join procurement.project p on p.id = m.project_id
				where m.username = :username and p.status = :evaluating""")
			.param("username", username)
			.param("evaluating", ProjectStatus.EVALUATING.name())
			.param("lowest", org.govbuy.procurement.domain.EvaluationMethod.LOWEST_PRICE.name())
			.query((rs, n) -> {
				String href = "/expert/procurements/" + rs.getObject("id", UUID.class);
				if (!rs.getBoolean("declared")) {
					return WorkItem.open("签署回避声明", rs.getString("name"), href);
				}
				return !rs.getBoolean("lowest_price") && rs.getInt("scored") < rs.getInt("bids")
						? WorkItem.open("评审打分", rs.getString("name"), href) : null;
			})
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.forEach(items::add);
	}

	private void openTenders(UUID provider, List<WorkItem> items) {
		jdbc.sql(
				"""
						select p.id, p.name, p.unit_name, p.response_deadline from procurement.project p
						where p.status = :announced and p.response_deadline > :now
						  and not exists (select 1 from procurement.bid b where b.project_id = p.id and b.provider_id = :provider)
						order by p.response_deadline""")
			.param("announced", ProjectStatus.ANNOUNCED.name())
			.param("now", OffsetDateTime.now(clock))
			.param("provider", provider)
			.query((rs, n) -> new WorkItem("可参与投标（响应）", rs.getString("name") + "（" + rs.getString("unit_name") + "）",
					date(rs.getObject("response_deadline", OffsetDateTime.class)), NOTICE_DEADLINE,
					"/provider/procurements/" + rs.getObject("id", UUID.class)))
			.list()
			.forEach(items::add);
	}

	private static LocalDate date(OffsetDateTime moment) {
		return moment.atZoneSameInstant(CHINA).toLocalDate();
	}

}
