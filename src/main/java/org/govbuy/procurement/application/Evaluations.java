package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.platform.Accounts;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.platform.Role;
import org.govbuy.procurement.domain.PanelPolicy;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluation: after the deadline the purchaser forms the panel and the bids open; members
 * declare no conflict and score; the report prices, totals and ranks the bids, or ends a
 * procurement with too few compliant suppliers.
 */
@Service
public class Evaluations {

	/** Total points of 综合评分法. */
	static final BigDecimal TOTAL_POINTS = BigDecimal.valueOf(100);

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final Bidding bidding;

	private final EvaluationReport reports;

	private final Terminations terminations;

	private final JdbcClient jdbc;

	private final RegionalParameters parameters;

	private final Accounts accounts;

	private final AuditTrail audit;

	Evaluations(ProjectRepository projects, ProjectAccess access, Bidding bidding, EvaluationReport reports,
			Terminations terminations, JdbcClient jdbc, RegionalParameters parameters, Accounts accounts,
			AuditTrail audit) {
		this.projects = projects;
		this.access = access;
		this.bidding = bidding;
		this.reports = reports;
		this.terminations = terminations;
		this.jdbc = jdbc;
		this.parameters = parameters;
		this.accounts = accounts;
		this.audit = audit;
	}

	/** The panel with each member's declaration and the number of bids they scored. */
	public List<PanelMember> panel(UUID projectId) {
		return jdbc.sql("""
				select m.*, (select count(*) from procurement.score s join procurement.bid b on b.id = s.bid_id
				  where b.project_id = m.project_id and s.username = m.username) as scored
				from procurement.panel_member m where project_id = :project order by display_name""")
			.param("project", projectId)
			.query((rs, n) -> new PanelMember(rs.getString("username"), rs.getString("display_name"),
					rs.getBoolean("expert"), rs.getObject("declared_at") != null, rs.getInt("scored")))
			.list();
	}

	/**
	 * Forms the panel after the deadline and opens the evaluation: size and expert share
	 * per 87令 §47 / 74令 §7 (MOF87-47).
	 */
	@Transactional
	public ProjectView startEvaluation(UUID projectId, List<String> members) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		project.closeBidding(access.now());
		List<PanelMember> panel = new ArrayList<>();
		for (String username : members == null ? List.<String>of() : members.stream().distinct().toList()) {
			panel.add(accounts.find(username)
				.map(account -> new PanelMember(account.username(), account.displayName(),
						account.roles().contains(Role.EXPERT), false, 0))
				.orElseThrow(() -> new InvalidInputException("members", "评审成员“" + username + "”不存在")));
		}
		Project.Terms terms = project.terms();
		int experts = (int) panel.stream().filter(PanelMember::expert).count();
		List<RuleViolation> violations = new PanelPolicy().check(terms.method(), panel.size(), experts, terms.budget(),
				new PanelPolicy.Thresholds(
						parameters.money(terms.region(), PolicyParameter.OPEN_TENDER_THRESHOLD, access.today()),
						parameters.money(terms.region(), PolicyParameter.LARGE_PROJECT_THRESHOLD, access.today())),
				false);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		for (PanelMember member : panel) {
			jdbc.sql("""
					insert into procurement.panel_member (project_id, username, display_name, expert)
					values (:project, :username, :name, :expert)""")
				.param("project", projectId)
				.param("username", member.username())
				.param("name", member.displayName())
				.param("expert", member.expert())
				.update();
		}
		int bids = projects.bids(projectId).size();
		project.openBids(bids, panel.size(), access.now());
		projects.save(project);
		audit.record("procurement.panel", "Project", projectId, null,
				Map.of("members", panel.stream().map(PanelMember::username).toList(), "bids", bids));
		return project.view();
	}

	/** A panel member declares no conflict of interest with any bidder (条例 第九条). */
	@Transactional
	public void declare(UUID projectId) {
		CurrentUser user = CurrentUser.require();
		Project project = projects.lock(projectId);
		project.requireEvaluation("签署回避声明");
		int updated = jdbc.sql("""
				update procurement.panel_member set declared_at = :now
				where project_id = :project and username = :username""")
			.param("now", ProjectRepository.utc(access.now()))
			.param("project", projectId)
			.param("username", user.username())
			.update();
		if (updated == 0) {
			throw new NotFoundException("您不是本项目的评审成员");
		}
		audit.record("procurement.declare", "Project", projectId, null, Map.of("member", user.username()));
	}

	/** A panel member's technical score of one bid, after declaring no conflict. */
	@Transactional
	public void score(UUID projectId, UUID bidId, BigDecimal technical, String comment) {
		CurrentUser user = CurrentUser.require();
		Project project = projects.lock(projectId);
		project.requireEvaluation("评分");
		Boolean declared = jdbc.sql("""
				select declared_at is not null from procurement.panel_member
				where project_id = :project and username = :username""")
			.param("project", projectId)
			.param("username", user.username())
			.query(Boolean.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("您不是本项目的评审成员"));
		if (!declared) {
			throw new InvalidInputException("declaration", "评分前须签署回避声明（与投标人不存在利害关系）");
		}
		BigDecimal max = maxTechnical(project.view());
		if (technical == null || technical.signum() < 0 || technical.compareTo(max) > 0) {
			throw new InvalidInputException("technical",
					"技术（商务）分须在0到" + max.stripTrailingZeros().toPlainString() + "之间");
		}
		if (projects.bid(projectId, bidId).isEmpty()) {
			throw new NotFoundException("投标不存在");
		}
		jdbc.sql("""
				insert into procurement.score (bid_id, username, technical, comment, scored_at)
				values (:bid, :username, :technical, :comment, :now)
				on conflict (bid_id, username) do update set technical = excluded.technical, comment = excluded.comment,
				  scored_at = excluded.scored_at""")
			.param("bid", bidId)
			.param("username", user.username())
			.param("technical", technical)
			.param("comment", comment)
			.param("now", ProjectRepository.utc(access.now()))
			.update();
		audit.record("procurement.score", "Bid", bidId, null,
				Map.of("member", user.username(), "technical", technical));
	}

	/** The most technical points a member may give: what the price weight leaves. */
	public static BigDecimal maxTechnical(ProjectView project) {
		return TOTAL_POINTS.subtract(TOTAL_POINTS.multiply(project.priceWeight()));
	}

	/** This member's scores, by bid. */
	public Map<UUID, BigDecimal> myScores(UUID projectId) {
		Map<UUID, BigDecimal> scores = new HashMap<>();
		jdbc.sql("""
				select s.bid_id, s.technical from procurement.score s join procurement.bid b on b.id = s.bid_id
				where b.project_id = :project and s.username = :username""")
			.param("project", projectId)
			.param("username", CurrentUser.require().username())
			.query((rs, n) -> scores.put(rs.getObject("bid_id", UUID.class), rs.getBigDecimal("technical")))
			.list();
		return scores;
	}

	/**
	 * The evaluation report once every member has scored every bid: price scores on the
	 * lowest valid price, totals, abnormally low prices marked, ranking with the
	 * social-organization preference; too few compliant suppliers end the procurement.
	 */
	@Transactional
	public ProjectView report(UUID projectId) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		project.requireEvaluation("形成评审报告");
		// EVALUATING means the deadline has passed, and the unit is the project's own.
		List<Bid> bids = projects.bids(projectId);
		List<OpenedBid> opened = bidding.open(project, bids);
		for (PanelMember member : panel(projectId)) {
			if (project.terms().lowestPrice() && !member.declared()) {
				throw new InvalidInputException("declarations", "评审成员" + member.displayName() + "尚未签署回避声明");
			}
			if (!project.terms().lowestPrice() && member.scored() < opened.size()) {
				throw new InvalidInputException("scores", "评审成员" + member.displayName() + "尚未完成全部评分");
			}
		}
		EvaluationReport.Outcome outcome = reports.evaluate(project, bids, opened);
		if (!outcome.proceeds()) {
			terminations.fail(project, outcome.failure());
			reports.storeRemarks(outcome.remarks());
			return project.view();
		}
		reports.store(outcome);
		project.reportEvaluation(access.now());
		projects.save(project);
		audit.record("procurement.report", "Project", projectId, Map.of("status", ProjectStatus.EVALUATING.name()),
				Map.of("status", project.status().name()));
		return project.view();
	}

}
