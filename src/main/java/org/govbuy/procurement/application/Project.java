package org.govbuy.procurement.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.govbuy.platform.InvalidInputException;
import org.govbuy.procurement.BidsOpened;
import org.govbuy.procurement.ChallengeAnswered;
import org.govbuy.procurement.ProcurementAnnounced;
import org.govbuy.procurement.ProcurementAwarded;
import org.govbuy.procurement.ProcurementFailed;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.procurement.domain.ChallengeOutcome;
import org.govbuy.procurement.domain.EvaluationMethod;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.procurement.domain.ProjectStatus;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;

/**
 * A procurement project, the aggregate: every change of its state is a method that checks
 * where the project stands, moves it on and registers the event other modules hear. The
 * saving repository publishes the events in the same transaction, after the row is
 * written.
 */
final class Project {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/**
	 * What a project was started with; it never changes.
	 *
	 * @param id the project
	 * @param planLineId the budget line it reserves from
	 * @param unitId the purchasing unit
	 * @param unitName its name
	 * @param region its region
	 * @param name the project name
	 * @param demand 服务内容及需求
	 * @param serviceStandard 服务标准
	 * @param conditions provider conditions, one per line
	 * @param method the method
	 * @param grounds the legal grounds for a method other than open tender
	 * @param rationale the published reason for a way outside procurement law
	 * @param budget the budget reserved
	 * @param maxPrice the maximum price, if set
	 * @param priceWeight the price's share of the score
	 * @param tradingCenter traded in the public resource trading center
	 * @param evaluation how bids are evaluated
	 * @param urgent the urgent green channel
	 * @param urgentReason why
	 * @param technicallyComplex a testing body takes part in acceptance
	 * @param catalogCode the catalog item bought
	 */
	record Terms(UUID id, UUID planLineId, UUID unitId, String unitName, RegionCode region, String name, String demand,
			String serviceStandard, String conditions, ProcurementMethod method, Set<MethodGround> grounds,
			String rationale, Money budget, Money maxPrice, BigDecimal priceWeight, boolean tradingCenter,
			EvaluationMethod evaluation, boolean urgent, String urgentReason, boolean technicallyComplex,
			String catalogCode) {

		boolean lowestPrice() {
			return evaluation == EvaluationMethod.LOWEST_PRICE;
		}

		/** The price no bid may exceed: the maximum price, else the budget (MOF87-63). */
		Money cap() {
			return maxPrice != null ? maxPrice : budget;
		}

	}

	/**
	 * Where a project stands and what its steps recorded.
	 *
	 * @param status where it stands
	 * @param documentsIssued when the documents were issued
	 * @param responseDeadline the response deadline
	 * @param winnerBidId the winning bid
	 * @param failureReason why it failed
	 * @param tradingCenterReference the trading center's project number
	 * @param agreementStart a framework agreement's start
	 * @param agreementEnd its end
	 * @param singleSourceSupplier the supplier a 单一来源 公示 names
	 * @param announcedAt when the notice went out
	 * @param evaluatedAt when the report was made
	 * @param awardedAt when the winner was confirmed
	 */
	record Progress(ProjectStatus status, LocalDate documentsIssued, Instant responseDeadline, UUID winnerBidId,
			String failureReason, String tradingCenterReference, LocalDate agreementStart, LocalDate agreementEnd,
			String singleSourceSupplier, Instant announcedAt, Instant evaluatedAt, Instant awardedAt) {

		static final Progress STARTED = new Progress(ProjectStatus.DRAFT, null, null, null, null, null, null, null,
				null, null, null, null);

	}

	private final Terms terms;

	private Progress progress;

	private final List<Object> events = new ArrayList<>();

	Project(Terms terms, Progress progress) {
		this.terms = terms;
		this.progress = progress;
	}

	/** A new project, not yet announced. */
	static Project start(Terms terms) {
		return new Project(terms, Progress.STARTED);
	}

	Terms terms() {
		return terms;
	}

	Progress progress() {
		return progress;
	}

	UUID id() {
		return terms.id();
	}

	ProjectStatus status() {
		return progress.status();
	}

	Instant responseDeadline() {
		return progress.responseDeadline();
	}

	UUID winnerBidId() {
		return progress.winnerBidId();
	}

	boolean framework() {
		return terms.method() == ProcurementMethod.FRAMEWORK_AGREEMENT;
	}

	/** Whether the bids may be read: the deadline has passed. */
	boolean deadlinePassed(Instant now) {
		return progress.responseDeadline() != null && !now.isBefore(progress.responseDeadline());
	}

	/** Whether the evaluation report is out (scores and ranks may be shown). */
	boolean reported() {
		return status() == ProjectStatus.EVALUATED || status() == ProjectStatus.AWARDED
				|| status() == ProjectStatus.FAILED;
	}

	// ---- transitions -----------------------------------------------------------------

	/**
	 * Publishes the procurement notice: documents issued on a day, responses until the
	 * deadline.
	 */
	Project announce(LocalDate documentsIssued, Instant deadline, Instant now) {
		status().require("发布采购公告", ProjectStatus.DRAFT);
		progress = new Progress(ProjectStatus.ANNOUNCED, documentsIssued, deadline, null, null,
				progress.tradingCenterReference(), null, null, null, now, null, null);
		registerAnnounced();
		return this;
	}

	/** Publishes the 单一来源 公示: only the named supplier may respond until its end. */
	Project announceSingleSource(String supplier, LocalDate issued, Instant deadline, Instant now) {
		status().require("发布单一来源公示", ProjectStatus.DRAFT);
		if (terms.method() != ProcurementMethod.SINGLE_SOURCE) {
			throw new InvalidInputException("method", "只有单一来源采购发布单一来源公示");
		}
		progress = new Progress(ProjectStatus.ANNOUNCED, issued, deadline, null, null,
				progress.tradingCenterReference(), null, null, supplier, now, null, null);
		registerAnnounced();
		return this;
	}

	/** Amends the notice (更正公告) before the deadline, possibly moving the deadline. */
	Project amendNotice(Instant newDeadline, Instant now) {
		status().require("发布更正公告", ProjectStatus.ANNOUNCED);
		if (deadlinePassed(now)) {
			throw new InvalidInputException("status", "响应截止后不能再澄清或修改采购文件");
		}
		progress = new Progress(status(), progress.documentsIssued(), newDeadline, null, null,
				progress.tradingCenterReference(), null, null, progress.singleSourceSupplier(), progress.announcedAt(),
				null, null);
		return this;
	}

	/** Refuses a bid unless the notice is out and its deadline has not passed. */
	void acceptBid(Instant now) {
		status().require("投标（响应）", ProjectStatus.ANNOUNCED);
		if (deadlinePassed(now)) {
			throw new InvalidInputException("deadline",
					"响应截止时间为" + view().responseDeadlineLocal() + "，已过截止时间，不再接收投标（响应）文件");
		}
	}

	/** Refuses to close bidding before the response deadline. */
	void closeBidding(Instant now) {
		status().require("组织评审", ProjectStatus.ANNOUNCED);
		if (!deadlinePassed(now)) {
			throw new InvalidInputException("status", "响应截止时间（" + view().responseDeadlineLocal() + "）之前不能组织评审");
		}
	}

	/**
	 * Closes bidding and opens the bids to the panel just formed: the evaluation starts.
	 */
	Project openBids(int bidCount, int panelSize, Instant now) {
		closeBidding(now);
		progress = withStatus(ProjectStatus.EVALUATING);
		events.add(new BidsOpened(id(), terms.unitId(), terms.region(), terms.name(), terms.catalogCode(),
				terms.method(), terms.budget(), progress.responseDeadline(), bidCount, panelSize, now));
		return this;
	}

	/** Refuses a panel member's declaration or score outside the evaluation. */
	void requireEvaluation(String command) {
		status().require(command, ProjectStatus.EVALUATING);
	}

	/** The panel's report is out: the bids are ranked. */
	Project reportEvaluation(Instant now) {
		requireEvaluation("形成评审报告");
		Progress p = progress;
		progress = new Progress(ProjectStatus.EVALUATED, p.documentsIssued(), p.responseDeadline(), null, null,
				p.tradingCenterReference(), null, null, p.singleSourceSupplier(), p.announcedAt(), now, null);
		return this;
	}

	/**
	 * Confirms the winner: a compliant bid, the first-ranked unless a reason is given
	 * (GPLR-43).
	 */
	Project award(Bid bid, String reason, Instant now) {
		checkAward(bid, reason);
		confirmWinner(bid, now);
		return this;
	}

	/** Refuses to award a bid that is not compliant, or not first without a reason. */
	void checkAward(Bid bid, String reason) {
		status().require("确定成交供应商", ProjectStatus.EVALUATED);
		if (framework()) {
			throw new InvalidInputException("method", "框架协议采购请确定入围供应商，而不是单一成交供应商");
		}
		if (!Boolean.TRUE.equals(bid.compliant())) {
			throw new InvalidInputException("bid", "无效响应不能确定为成交供应商");
		}
		if (!Integer.valueOf(1).equals(bid.rank()) && (reason == null || reason.isBlank())) {
			throw new RuleViolationException(
					ProcurementRule.AWARD_TIME_LIMITS.violation("拟确定的是排名第" + bid.rank() + "的供应商，须说明理由"));
		}
	}

	/** Admits the providers of a framework agreement (入围) for its term. */
	Project admit(LocalDate start, LocalDate end, Instant now) {
		status().require("确定入围供应商", ProjectStatus.EVALUATED);
		if (!framework()) {
			throw new InvalidInputException("method", "只有框架协议采购确定入围供应商");
		}
		Progress p = progress;
		progress = new Progress(ProjectStatus.AWARDED, p.documentsIssued(), p.responseDeadline(), null, null,
				p.tradingCenterReference(), start, end, p.singleSourceSupplier(), p.announcedAt(), p.evaluatedAt(),
				now);
		return this;
	}

	/** Refuses an order unless the framework agreement is in force. */
	void acceptOrder() {
		status().require("下达订单", ProjectStatus.AWARDED);
		if (!framework()) {
			throw new InvalidInputException("method", "只有框架协议采购可以下达订单");
		}
	}

	/** The purchaser ends a procurement not yet awarded (废标/终止). */
	Project terminate(String reason, Money released, LocalDate today) {
		status().require("终止采购", ProjectStatus.DRAFT, ProjectStatus.ANNOUNCED, ProjectStatus.EVALUATING,
				ProjectStatus.EVALUATED);
		return fail(reason, released, today);
	}

	/**
	 * The procurement ends without an award: too few compliant suppliers, terminated, or
	 * restarted after an upheld challenge.
	 */
	Project fail(String reason, Money released, LocalDate today) {
		if (status() == ProjectStatus.FAILED) {
			throw new org.govbuy.platform.StateConflictException("status", "采购已废标（终止）");
		}
		Progress p = progress;
		progress = new Progress(ProjectStatus.FAILED, p.documentsIssued(), p.responseDeadline(), p.winnerBidId(),
				reason, p.tradingCenterReference(), p.agreementStart(), p.agreementEnd(), p.singleSourceSupplier(),
				p.announcedAt(), p.evaluatedAt(), p.awardedAt());
		events.add(new ProcurementFailed(id(), terms.planLineId(), terms.unitId(), terms.region(), terms.name(),
				terms.catalogCode(), terms.method(), terms.budget(), released, reason, today));
		return this;
	}

	/**
	 * An upheld challenge showed the result wrong after the award: the award is void and
	 * goes to the next qualified candidate (条例71).
	 */
	Project voidAwardFor(Bid next, Instant now) {
		status().require("变更成交结果", ProjectStatus.AWARDED);
		confirmWinner(next, now);
		return this;
	}

	/**
	 * An upheld challenge voided the award and no candidate is left: the procurement
	 * restarts (this one ends, its money goes back).
	 */
	Project restart(String reason, Money released, LocalDate today) {
		Progress p = progress;
		progress = new Progress(p.status(), p.documentsIssued(), p.responseDeadline(), null, p.failureReason(),
				p.tradingCenterReference(), p.agreementStart(), p.agreementEnd(), p.singleSourceSupplier(),
				p.announcedAt(), p.evaluatedAt(), p.awardedAt());
		return fail(reason, released, today);
	}

	/** Records the public resource trading center's number of a project traded there. */
	Project recordTradingCenterReference(String reference) {
		if (!terms.tradingCenter()) {
			throw new InvalidInputException("reference", "本项目不进入公共资源交易中心交易");
		}
		Progress p = progress;
		progress = new Progress(p.status(), p.documentsIssued(), p.responseDeadline(), p.winnerBidId(),
				p.failureReason(), reference, p.agreementStart(), p.agreementEnd(), p.singleSourceSupplier(),
				p.announcedAt(), p.evaluatedAt(), p.awardedAt());
		return this;
	}

	/** A challenge of this project was answered. */
	Project challengeAnswered(ChallengeRecord challenge, ChallengeOutcome outcome, String consequence,
			LocalDate today) {
		events.add(new ChallengeAnswered(challenge.id(), id(), terms.unitId(), terms.region(), terms.name(),
				challenge.providerId(), challenge.providerName(), challenge.subject().name(),
				outcome == null ? null : outcome.name(), challenge.filedOn(), today, consequence));
		return this;
	}

	// ---- events and views ----------------------------------------------------------

	/** The events registered since the last save; clears them. */
	List<Object> drainEvents() {
		List<Object> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	ProjectView view() {
		Progress p = progress;
		return new ProjectView(terms.id(), terms.planLineId(), terms.unitId(), terms.unitName(), terms.region(),
				terms.name(), terms.demand(), terms.serviceStandard(), terms.conditions(), terms.method(),
				terms.rationale(), terms.budget(), terms.maxPrice(), terms.priceWeight(), terms.tradingCenter(),
				p.status(), p.documentsIssued(), p.responseDeadline(), p.winnerBidId(), p.failureReason(),
				terms.urgent(), terms.urgentReason(), p.tradingCenterReference(), p.agreementStart(), p.agreementEnd(),
				terms.lowestPrice(), p.singleSourceSupplier(), terms.catalogCode());
	}

	private void confirmWinner(Bid bid, Instant now) {
		Progress p = progress;
		progress = new Progress(ProjectStatus.AWARDED, p.documentsIssued(), p.responseDeadline(), bid.id(), null,
				p.tradingCenterReference(), null, null, p.singleSourceSupplier(), p.announcedAt(), p.evaluatedAt(),
				now);
		events.add(new ProcurementAwarded(id(), terms.planLineId(), terms.unitId(), terms.region(), terms.name(),
				terms.catalogCode(), terms.method(), terms.budget(), bid.id(), bid.providerId(), bid.providerName(),
				bid.price(), LocalDate.ofInstant(now, CHINA), terms.technicallyComplex()));
	}

	private void registerAnnounced() {
		events.add(new ProcurementAnnounced(id(), terms.planLineId(), terms.unitId(), terms.unitName(), terms.region(),
				terms.name(), terms.catalogCode(), terms.method(), terms.budget(), terms.maxPrice(),
				progress.documentsIssued(), progress.responseDeadline(), progress.singleSourceSupplier(),
				progress.announcedAt()));
	}

	private Progress withStatus(ProjectStatus status) {
		Progress p = progress;
		return new Progress(status, p.documentsIssued(), p.responseDeadline(), p.winnerBidId(), p.failureReason(),
				p.tradingCenterReference(), p.agreementStart(), p.agreementEnd(), p.singleSourceSupplier(),
				p.announcedAt(), p.evaluatedAt(), p.awardedAt());
	}

}
