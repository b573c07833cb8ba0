package org.govbuy.procurement.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementAwards;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.domain.BreachOutcome;
import org.govbuy.procurement.domain.ChallengeDeadlines;
import org.govbuy.procurement.domain.ChallengeOutcome;
import org.govbuy.procurement.domain.ChallengeStatus;
import org.govbuy.procurement.domain.NoticeKind;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.provider.ProviderDirectory.ProviderIdentity;
import org.govbuy.provider.ProviderEligibility;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Award and challenges: the purchaser confirms the winner and publishes the result;
 * bidders challenge (质疑) within the legal period and the purchaser answers, an upheld
 * challenge that affects the result voiding the award (条例71). The awards are the module's
 * published {@link ProcurementAwards}.
 */
@Service
public class Awards implements ProcurementAwards {

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final Terminations terminations;

	private final JdbcClient jdbc;

	private final LegalCalendar calendar;

	private final ProviderDirectory providers;

	private final ProviderEligibility eligibility;

	private final AuditTrail audit;

	Awards(ProjectRepository projects, ProjectAccess access, Terminations terminations, JdbcClient jdbc,
			LegalCalendar calendar, ProviderDirectory providers, ProviderEligibility eligibility, AuditTrail audit) {
		this.projects = projects;
		this.access = access;
		this.terminations = terminations;
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.providers = providers;
		this.eligibility = eligibility;
		this.audit = audit;
	}

	/**
	 * Confirms the winner — the first-ranked bid unless the purchaser gives a reason —
	 * after checking again that the provider may be awarded; publishes the result notice.
	 */
	@Transactional
	public ProjectView award(UUID projectId, UUID bidId, String reason) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		Project project = access.lockOwn(projectId, user);
		project.status().require("确定成交供应商", ProjectStatus.EVALUATED);
		if (project.framework()) {
			throw new InvalidInputException("method", "框架协议采购请确定入围供应商，而不是单一成交供应商");
		}
		Bid bid = projects.bid(projectId, bidId).orElseThrow(() -> new NotFoundException("投标不存在"));
		project.checkAward(bid, reason);
		ProviderEligibility.Decision decision = eligibility.check(bid.providerId(), access.today());
		if (!decision.eligible()) {
			throw new RuleViolationException(decision.violations());
		}
		project.award(bid, reason, access.now());
		projects.save(project);
		Project.Terms terms = project.terms();
		access.publish(projectId, NoticeKind.RESULT, terms.unitName() + " " + terms.name() + " 结果公告", ProcurementNotices
			.result(project.view(), bid.providerName(), bid.price(), access.panelNames(projectId)));
		audit.record("procurement.award", "Project", projectId, Map.of("status", ProjectStatus.EVALUATED.name()), Map
			.of("status", project.status().name(), "winner", bid.providerName(), "price", bid.price().toString()));
		return project.view();
	}

	@Override
	public Optional<Award> award(UUID projectId) {
		return jdbc.sql(AWARDS + " and p.id = :id")
			.param("awarded", ProjectStatus.AWARDED.name())
			.param("result", ChallengeDeadlines.Subject.RESULT.name())
			.param("filed", ChallengeStatus.FILED.name())
			.param("id", projectId)
			.query(AWARD)
			.optional();
	}

	@Override
	public List<Award> awardsOf(UUID unitId) {
		return jdbc.sql(AWARDS + " and p.unit_id = :unit order by p.awarded_at desc")
			.param("awarded", ProjectStatus.AWARDED.name())
			.param("result", ChallengeDeadlines.Subject.RESULT.name())
			.param("filed", ChallengeStatus.FILED.name())
			.param("unit", unitId)
			.query(AWARD)
			.list();
	}

	private static final String AWARDS = """
			select p.*, b.provider_id, b.provider_name, b.price,
			  exists (select 1 from procurement.challenge c where c.project_id = p.id and c.subject = :result
			    and c.status = :filed) as challenged
			from procurement.project p join procurement.bid b on b.id = p.winner_bid_id
			where p.status = :awarded""";

	private static final RowMapper<Award> AWARD = (rs, n) -> new Award(rs.getObject("id", UUID.class),
			rs.getObject("plan_line_id", UUID.class), rs.getObject("unit_id", UUID.class),
			new RegionCode(rs.getString("region_code")), rs.getString("name"),
			ProcurementMethod.valueOf(rs.getString("method")), rs.getObject("provider_id", UUID.class),
			rs.getString("provider_name"), Money.of(rs.getBigDecimal("price")), Money.of(rs.getBigDecimal("budget")),
			rs.getObject("awarded_at", OffsetDateTime.class).atZoneSameInstant(ProjectAccess.CHINA).toLocalDate(),
			rs.getBoolean("technically_complex"), rs.getBoolean("challenged"));

	// ---- challenges
	// --------------------------------------------------------------------

	/** A project's challenges; a provider sees only its own. */
	public List<Challenge> challenges(UUID projectId) {
		Project project = access.visibleProject(projectId);
		CurrentUser user = CurrentUser.require();
		ChallengeDeadlines deadlines = new ChallengeDeadlines(calendar.calendar());
		return projects.challenges(project.id())
			.stream()
			.filter(c -> !user.hasRole(Role.PROVIDER) || access.ownProvider(user, c.providerId()))
			.map(c -> new Challenge(c.id(), c.projectId(), c.providerName(), c.subject().name(), c.content(),
					c.filedOn(), deadlines.answerDeadline(c.filedOn()), c.answer(), c.answeredOn(), c.status(),
					c.outcome(), c.consequence()))
			.toList();
	}

	/** A bidder's challenge (质疑), within 7 working days from the right start (GPL-52). */
	@Transactional
	public UUID challenge(UUID projectId, ChallengeDeadlines.Subject subject, String content) {
		CurrentUser user = CurrentUser.require();
		ProviderIdentity provider = providers.ofOrganization(user.organizationId())
			.orElseThrow(() -> new AccessDeniedException("只有参加采购活动的承接主体可以质疑"));
		Project project = projects.lock(projectId);
		if (projects.bids(projectId).stream().noneMatch(bid -> bid.providerId().equals(provider.id()))) {
			throw new AccessDeniedException("只有参加本项目采购活动的供应商可以质疑");
		}
		if (content == null || content.isBlank()) {
			throw new InvalidInputException("content", "请写明质疑事项、事实依据和请求");
		}
		ChallengeDeadlines.Subject about = subject == null ? ChallengeDeadlines.Subject.RESULT : subject;
		LocalDate event = switch (about) {
			case RESULT -> access.notices(projectId)
				.stream()
				.filter(notice -> notice.kind() == NoticeKind.RESULT)
				.map(Notice::publishedOn)
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("subject", "成交结果尚未公告"));
			case DOCUMENTS -> project.progress().documentsIssued();
			case PROCEDURE -> access.today();
		};
		new ChallengeDeadlines(calendar.calendar()).checkFiling(about, event, access.today()).ifPresent(violation -> {
			throw new RuleViolationException(violation);
		});
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into procurement.challenge (id, project_id, provider_id, provider_name, subject, content, filed_on,
						  filed_at, status)
						values (:id, :project, :provider, :name, :subject, :content, :today, :now, :status)""")
			.param("id", id)
			.param("project", projectId)
			.param("provider", provider.id())
			.param("name", provider.name())
			.param("subject", about.name())
			.param("content", content.strip())
			.param("today", access.today())
			.param("now", ProjectRepository.utc(access.now()))
			.param("status", ChallengeStatus.FILED.name())
			.update();
		audit.record("procurement.challenge", "Challenge", id, null, Map.of("project", projectId.toString()));
		return id;
	}

	/** Answers a challenge without stating an outcome. */
	@Transactional
	public Challenge answer(UUID challengeId, String answer) {
		return answer(challengeId, answer, null);
	}

	/**
	 * Answers a challenge; late answers are refused with the deadline (GPL-53). An upheld
	 * challenge that affects the result voids the award and turns to the next qualified
	 * candidate, or restarts a procurement not yet awarded (条例71, GPLR-71).
	 */
	@Transactional
	public Challenge answer(UUID challengeId, String answer, ChallengeOutcome outcome) {
		CurrentUser user = ProjectAccess.requirePurchaser();
		UUID projectId = projects.challenge(challengeId).orElseThrow(() -> new NotFoundException("质疑不存在")).projectId();
		Project project = access.lockOwn(projectId, user);
		// Read again under the project's lock: a concurrent answer may have come first.
		ChallengeRecord challenge = projects.lockChallenge(challengeId).orElseThrow();
		ChallengeStatus answered = challenge.status().answer();
		if (answer == null || answer.isBlank()) {
			throw new InvalidInputException("answer", "请填写答复内容");
		}
		new ChallengeDeadlines(calendar.calendar()).checkAnswer(challenge.filedOn(), access.today())
			.ifPresent(violation -> {
				throw new RuleViolationException(violation);
			});
		String consequence = outcome == ChallengeOutcome.UPHELD_AFFECTS_RESULT ? consequences(project) : null;
		jdbc.sql("""
				update procurement.challenge set answer = :answer, answered_on = :today, status = :status,
				  outcome = :outcome, consequence = :consequence where id = :id""")
			.param("answer", answer.strip())
			.param("today", access.today())
			.param("status", answered.name())
			.param("outcome", outcome == null ? null : outcome.name())
			.param("consequence", consequence)
			.param("id", challengeId)
			.update();
		project.challengeAnswered(challenge, outcome, consequence, access.today());
		projects.save(project);
		audit.record("procurement.challenge.answer", "Challenge", challengeId,
				Map.of("status", challenge.status().name()), Map.of("status", answered.name()));
		return challenges(projectId).stream().filter(c -> c.id().equals(challengeId)).findFirst().orElseThrow();
	}

	/**
	 * Applies 条例71 to a project whose result a challenge has shown wrong: before the
	 * award the procurement restarts; after it the award is void and the next qualified
	 * candidate is confirmed (or, with none left, the procurement restarts).
	 */
	private String consequences(Project project) {
		BreachOutcome breach = new BreachOutcome();
		if (project.status() != ProjectStatus.AWARDED) {
			String decision = breach.decision(BreachOutcome.Stage.BEFORE_AWARD).message();
			if (project.status() != ProjectStatus.FAILED) {
				terminations.fail(project, decision);
			}
			return decision;
		}
		String decision = breach.decision(BreachOutcome.Stage.AWARDED).message();
		UUID voided = project.winnerBidId();
		List<Bid> bids = projects.bids(project.id());
		Integer voidedRank = bids.stream().filter(b -> b.id().equals(voided)).findFirst().map(Bid::rank).orElse(null);
		Optional<Bid> next = bids.stream()
			.filter(b -> Boolean.TRUE.equals(b.compliant()) && !b.id().equals(voided) && b.rank() != null
					&& voidedRank != null && b.rank() > voidedRank)
			.findFirst();
		jdbc.sql("update procurement.bid set compliant = false, remarks = :remarks where id = :id")
			.param("remarks", "质疑成立，原成交结果无效（《政府采购法实施条例》第七十一条）")
			.param("id", voided)
			.update();
		if (next.isEmpty()) {
			terminations.restart(project, decision + "；无其他合格候选人，重新开展采购");
			return decision;
		}
		Bid candidate = next.get();
		project.voidAwardFor(candidate, access.now());
		projects.save(project);
		Project.Terms terms = project.terms();
		access.publish(project.id(), NoticeKind.RESULT, terms.unitName() + " " + terms.name() + " 结果变更公告",
				ProcurementNotices.changedResult(project.view(), candidate.providerName(), candidate.price(),
						access.panelNames(project.id())));
		audit.record("procurement.award.void", "Project", project.id(), Map.of("winner", voided.toString()),
				Map.of("winner", candidate.id().toString()));
		return decision + "：改由" + candidate.providerName() + "成交";
	}

}
