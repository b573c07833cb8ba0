package org.govbuy.procurement.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.procurement.domain.SealedBidBox;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.provider.ProviderDirectory.ProviderIdentity;
import org.govbuy.provider.ProviderEligibility;
import org.govbuy.provider.ProviderRule;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bidding: eligible providers submit bids sealed until the response deadline; before it
 * nobody learns who has bid or how many, after it the purchaser and the panel open them.
 */
@Service
public class Bidding {

	private final ProjectRepository projects;

	private final ProjectAccess access;

	private final JdbcClient jdbc;

	private final ProviderDirectory providers;

	private final ProviderEligibility eligibility;

	private final BidKeys bidKeys;

	private final AuditTrail audit;

	Bidding(ProjectRepository projects, ProjectAccess access, JdbcClient jdbc, ProviderDirectory providers,
			ProviderEligibility eligibility, BidKeys bidKeys, AuditTrail audit) {
		this.projects = projects;
		this.access = access;
		this.jdbc = jdbc;
		this.providers = providers;
		this.eligibility = eligibility;
		this.bidKeys = bidKeys;
		this.audit = audit;
	}

	/**
	 * Bids without their content; scores and ranks once the report is out. Before the
	 * response deadline nobody learns who has bid or how many (a provider sees only its
	 * own bid): the purchaser, finance, supervisors and administrators get an empty list.
	 */
	public List<BidSummary> bids(UUID projectId) {
		Project project = access.visibleProject(projectId);
		CurrentUser user = CurrentUser.require();
		boolean sealed = !project.deadlinePassed(access.now());
		if (sealed && !user.hasRole(Role.PROVIDER)) {
			return List.of();
		}
		boolean reported = project.reported();
		return projects.bids(projectId)
			.stream()
			.filter(bid -> !user.hasRole(Role.PROVIDER) || access.ownProvider(user, bid.providerId())
					|| reported && !sealed)
			.map(bid -> bid.summary(reported))
			.toList();
	}

	/**
	 * The bids' contents: only at or after the deadline, and only for the purchasing unit
	 * and the panel. Before it every caller gets the sealed-box refusal.
	 */
	public List<OpenedBid> open(UUID projectId) {
		Project project = access.visibleProject(projectId);
		CurrentUser user = CurrentUser.require();
		boolean ownUnit = project.terms().unitId().equals(user.organizationId());
		boolean panel = access.onPanel(projectId, user.username());
		if (project.responseDeadline() == null) {
			throw new InvalidInputException("status", "尚未发布采购公告，没有投标（响应）文件");
		}
		if (!project.deadlinePassed(access.now())) {
			audit.record("procurement.bids.refused", "Project", projectId, null, Map.of("user", user.username()));
			throw new AccessDeniedException("响应截止时间（"
					+ project.view().responseDeadlineLocal().toString().replace('T', ' ') + "）之前，任何人不得查看投标（响应）文件");
		}
		if (!ownUnit && !panel) {
			throw new AccessDeniedException("只有采购人和评审小组成员可以查看投标（响应）文件");
		}
		List<Bid> bids = new ArrayList<>(projects.bids(projectId));
		bids.sort(java.util.Comparator.comparing(Bid::submittedAt));
		return open(project, bids);
	}

	/** Opens the given bids of a project whose deadline has passed. */
	List<OpenedBid> open(Project project, List<Bid> bids) {
		SealedBidBox box = bidKeys.boxFor(project.id());
		return bids.stream().map(bid -> {
			String[] content = new String(
					box.open(project.id(), bid.id(), bid.sealed(), project.responseDeadline(), access.now()),
					StandardCharsets.UTF_8)
				.split("\n", 2);
			return new OpenedBid(bid.id(), bid.providerName(), Money.of(content[0]),
					content.length > 1 ? content[1] : "");
		}).toList();
	}

	/**
	 * A provider's bid: before the deadline, from an eligible provider (qualified, not
	 * listed, not debarred); its price and proposal are sealed until the deadline. A new
	 * bid before the deadline replaces the provider's earlier one.
	 */
	@Transactional
	public UUID bid(UUID projectId, Money price, String proposal) {
		CurrentUser user = CurrentUser.require();
		ProviderIdentity provider = providers.ofOrganization(user.organizationId())
			.orElseThrow(() -> new AccessDeniedException("只有登记的承接主体可以投标"));
		Project project = projects.lock(projectId);
		project.acceptBid(access.now());
		Project.Terms terms = project.terms();
		String supplier = project.progress().singleSourceSupplier();
		if (supplier != null && !supplier.equals(provider.name())) {
			throw new InvalidInputException("provider", "单一来源采购只接受公示的供应商（" + supplier + "）响应");
		}
		if (price == null || !price.isPositive()) {
			throw new InvalidInputException("price", "请填写大于0的报价（元）");
		}
		if (proposal == null || proposal.isBlank()) {
			throw new InvalidInputException("proposal", "请填写响应方案（服务方案、人员配备、质量保障等）");
		}
		if (price.isGreaterThan(terms.cap())) {
			throw new RuleViolationException(List
				.of(ProcurementRule.BID_ABOVE_CAP.violation("报价" + price.format() + "元超过"
						+ (terms.maxPrice() != null ? "最高限价" : "采购预算金额") + terms.cap().format() + "元，投标（响应）无效，不予接收")));
		}
		checkEligible(projectId, provider);
		jdbc.sql("delete from procurement.bid where project_id = :project and provider_id = :provider")
			.param("project", projectId)
			.param("provider", provider.id())
			.update();
		UUID bidId = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into procurement.bid (id, project_id, provider_id, provider_name, credit_code, social_org, sealed,
						  submitted_at)
						values (:id, :project, :provider, :name, :code, :social, :sealed, :now)""")
			.param("id", bidId)
			.param("project", projectId)
			.param("provider", provider.id())
			.param("name", provider.name())
			.param("code", provider.creditCode())
			.param("social", provider.socialOrganization())
			.param("sealed", sealBid(projectId, bidId, price, proposal))
			.param("now", ProjectRepository.utc(access.now()))
			.update();
		// Never the price nor the bidder's name, and the record (whose actor is the
		// bidder) is listed in the audit viewer only from the deadline on.
		audit.recordSealed("procurement.bid", "Bid", bidId, null, Map.of("project", projectId.toString()),
				project.responseDeadline());
		return bidId;
	}

	private void checkEligible(UUID projectId, ProviderIdentity provider) {
		ProviderEligibility.Decision decision = eligibility.check(provider.id(), access.today());
		List<RuleViolation> refusals = new ArrayList<>(decision.eligible() ? List.of() : decision.violations());
		for (Bid other : projects.bids(projectId)) {
			if (!other.providerId().equals(provider.id()) && eligibility.related(provider.id(), other.providerId())) {
				refusals.add(ProviderRule.RELATED_PARTIES.violation("本项目已有与贵单位单位负责人相同或存在控股、管理关系的供应商投标"));
			}
		}
		if (!refusals.isEmpty()) {
			throw new RuleViolationException(refusals);
		}
	}

	/**
	 * Seals a bid's price and proposal for its procurement: the one way bids are sealed,
	 * for submissions and for the demo data alike, so that {@link #open} can read them
	 * after the deadline.
	 */
	public byte[] sealBid(UUID projectId, UUID bidId, Money price, String proposal) {
		return bidKeys.boxFor(projectId)
			.seal(projectId, bidId,
					(price.amount().toPlainString() + "\n" + proposal.strip()).getBytes(StandardCharsets.UTF_8));
	}

}
