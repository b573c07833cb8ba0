package org.govbuy.provider.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.provider.ProviderRule;
import org.govbuy.provider.ProviderView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's decisions on proposals to restrict a provider graded 差 twice within two years
 * ({@link ProviderRule#CREDIT_RESTRICTION}): accepted (a restriction on the credit
 * record, or a debarment decided on the provider's page) or dismissed with a reason. The
 * proposal itself is made by the credit policy when a grade is recorded.
 */
@Service
public class RestrictionProposals {

	/** The kind of credit event an accepted restriction records. */
	public static final String RESTRICTION = "RESTRICTION";

	private final JdbcClient jdbc;

	private final ProviderRegistry providers;

	private final CreditRecords credit;

	private final AuditTrail audit;

	private final Clock clock;

	RestrictionProposals(JdbcClient jdbc, ProviderRegistry providers, CreditRecords credit, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.providers = providers;
		this.credit = credit;
		this.audit = audit;
		this.clock = clock;
	}

	/** Where a proposal stands. */
	public enum Status {

		/** 待财政部门决定. */
		PROPOSED("待决定"),
		/** 已采纳: a restriction recorded or a debarment decided. */
		ACCEPTED("已采纳"),
		/** 不予采纳, with a reason. */
		DISMISSED("不予采纳");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** A proposal as finance's page and the credit history show it. */
	public record Proposal(UUID id, UUID providerId, String providerName, String reason, UUID firstEvaluation,
			UUID secondEvaluation, Status status, LocalDate proposedOn, String decision, String decidedBy,
			OffsetDateTime decidedAt) {
	}

	/** Proposals about providers within the user's data scope, open ones first. */
	public List<Proposal> list(DataScope scope) {
		CurrentUser user = CurrentUser.require();
		requireFinanceOrSupervision(user);
		return query("""
				where p.region_code like :pattern
				order by case when r.status = :proposed then 0 else 1 end, r.proposed_on desc""",
				Map.of("pattern", scope.regionPattern(), "proposed", Status.PROPOSED.name()));
	}

	/**
	 * The proposals about one provider, newest first (no access check: callers check).
	 */
	public List<Proposal> of(UUID providerId) {
		return query("where r.provider_id = :provider order by r.proposed_on desc", Map.of("provider", providerId));
	}

	/**
	 * Accepts a proposal. With {@code restrict} a restriction is recorded on the credit
	 * record; without it finance goes on to decide a debarment on the provider's page.
	 * @return the proposal's provider
	 */
	@Transactional
	public UUID accept(UUID id, boolean restrict, String note) {
		Proposal proposal = decide(id, Status.ACCEPTED,
				(note == null || note.isBlank()) ? (restrict ? "采纳，限制其承接政府购买服务" : "采纳，作出禁入决定") : note.strip());
		if (restrict) {
			credit.record(proposal.providerId(), RESTRICTION, "财政部门采纳限制建议：" + proposal.decision(), "provider",
					LocalDate.now(clock), "restriction:" + id);
		}
		return proposal.providerId();
	}

	/** Dismisses a proposal with a reason. */
	@Transactional
	public void dismiss(UUID id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "请填写不予采纳的理由");
		}
		decide(id, Status.DISMISSED, reason.strip());
	}

	private Proposal decide(UUID id, Status status, String decision) {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.FINANCE_REVIEWER, Role.ADMIN)) {
			throw new AccessDeniedException("只有财政审核人员可以决定限制建议");
		}
		Proposal proposal = find(id);
		ProviderView provider = providers.visible(proposal.providerId());
		if (proposal.status() != Status.PROPOSED) {
			throw new InvalidInputException("status", "该建议已作出决定：" + proposal.status().label());
		}
		jdbc.sql("""
				update provider.restriction_proposal set status = :status, decision = :decision, decided_by = :by,
				  decided_at = :now where id = :id and status = :proposed""")
			.param("status", status.name())
			.param("decision", decision)
			.param("by", user.username())
			.param("now", OffsetDateTime.now(clock))
			.param("id", id)
			.param("proposed", Status.PROPOSED.name())
			.update();
		audit.record("provider.restriction." + (status == Status.ACCEPTED ? "accept" : "dismiss"),
				"RestrictionProposal", id, Map.of("status", proposal.status().name()),
				Map.of("status", status.name(), "decision", decision, "provider", provider.name()));
		return find(id);
	}

	private Proposal find(UUID id) {
		return query("where r.id = :id", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("限制建议不存在"));
	}

	private static void requireFinanceOrSupervision(CurrentUser user) {
		if (!user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.SUPERVISOR, Role.ADMIN)) {
			throw new AccessDeniedException("只有财政、监督部门可以查看限制建议");
		}
	}

	private List<Proposal> query(String where, Map<String, Object> params) {
		return jdbc.sql("""
				select r.*, p.name from provider.restriction_proposal r join provider.provider p on p.id = r.provider_id
				""" + where)
			.params(params)
			.query((rs, n) -> new Proposal(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
					rs.getString("name"), rs.getString("reason"), rs.getObject("first_evaluation", UUID.class),
					rs.getObject("second_evaluation", UUID.class), Status.valueOf(rs.getString("status")),
					rs.getObject("proposed_on", LocalDate.class), rs.getString("decision"), rs.getString("decided_by"),
					rs.getObject("decided_at", OffsetDateTime.class)))
			.list();
	}

}
