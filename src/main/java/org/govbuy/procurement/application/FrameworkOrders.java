package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.BudgetRule;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.procurement.domain.FrameworkAgreementPolicy;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.procurement.domain.NoticeKind;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Framework agreements (110令): the purchaser admits compliant providers (入围) for at most
 * two years, and service recipients order from at least two of them within the
 * agreement's budget.
 */
@Service
public class FrameworkOrders {

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	FrameworkOrders(ProjectRepository projects, ProjectAccess access, JdbcClient jdbc, AuditTrail audit) {
		this.projects = projects;
		this.access = access;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * A framework agreement's 入围: the purchaser admits compliant bids for an agreement of
	 * at most two years; where service recipients choose, at least two (MOF110-FA).
	 */
	@Transactional
	public ProjectView admit(UUID projectId, List<UUID> bidIds, LocalDate start, LocalDate end) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		project.status().require("确定入围供应商", ProjectStatus.EVALUATED);
		if (!project.framework()) {
			throw new InvalidInputException("method", "只有框架协议采购确定入围供应商");
		}
		if (start == null || end == null || end.isBefore(start)) {
			throw new InvalidInputException("agreement", "请填写框架协议的起止日期");
		}
		List<UUID> chosen = bidIds == null ? List.of() : bidIds.stream().distinct().toList();
		List<String> names = new ArrayList<>();
		for (UUID id : chosen) {
			names.add(projects.bid(projectId, id)
				.filter(bid -> Boolean.TRUE.equals(bid.compliant()))
				.map(Bid::providerName)
				.orElseThrow(() -> new InvalidInputException("bids", "只能从有效响应中确定入围供应商")));
		}
		boolean recipientsChoose = project.terms().grounds() != null
				&& project.terms().grounds().contains(MethodGround.RECIPIENT_CHOICE);
		List<RuleViolation> violations = new FrameworkAgreementPolicy().checkAgreement(start, end, chosen.size(),
				recipientsChoose);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		chosen.forEach(bid -> jdbc.sql("insert into procurement.admitted (project_id, bid_id) values (:project, :bid)")
			.param("project", projectId)
			.param("bid", bid)
			.update());
		project.admit(start, end, access.now());
		projects.save(project);
		Project.Terms terms = project.terms();
		access.publish(projectId, NoticeKind.RESULT, terms.unitName() + " " + terms.name() + " 入围结果公告",
				ProcurementNotices.admitted(project.view(), names, start, end));
		audit.record("procurement.admit", "Project", projectId, Map.of("status", ProjectStatus.EVALUATED.name()),
				Map.of("status", project.status().name(), "admitted", names));
		return project.view();
	}

	/**
	 * An order under a framework agreement: the recipient picks one of at least two
	 * admitted providers, within what the agreement has left.
	 */
	@Transactional
	public UUID order(UUID projectId, String recipient, String description, Money amount, UUID chosenBidId) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		project.acceptOrder();
		if (ProjectAccess.blank(recipient) || ProjectAccess.blank(description) || amount == null
				|| !amount.isPositive()) {
			throw new InvalidInputException("order", "请填写服务对象、服务内容和大于0的金额");
		}
		List<UUID> admitted = admitted(projectId);
		List<RuleViolation> violations = new FrameworkAgreementPolicy().checkOrder(admitted.size(),
				admitted.contains(chosenBidId));
		Money ordered = Money
			.of(jdbc.sql("select coalesce(sum(amount), 0) from procurement.framework_order where project_id = :project")
				.param("project", projectId)
				.query(BigDecimal.class)
				.single());
		Money budget = project.terms().budget();
		if (ordered.plus(amount).isGreaterThan(budget)) {
			violations.add(BudgetRule.WITHIN_BUDGET
				.violation("订单累计" + ordered.plus(amount).format() + "超过框架协议采购预算" + budget.format()));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into procurement.framework_order (id, project_id, recipient, description, amount, offered,
				  chosen_bid_id, ordered_by, ordered_at)
				values (:id, :project, :recipient, :description, :amount, :offered, :bid, :by, :now)""")
			.param("id", id)
			.param("project", projectId)
			.param("recipient", recipient.strip())
			.param("description", description.strip())
			.param("amount", amount.amount())
			.param("offered", admitted.size())
			.param("bid", chosenBidId)
			.param("by", user.username())
			.param("now", ProjectRepository.utc(access.now()))
			.update();
		audit.record("procurement.order", "FrameworkOrder", id, null,
				Map.of("project", projectId.toString(), "recipient", recipient, "amount", amount.toString()));
		return id;
	}

	/** The orders under a framework agreement. */
	public List<FrameworkOrder> orders(UUID projectId) {
		access.visible(projectId);
		return jdbc.sql("""
				select o.*, b.provider_name from procurement.framework_order o
				  join procurement.bid b on b.id = o.chosen_bid_id
				where o.project_id = :project order by o.ordered_at""")
			.param("project", projectId)
			.query((rs, n) -> new FrameworkOrder(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("description"), Money.of(rs.getBigDecimal("amount")), rs.getInt("offered"),
					rs.getString("provider_name")))
			.list();
	}

	/** The admitted bids of a framework agreement. */
	public List<UUID> admitted(UUID projectId) {
		return jdbc.sql("select bid_id from procurement.admitted where project_id = :project")
			.param("project", projectId)
			.query(UUID.class)
			.list();
	}

}
