package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.evaluation.EvaluationCompleted;
import org.govbuy.evaluation.EvaluationKind;
import org.govbuy.evaluation.EvaluationRule;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.StateConflictException;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RegionCode;

/**
 * A performance evaluation of one contract for one period: scheduled when the contract is
 * signed, opened on its due day (or early by the purchaser) with the template then in
 * force, scored by each party, then the provider's objection window, and final. Every
 * transition is a guarded method; becoming final registers {@link EvaluationCompleted}.
 */
public final class Evaluation {

	private final UUID id;

	private final Subject subject;

	private final EvaluationKind kind;

	private LocalDate periodStartsOn;

	private LocalDate periodEndsOn;

	private LocalDate dueOn;

	private UUID templateId;

	private EvaluationStatus status;

	private final Map<Party, PartyEntry> parties = new LinkedHashMap<>();

	private BigDecimal score;

	private PerformanceGrade grade;

	private LocalDate scoredOn;

	private LocalDate objectionDueOn;

	private Objection objection;

	private LocalDate completedOn;

	private final int version;

	private final List<Object> events = new ArrayList<>();

	/**
	 * The contract evaluated, as the evaluation keeps it.
	 *
	 * @param amount the contract amount (with supplementary agreements)
	 */
	public record Subject(UUID contractId, String contractNumber, String title, UUID unitId, String unitName,
			RegionCode region, UUID providerId, String providerName, UUID planLineId, String catalogCode,
			BigDecimal amount) {
	}

	/**
	 * A party of the evaluation.
	 *
	 * @param weight its party weight (points, e.g. 40)
	 * @param declaredIndependent a third party's declaration (EVAL-2)
	 */
	public record PartyEntry(Party party, UUID organizationId, String organizationName, BigDecimal weight,
			PartyStatus status, BigDecimal score, String opinion, boolean declaredIndependent, String assignedBy,
			OffsetDateTime assignedAt, String submittedBy, OffsetDateTime submittedAt) {

		/** A party just taking part, pending. */
		public static PartyEntry pending(Party party, UUID organizationId, String organizationName, BigDecimal weight,
				String assignedBy, OffsetDateTime assignedAt) {
			return new PartyEntry(party, organizationId, organizationName, weight, PartyStatus.PENDING, null, null,
					false, assignedBy, assignedAt, null, null);
		}

		boolean submitted() {
			return status == PartyStatus.SUBMITTED;
		}

	}

	/** The provider's objection and the purchaser's answer. */
	public record Objection(String text, String objectedBy, OffsetDateTime objectedAt, String answer, String answeredBy,
			OffsetDateTime answeredAt) {
	}

	/** The state of an evaluation as stored. */
	public record State(UUID templateId, EvaluationStatus status, BigDecimal score, PerformanceGrade grade,
			LocalDate scoredOn, LocalDate objectionDueOn, Objection objection, LocalDate completedOn, int version) {
	}

	private Evaluation(UUID id, Subject subject, EvaluationKind kind, LocalDate periodStartsOn, LocalDate periodEndsOn,
			LocalDate dueOn, State state, List<PartyEntry> parties) {
		this.id = id;
		this.subject = subject;
		this.kind = kind;
		this.periodStartsOn = periodStartsOn;
		this.periodEndsOn = periodEndsOn;
		this.dueOn = dueOn;
		this.templateId = state.templateId();
		this.status = state.status();
		this.score = state.score();
		this.grade = state.grade();
		this.scoredOn = state.scoredOn();
		this.objectionDueOn = state.objectionDueOn();
		this.objection = state.objection();
		this.completedOn = state.completedOn();
		this.version = state.version();
		parties.forEach(entry -> this.parties.put(entry.party(), entry));
	}

	/** A new evaluation from the contract's schedule. */
	public static Evaluation schedule(Subject subject, EvaluationSchedule.Slot slot) {
		return new Evaluation(UUID.randomUUID(), subject, slot.kind(), slot.periodStartsOn(), slot.periodEndsOn(),
				slot.dueOn(), new State(null, EvaluationStatus.SCHEDULED, null, null, null, null, null, null, 0),
				List.of());
	}

	/** An evaluation as stored. */
	public static Evaluation restore(UUID id, Subject subject, EvaluationKind kind, LocalDate periodStartsOn,
			LocalDate periodEndsOn, LocalDate dueOn, State state, List<PartyEntry> parties) {
		return new Evaluation(id, subject, kind, periodStartsOn, periodEndsOn, dueOn, state, parties);
	}

	// ---- transitions
	// ---------------------------------------------------------------------

	/**
	 * Opens the evaluation with the template in force and its parties (the purchaser
	 * always; finance for a focused evaluation).
	 */
	public void open(UUID templateId, List<PartyEntry> opening) {
		require(EvaluationStatus.SCHEDULED, "开始评价");
		if (opening.stream().noneMatch(entry -> entry.party() == Party.PURCHASER)) {
			throw EvaluationRule.PURCHASER_OWN_EVALUATION.refusal("评价须有购买主体参与");
		}
		this.templateId = templateId;
		opening.forEach(entry -> this.parties.put(entry.party(), entry));
		this.status = EvaluationStatus.OPEN;
	}

	/**
	 * Assigns (or replaces, while it has not scored) the third-party evaluator; its
	 * independence is checked by the caller with {@link EvaluatorIndependence}.
	 */
	public void assignThirdParty(PartyEntry thirdParty) {
		require(EvaluationStatus.OPEN, "委托第三方评价机构");
		PartyEntry current = parties.get(Party.THIRD_PARTY);
		if (current != null && current.submitted()) {
			throw new StateConflictException("organizationId", "第三方评价机构已提交评分，不能更换");
		}
		parties.put(Party.THIRD_PARTY, thirdParty);
	}

	/** The assigned evaluator accepts with its declaration of independence (EVAL-2). */
	public void accept(UUID organizationId, boolean declaredIndependent) {
		require(EvaluationStatus.OPEN, "接受委托");
		PartyEntry current = thirdPartyOf(organizationId);
		if (current.declaredIndependent()) {
			throw new StateConflictException("declaration", "已接受委托");
		}
		EvaluatorIndependence.requireDeclaration(declaredIndependent);
		parties.put(Party.THIRD_PARTY,
				new PartyEntry(current.party(), current.organizationId(), current.organizationName(), current.weight(),
						current.status(), current.score(), current.opinion(), true, current.assignedBy(),
						current.assignedAt(), null, null));
	}

	/** A party submits its score (final for that party). */
	public void submit(Party party, BigDecimal partyScore, String opinion, String by, OffsetDateTime at) {
		PartyEntry current = requireScoring(party);
		parties.put(party,
				new PartyEntry(party, current.organizationId(), current.organizationName(), current.weight(),
						PartyStatus.SUBMITTED, partyScore, opinion, current.declaredIndependent(), current.assignedBy(),
						current.assignedAt(), by, at));
	}

	/**
	 * Checks a party may still score (open, taking part, pending; a third party that
	 * declared its independence).
	 */
	public PartyEntry requireScoring(Party party) {
		require(EvaluationStatus.OPEN, "评分");
		PartyEntry current = parties.get(party);
		if (current == null) {
			throw new InvalidInputException("party", party.label() + "未参与本次评价");
		}
		if (current.submitted()) {
			throw new StateConflictException("party", party.label() + "已提交评分");
		}
		if (party == Party.THIRD_PARTY && !current.declaredIndependent()) {
			throw EvaluationRule.EVALUATOR_INDEPENDENCE.refusal("第三方评价机构须先接受委托并确认独立性声明");
		}
		return current;
	}

	/**
	 * Sums up: the purchaser's own evaluation (EVAL-1) and every other party's (EVAL-6)
	 * are in; the combined score and grade stand and the provider's objection window
	 * opens.
	 * @param objectionDueOn the last day the provider may object
	 */
	public Scoring.Result finish(LocalDate today, LocalDate objectionDueOn) {
		require(EvaluationStatus.OPEN, "汇总评价结果");
		PartyEntry purchaser = parties.get(Party.PURCHASER);
		if (purchaser == null || !purchaser.submitted()) {
			throw EvaluationRule.PURCHASER_OWN_EVALUATION.refusal("购买主体尚未提交自己的评分");
		}
		List<String> pending = parties.values()
			.stream()
			.filter(entry -> !entry.submitted())
			.map(entry -> entry.party().label())
			.toList();
		if (!pending.isEmpty()) {
			throw EvaluationRule.PARTIES_COMPLETE.refusal(String.join("、", pending) + "尚未提交评分");
		}
		Scoring.Result result = combine();
		this.score = result.score();
		this.grade = result.grade();
		this.scoredOn = today;
		this.objectionDueOn = objectionDueOn;
		this.status = EvaluationStatus.SCORED;
		return result;
	}

	/** The provider objects within the window (EVAL-4). */
	public void object(String text, String by, OffsetDateTime at, LocalDate today) {
		require(EvaluationStatus.SCORED, "提出异议");
		if (today.isAfter(objectionDueOn)) {
			throw EvaluationRule.OBJECTION_WINDOW.refusal("异议期已于" + objectionDueOn + "届满");
		}
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("objection", "请填写异议内容");
		}
		this.objection = new Objection(text.strip(), by, at, null, null, null);
		this.status = EvaluationStatus.OBJECTED;
	}

	/** The provider confirms it has no objection: final at once. */
	public void confirm(LocalDate today) {
		require(EvaluationStatus.SCORED, "确认评价结果");
		complete(today);
	}

	/**
	 * The purchaser answers the objection, with its own score adjusted or not, and the
	 * result is final.
	 * @param adjustedPurchaserScore the purchaser's new score, or null to keep it
	 */
	public void answer(String text, String by, OffsetDateTime at, LocalDate today, BigDecimal adjustedPurchaserScore) {
		require(EvaluationStatus.OBJECTED, "答复异议");
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("answer", "请填写答复意见");
		}
		if (adjustedPurchaserScore != null) {
			PartyEntry purchaser = parties.get(Party.PURCHASER);
			parties.put(Party.PURCHASER,
					new PartyEntry(Party.PURCHASER, purchaser.organizationId(), purchaser.organizationName(),
							purchaser.weight(), PartyStatus.SUBMITTED, adjustedPurchaserScore, purchaser.opinion(),
							false, purchaser.assignedBy(), purchaser.assignedAt(), by, at));
			Scoring.Result result = combine();
			this.score = result.score();
			this.grade = result.grade();
		}
		this.objection = new Objection(objection.text(), objection.objectedBy(), objection.objectedAt(), text.strip(),
				by, at);
		complete(today);
	}

	/**
	 * The daily job: a scored evaluation whose objection window has closed without an
	 * objection is final.
	 * @return whether it became final
	 */
	public boolean closeObjectionWindow(LocalDate today) {
		if (status != EvaluationStatus.SCORED || !today.isAfter(objectionDueOn)) {
			return false;
		}
		complete(today);
		return true;
	}

	/** The contract ended before this evaluation opened. */
	public void cancel() {
		require(EvaluationStatus.SCHEDULED, "取消评价");
		this.status = EvaluationStatus.CANCELLED;
	}

	/** A termination brings the completion evaluation forward. */
	public void reschedule(EvaluationSchedule.Slot slot) {
		if (status != EvaluationStatus.SCHEDULED && status != EvaluationStatus.OPEN) {
			throw new StateConflictException("status", "评价已" + status.label() + "，不能调整评价期间");
		}
		this.periodStartsOn = slot.periodStartsOn();
		this.periodEndsOn = slot.periodEndsOn();
		this.dueOn = slot.dueOn();
	}

	// ---- reading
	// -------------------------------------------------------------------------

	public UUID id() {
		return id;
	}

	public Subject subject() {
		return subject;
	}

	public EvaluationKind kind() {
		return kind;
	}

	public LocalDate periodStartsOn() {
		return periodStartsOn;
	}

	public LocalDate periodEndsOn() {
		return periodEndsOn;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public EvaluationSchedule.Slot slot() {
		return new EvaluationSchedule.Slot(kind, periodStartsOn, periodEndsOn, dueOn);
	}

	public EvaluationStatus status() {
		return status;
	}

	public State state() {
		return new State(templateId, status, score, grade, scoredOn, objectionDueOn, objection, completedOn, version);
	}

	public List<PartyEntry> parties() {
		return List.copyOf(parties.values());
	}

	public java.util.Optional<PartyEntry> party(Party party) {
		return java.util.Optional.ofNullable(parties.get(party));
	}

	/** The events registered since it was loaded. */
	public List<Object> events() {
		return List.copyOf(events);
	}

	private PartyEntry thirdPartyOf(UUID organizationId) {
		PartyEntry current = parties.get(Party.THIRD_PARTY);
		if (current == null || !current.organizationId().equals(organizationId)) {
			throw new InvalidInputException("organizationId", "本单位未受托评价该项目");
		}
		return current;
	}

	private Scoring.Result combine() {
		Map<Party, BigDecimal> scores = new EnumMap<>(Party.class);
		Map<Party, BigDecimal> weights = new EnumMap<>(Party.class);
		for (PartyEntry entry : parties.values()) {
			scores.put(entry.party(), entry.score());
			weights.put(entry.party(), entry.weight());
		}
		return Scoring.combined(scores, weights);
	}

	private void complete(LocalDate today) {
		this.status = EvaluationStatus.FINAL;
		this.completedOn = today;
		events.add(new EvaluationCompleted(id, subject.contractId(), subject.contractNumber(), subject.title(),
				subject.unitId(), subject.unitName(), subject.region(), subject.providerId(), subject.providerName(),
				subject.catalogCode(), kind, periodStartsOn, periodEndsOn, score, grade, today));
	}

	private void require(EvaluationStatus expected, String action) {
		if (status != expected) {
			throw new StateConflictException("status", "评价当前状态为“" + status.label() + "”，不能" + action);
		}
	}

}
