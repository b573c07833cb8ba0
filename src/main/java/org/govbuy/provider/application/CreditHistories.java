package org.govbuy.provider.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.provider.ProviderCredit;
import org.govbuy.provider.ProviderView;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A provider's credit history (信用记录): evaluation grades, warnings, terminations for
 * breach, late milestones, debarments, restriction proposals and roster listings. Who may
 * read it: the provider itself; finance and supervision within their region; the
 * purchasing units of its province (they choose providers); administrators. Another
 * provider, an expert or an evaluator may not.
 */
@Service
public class CreditHistories {

	private final ProviderRegistry providers;

	private final CreditRecords credit;

	private final RestrictionProposals proposals;

	CreditHistories(ProviderRegistry providers, CreditRecords credit, RestrictionProposals proposals) {
		this.providers = providers;
		this.credit = credit;
		this.proposals = proposals;
	}

	/** What a credit event is, as the history labels it. */
	public enum Kind {

		/** 绩效评价结果. */
		EVALUATION_GRADE(ProviderCredit.Kinds.EVALUATION_GRADE, "绩效评价", false),
		/** 信用警示. */
		WARNING(ProviderCredit.Kinds.WARNING, "信用警示", true),
		/** 因违约终止合同. */
		TERMINATION_BREACH(ProviderCredit.Kinds.TERMINATION_BREACH, "违约终止合同", true),
		/** 履约节点逾期. */
		LATE_MILESTONE(ProviderCredit.Kinds.LATE_MILESTONE, "履约节点逾期", false),
		/** 禁入决定. */
		DEBARMENT("DEBARMENT", "禁止参加政府采购活动", true),
		/** 限制承接. */
		RESTRICTION(RestrictionProposals.RESTRICTION, "限制承接政府购买服务", true),
		/** Anything else recorded. */
		OTHER("OTHER", "其他信用记录", false);

		private final String code;

		private final String label;

		private final boolean adverse;

		Kind(String code, String label, boolean adverse) {
			this.code = code;
			this.label = label;
			this.adverse = adverse;
		}

		public String label() {
			return label;
		}

		/** Whether the page shows it in red. */
		public boolean adverse() {
			return adverse;
		}

		static Kind of(String code) {
			for (Kind kind : values()) {
				if (kind.code.equals(code)) {
					return kind;
				}
			}
			return OTHER;
		}

	}

	/** One line of the history. */
	public record Entry(Kind kind, String kindLabel, boolean adverse, String description, String source,
			LocalDate occurredOn) {
	}

	/**
	 * The history.
	 *
	 * @param entries every credit event, newest first
	 * @param debarments the debarment decisions
	 * @param proposals the proposals to restrict
	 * @param listings the roster listings that concern it
	 */
	public record CreditHistory(UUID providerId, String providerName, String creditCode, String region,
			List<Entry> entries, List<CreditRecords.Debarment> debarments,
			List<RestrictionProposals.Proposal> proposals, List<CreditRecords.Listing> listings) {

		/** The entries of one kind (the page's sections). */
		public List<Entry> of(Kind kind) {
			return entries.stream().filter(entry -> entry.kind() == kind).toList();
		}

	}

	/**
	 * The history of a provider the current user may read.
	 * @throws AccessDeniedException for another provider, an expert or an evaluator
	 * @throws NotFoundException for an unknown provider or one outside finance's region
	 */
	public CreditHistory of(UUID providerId) {
		CurrentUser user = CurrentUser.require();
		ProviderView provider = providers.find(providerId).orElseThrow(() -> new NotFoundException("承接主体不存在"));
		requireReadable(user, provider);
		List<Entry> entries = credit.events(providerId).stream().map(event -> {
			Kind kind = Kind.of(event.kind());
			return new Entry(kind, kind.label(), kind.adverse(), event.description(), event.source(),
					event.occurredOn());
		}).toList();
		return new CreditHistory(provider.id(), provider.name(), provider.creditCode(), provider.region().value(),
				entries, credit.debarmentsOf(providerId), proposals.of(providerId),
				credit.listings(provider.creditCode()));
	}

	/** Whether the user may read the provider's history. */
	static void requireReadable(CurrentUser user, ProviderView provider) {
		if (user.hasRole(Role.ADMIN) || provider.organizationId().equals(user.organizationId())) {
			return;
		}
		if (user.hasAnyRole(Role.FINANCE_CLERK, Role.FINANCE_REVIEWER, Role.SUPERVISOR)) {
			if (!user.scope().permits(provider.organizationId(), provider.region())) {
				throw new NotFoundException("承接主体不存在或不在您的数据范围内");
			}
			return;
		}
		if (user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD) && user.region() != null
				&& user.region().provinceCode().equals(provider.region().provinceCode())) {
			return;
		}
		throw new AccessDeniedException("无权查看该承接主体的信用记录");
	}

}
