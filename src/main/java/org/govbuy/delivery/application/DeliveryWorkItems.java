package org.govbuy.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.govbuy.contract.ContractRule;
import org.govbuy.delivery.domain.ContractStanding;
import org.govbuy.delivery.domain.MilestoneStatus;
import org.govbuy.delivery.domain.PaymentStatus;
import org.govbuy.delivery.domain.RectificationStatus;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.Role;
import org.govbuy.platform.WorkItem;
import org.govbuy.platform.WorkItems;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Delivery's to-dos. The provider: milestones due within {@value #MILESTONE_DAYS_AHEAD}
 * days or overdue, rectifications to answer. The purchasing unit: submitted milestones to
 * accept, overdue milestones, payment requests to approve (an SME's on its due date,
 * SME-9). Finance: payments at the treasury, an SME's due on its date (SME-9).
 */
@Component
class DeliveryWorkItems implements WorkItems {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** How far ahead a provider sees a milestone coming. */
	static final int MILESTONE_DAYS_AHEAD = 30;

	private final JdbcClient jdbc;

	private final DeliveryAccess access;

	private final Clock clock;

	DeliveryWorkItems(JdbcClient jdbc, DeliveryAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public List<WorkItem> itemsFor(CurrentUser user) {
		LocalDate today = LocalDate.now(clock.withZone(CHINA));
		List<WorkItem> items = new ArrayList<>();
		if (user.hasRole(Role.PROVIDER)) {
			access.providerOf(user).ifPresent(provider -> providerItems(provider, today, items));
		}
		if (user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			purchaserItems(user.organizationId(), today, items);
		}
		if (user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER)) {
			treasury(user, items);
		}
		return items;
	}

	private void providerItems(UUID provider, LocalDate today, List<WorkItem> items) {
		jdbc.sql(
				"""
						select m.contract_id, m.title, m.due_on, c.title as contract_title from delivery.milestone m
						join delivery.contract_account c on c.contract_id = m.contract_id
						where c.provider_id = :provider and c.status = :inForce and m.status = :planned and m.due_on <= :horizon""")
			.param("provider", provider)
			.param("inForce", ContractStanding.SIGNED.name())
			.param("planned", MilestoneStatus.PLANNED.name())
			.param("horizon", today.plusDays(MILESTONE_DAYS_AHEAD))
			.query((rs, n) -> new WorkItem("提交履约节点成果", rs.getString("contract_title") + "：" + rs.getString("title"),
					rs.getObject("due_on", LocalDate.class), WorkItem.Basis.AGREED,
					delivery(rs.getObject("contract_id"))))
			.list()
			.forEach(items::add);
		jdbc.sql("""
				select r.contract_id, r.due_on, c.title as contract_title from delivery.rectification r
				join delivery.contract_account c on c.contract_id = r.contract_id
				where c.provider_id = :provider and r.status = :open""")
			.param("provider", provider)
			.param("open", RectificationStatus.OPEN.name())
			.query((rs, n) -> new WorkItem("整改并报送整改情况", rs.getString("contract_title"),
					rs.getObject("due_on", LocalDate.class), WorkItem.Basis.AGREED,
					delivery(rs.getObject("contract_id"))))
			.list()
			.forEach(items::add);
	}

	private void purchaserItems(UUID unit, LocalDate today, List<WorkItem> items) {
		jdbc.sql("""
				select m.contract_id, m.title, m.status, m.due_on, c.title as contract_title from delivery.milestone m
				join delivery.contract_account c on c.contract_id = m.contract_id
				where c.unit_id = :unit and c.status = :inForce
				  and (m.status = :submitted or m.status = :planned and m.due_on < :today)""")
			.param("unit", unit)
			.param("inForce", ContractStanding.SIGNED.name())
			.param("submitted", MilestoneStatus.SUBMITTED.name())
			.param("planned", MilestoneStatus.PLANNED.name())
			.param("today", today)
			.query((rs, n) -> {
				String about = rs.getString("contract_title") + "：" + rs.getString("title");
				String href = delivery(rs.getObject("contract_id"));
				return MilestoneStatus.valueOf(rs.getString("status")) == MilestoneStatus.SUBMITTED
						? WorkItem.open("组织验收并记录结果", about, href) : new WorkItem("督促逾期履约节点", about,
								rs.getObject("due_on", LocalDate.class), WorkItem.Basis.AGREED, href);
			})
			.list()
			.forEach(items::add);
		jdbc.sql("""
				select p.contract_id, p.amount, p.purpose, p.due_on, c.provider_sme, c.title as contract_title
				from delivery.payment p join delivery.contract_account c on c.contract_id = p.contract_id
				where c.unit_id = :unit and p.status = :requested""")
			.param("unit", unit)
			.param("requested", PaymentStatus.REQUESTED.name())
			.query((rs, n) -> payment("审核支付申请", rs, "/contracts/" + rs.getObject("contract_id")))
			.list()
			.forEach(items::add);
	}

	private void treasury(CurrentUser user, List<WorkItem> items) {
		jdbc.sql(
				"""
						select p.contract_id, p.amount, p.purpose, p.due_on, c.provider_sme, c.title as contract_title
						from delivery.payment p join delivery.contract_account c on c.contract_id = p.contract_id
						where p.status = :sent and c.region_code like :pattern and (cast(:org as uuid) is null or c.unit_id = :org)""")
			.param("sent", PaymentStatus.SENT.name())
			.param("pattern", user.scope().regionPattern())
			.param("org", user.scope().organizationFilter())
			.query((rs, n) -> payment("国库集中支付", rs, "/finance/payments"))
			.list()
			.forEach(items::add);
	}

	/**
	 * A payment to make: an SME's by its due date (SME-9), another's without a legal one.
	 */
	private static WorkItem payment(String title, java.sql.ResultSet rs, String href) throws java.sql.SQLException {
		String about = rs.getString("contract_title") + "：" + rs.getString("purpose") + " "
				+ rs.getBigDecimal("amount").toPlainString() + "元";
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		return rs.getBoolean("provider_sme") && due != null
				? WorkItem.due(title, about + "（中小企业）", due, ContractRule.SME_PAYMENT_TERM, href)
				: WorkItem.open(title, about, href);
	}

	private static String delivery(Object contractId) {
		return "/contracts/" + contractId + "/delivery";
	}

}
