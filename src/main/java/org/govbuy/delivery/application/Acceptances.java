package org.govbuy.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.delivery.AcceptanceRecorded;
import org.govbuy.delivery.domain.AcceptancePolicy;
import org.govbuy.delivery.domain.AcceptancePolicy.Participant;
import org.govbuy.delivery.domain.AcceptancePolicy.StandardCheck;
import org.govbuy.delivery.domain.MilestoneStatus;
import org.govbuy.delivery.domain.ParticipantRole;
import org.govbuy.delivery.domain.RectificationStatus;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acceptance (验收) of a milestone, or the final acceptance of the contract, against the
 * contract's standards with the service recipients taking part for public services and
 * the result published (《政府采购法实施条例》第四十五条: GPLR-45, GPLR-45-R, GPLR-45-P). A failed
 * acceptance opens a rectification: the provider answers it, the purchaser accepts again.
 */
@Service
public class Acceptances {

	private final JdbcClient jdbc;

	private final DeliveryAccess access;

	private final Deliveries deliveries;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Acceptances(JdbcClient jdbc, DeliveryAccess access, Deliveries deliveries, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.access = access;
		this.deliveries = deliveries;
		this.audit = audit;
		this.clock = clock;
	}

	/** The outcome of an acceptance. */
	public enum Result {

		/** 验收合格. */
		PASSED("合格"),
		/** 验收不合格: a rectification follows. */
		FAILED("不合格");

		private final String label;

		Result(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public boolean passed() {
			return this == PASSED;
		}

	}

	/**
	 * What the purchasing unit records.
	 *
	 * @param milestoneId the milestone accepted; null for the final acceptance
	 * @param acceptedOn the day of the acceptance (today if null)
	 * @param findings the conclusion (验收意见)
	 * @param standards each standard of the contract and how it was met
	 * @param publicService whether the contract serves the public (default true): then a
	 * service recipient must take part
	 * @param rectificationRequired what the provider must put right (a failed acceptance)
	 * @param rectificationDueOn by when (a failed acceptance)
	 */
	public record NewAcceptance(UUID milestoneId, LocalDate acceptedOn, Result result, String findings,
			List<StandardCheck> standards, Boolean publicService, List<Participant> participants,
			String rectificationRequired, LocalDate rectificationDueOn) {
	}

	public record Rectification(UUID id, UUID acceptanceId, UUID contractId, UUID milestoneId, String required,
			LocalDate dueOn, RectificationStatus status, String response, LocalDate respondedOn, LocalDate closedOn,
			boolean overdue, LocalDate overdueSince) {
	}

	/**
	 * An acceptance record (验收书) with who took part and, if it failed, its rectification.
	 */
	public record Acceptance(UUID id, UUID contractId, UUID milestoneId, Integer milestoneSeq, String milestoneTitle,
			LocalDate acceptedOn, Result result, String findings, boolean publicService, LocalDate publishedOn,
			String createdBy, List<StandardCheck> standards, List<Participant> participants,
			Rectification rectification) {
	}

	/**
	 * A published acceptance result as the portal shows it: participants by role and
	 * opinion, without names.
	 */
	public record PublishedAcceptance(UUID id, String contractTitle, String unitName, String providerName,
			String milestoneTitle, LocalDate acceptedOn, Result result, String findings, LocalDate publishedOn,
			List<PublishedOpinion> opinions) {
	}

	public record PublishedOpinion(ParticipantRole role, String opinion) {
	}

	// ---- reading
	// -------------------------------------------------------------------------

	/** The contract's acceptances, oldest first, for whoever may see its delivery. */
	public List<Acceptance> of(UUID contractId) {
		access.readable(contractId);
		Map<UUID, List<StandardCheck>> standards = new LinkedHashMap<>();
		jdbc.sql("""
				select s.* from delivery.acceptance_standard s join delivery.acceptance a on a.id = s.acceptance_id
				where a.contract_id = :id order by s.seq""").param("id", contractId).query(rs -> {
			standards.computeIfAbsent(rs.getObject("acceptance_id", UUID.class), key -> new ArrayList<>())
				.add(new StandardCheck(rs.getString("standard"), rs.getString("performance")));
		});
		Map<UUID, List<Participant>> participants = participants("a.contract_id = :id", Map.of("id", contractId));
		Map<UUID, Rectification> rectifications = new LinkedHashMap<>();
		rectifications("r.contract_id = :id", Map.of("id", contractId))
			.forEach(rectification -> rectifications.put(rectification.acceptanceId(), rectification));
		return jdbc.sql("""
				select a.*, m.seq, m.title as milestone_title from delivery.acceptance a
				left join delivery.milestone m on m.id = a.milestone_id
				where a.contract_id = :id order by a.accepted_on, a.created_at""")
			.param("id", contractId)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new Acceptance(id, contractId, rs.getObject("milestone_id", UUID.class),
						rs.getObject("milestone_id") == null ? null : rs.getInt("seq"), rs.getString("milestone_title"),
						rs.getObject("accepted_on", LocalDate.class), Result.valueOf(rs.getString("result")),
						rs.getString("findings"), rs.getBoolean("public_service"),
						rs.getObject("published_on", LocalDate.class), rs.getString("created_by"),
						List.copyOf(standards.getOrDefault(id, List.of())),
						List.copyOf(participants.getOrDefault(id, List.of())), rectifications.get(id));
			})
			.list();
	}

	/** The contract's rectifications, for whoever may see its delivery. */
	public List<Rectification> rectifications(UUID contractId) {
		access.readable(contractId);
		return rectifications("r.contract_id = :id", Map.of("id", contractId));
	}

	/**
	 * When the milestone (or, with {@code milestoneId} null, the whole contract) passed
	 * its acceptance — the day an SME's payment term starts to run (SME-9). Empty unless
	 * an acceptance PASSED. No access check: for other services of the contract module,
	 * which check their own caller.
	 */
	public Optional<LocalDate> acceptedOn(UUID contractId, UUID milestoneId) {
		return jdbc
			.sql("select accepted_on from delivery.acceptance where contract_id = :contract and result = :passed and "
					+ (milestoneId == null ? "milestone_id is null" : "milestone_id = :milestone")
					+ " order by accepted_on desc limit 1")
			.param("contract", contractId)
			.param("passed", Result.PASSED.name())
			.params(milestoneId == null ? Map.of() : Map.of("milestone", milestoneId))
			.query(LocalDate.class)
			.optional();
	}

	/** Published acceptance results for the public portal, newest first. */
	public List<PublishedAcceptance> published() {
		Map<UUID, List<Participant>> participants = participants("a.published_on is not null", Map.of());
		return jdbc.sql("""
				select a.id, a.accepted_on, a.result, a.findings, a.published_on, c.title, c.unit_name, c.provider_name,
				  m.seq, m.title as milestone_title
				from delivery.acceptance a join delivery.contract_account c on c.contract_id = a.contract_id
				left join delivery.milestone m on m.id = a.milestone_id
				where a.published_on is not null order by a.published_on desc, a.created_at desc limit 200""")
			.query((rs, n) -> new PublishedAcceptance(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("unit_name"), rs.getString("provider_name"),
					rs.getString("milestone_title") == null ? "最终验收"
							: "第" + rs.getInt("seq") + "个节点：" + rs.getString("milestone_title"),
					rs.getObject("accepted_on", LocalDate.class), Result.valueOf(rs.getString("result")),
					rs.getString("findings"), rs.getObject("published_on", LocalDate.class),
					participants.getOrDefault(rs.getObject("id", UUID.class), List.of())
						.stream()
						.map(p -> new PublishedOpinion(p.role(), p.opinion()))
						.toList()))
			.list();
	}

	// ---- commands
	// ------------------------------------------------------------------------

	/**
	 * Records an acceptance and publishes its result (GPLR-45-P). A milestone must have
	 * been submitted (or, after a failed acceptance, its rectification answered); the
	 * final acceptance needs every milestone accepted. The record must cover the
	 * contract's standards with findings (GPLR-45) and, for a public service, a service
	 * recipient's opinion (GPLR-45-R). A failed acceptance opens a rectification.
	 */
	@Transactional
	public Acceptance record(UUID contractId, NewAcceptance request) {
		Deliveries.DeliveryContract contract = access.forPurchaser(contractId);
		Accepting accepting = check(contract, request);
		UUID id = UUID.randomUUID();
		insert(id, contractId, accepting);
		LocalDate today = accepting.publishedOn();
		accepting.pending().ifPresent(rectification -> {
			RectificationStatus closed = rectification.status().close();
			jdbc.sql("update delivery.rectification set status = :status, closed_on = :on where id = :id")
				.param("status", closed.name())
				.param("on", today)
				.param("id", rectification.id())
				.update();
			audit.record("contract.rectification.close", "Rectification", rectification.id(),
					Map.of("status", rectification.status().name()),
					Map.of("status", closed.name(), "acceptance", id.toString()));
		});
		Deliveries.Milestone milestone = accepting.milestone();
		audit.record("contract.acceptance.record", "Acceptance", id, null,
				Map.of("contract", contractId.toString(), "milestone",
						milestone == null ? "FINAL" : milestone.id().toString(), "result", request.result().name(),
						"acceptedOn", accepting.acceptedOn().toString(), "publishedOn", today.toString(),
						"participants", accepting.participants().size()));
		if (milestone != null) {
			moveMilestone(milestone, request.result(), accepting.acceptedOn());
		}
		if (request.result() == Result.FAILED) {
			openRectification(id, contractId, milestone, request);
		}
		events.publishEvent(new AcceptanceRecorded(contractId, contract.providerId(),
				milestone == null ? null : milestone.id(), accepting.acceptedOn(), request.result().passed()));
		return of(contract.id()).stream()
			.filter(found -> found.id().equals(id))
			.findFirst()
			.orElseThrow(IllegalStateException::new);
	}

	/**
	 * An acceptance that passed every check, ready to be written.
	 *
	 * @param milestone the milestone accepted, or null for the final acceptance
	 * @param pending the rectification this acceptance closes, if any
	 */
	private record Accepting(NewAcceptance request, Deliveries.Milestone milestone, LocalDate acceptedOn,
			LocalDate publishedOn, Optional<Rectification> pending, boolean publicService,
			List<StandardCheck> standards, List<Participant> participants) {
	}

	private Accepting check(Deliveries.DeliveryContract contract, NewAcceptance request) {
		UUID contractId = contract.id();
		LocalDate today = access.today();
		if (request.result() == null) {
			throw new InvalidInputException("result", "请选择验收结论：合格或不合格");
		}
		LocalDate acceptedOn = request.acceptedOn() == null ? today : request.acceptedOn();
		if (acceptedOn.isAfter(today)) {
			throw new InvalidInputException("acceptedOn", "验收日期不能晚于今天");
		}
		Deliveries.Milestone milestone = null;
		if (request.milestoneId() != null) {
			milestone = deliveries.milestone(contractId, request.milestoneId());
			milestone.status().accept(milestone.seq(), true);
		}
		else {
			requireFinalAcceptancePossible(contractId);
		}
		Optional<Rectification> pending = pendingRectification(contractId, milestone == null ? null : milestone.id());
		if (pending.isPresent() && pending.get().status().open()) {
			throw new InvalidInputException("rectification", "承接主体尚未提交整改情况，整改后再重新验收");
		}
		List<StandardCheck> standards = request.standards() == null ? List.of()
				: request.standards()
					.stream()
					.filter(s -> s != null && !(blank(s.standard()) && blank(s.performance())))
					.toList();
		List<Participant> participants = request.participants() == null ? List.of()
				: request.participants().stream().filter(p -> p != null && !blank(p.name())).toList();
		// The contract says whether it serves the public; a request cannot turn that off.
		boolean publicService = contract.publicService() || Boolean.TRUE.equals(request.publicService());
		List<RuleViolation> violations = new AcceptancePolicy().check(standards, request.findings(), publicService,
				contract.technicallyComplex(), participants);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		if (participants.stream().anyMatch(p -> p.role() == null)) {
			throw new InvalidInputException("participants", "请选择每位参与人员的身份");
		}
		if (request.result() == Result.FAILED) {
			if (blank(request.rectificationRequired())) {
				throw new InvalidInputException("rectificationRequired", "验收不合格的，请写明整改要求");
			}
			if (request.rectificationDueOn() == null || !request.rectificationDueOn().isAfter(acceptedOn)) {
				throw new InvalidInputException("rectificationDueOn", "请填写晚于验收日期的整改期限");
			}
		}
		checkLengths(request.findings(), standards, participants, request.rectificationRequired());
		return new Accepting(request, milestone, acceptedOn, today, pending, publicService, standards, participants);
	}

	/** The final acceptance comes once, after every milestone was accepted. */
	private void requireFinalAcceptancePossible(UUID contractId) {
		if (acceptedOn(contractId, null).isPresent()) {
			throw new InvalidInputException("milestoneId", "本合同已通过最终验收");
		}
		List<String> open = deliveries.milestones(contractId)
			.stream()
			.filter(m -> m.status() != MilestoneStatus.ACCEPTED)
			.map(m -> "第" + m.seq() + "个节点“" + m.title() + "”（" + m.status().label() + "）")
			.toList();
		if (!open.isEmpty()) {
			throw new InvalidInputException("milestoneId", "以下履约节点尚未验收合格，不能进行最终验收：" + String.join("、", open));
		}
	}

	private void insert(UUID id, UUID contractId, Accepting accepting) {
		NewAcceptance request = accepting.request();
		jdbc.sql("""
				insert into delivery.acceptance (id, contract_id, milestone_id, accepted_on, result, findings,
				  public_service, published_on, created_by, created_at)
				values (:id, :contract, :milestone, :on, :result, :findings, :public, :published, :by, :now)""")
			.param("id", id)
			.param("contract", contractId)
			.param("milestone", accepting.milestone() == null ? null : accepting.milestone().id())
			.param("on", accepting.acceptedOn())
			.param("result", request.result().name())
			.param("findings", request.findings().strip())
			.param("public", accepting.publicService())
			.param("published", accepting.publishedOn())
			.param("by", CurrentUser.require().username())
			.param("now", OffsetDateTime.now(clock))
			.update();
		List<StandardCheck> standards = accepting.standards();
		for (int i = 0; i < standards.size(); i++) {
			jdbc.sql("""
					insert into delivery.acceptance_standard (acceptance_id, seq, standard, performance)
					values (:id, :seq, :standard, :performance)""")
				.param("id", id)
				.param("seq", i + 1)
				.param("standard", standards.get(i).standard().strip())
				.param("performance", standards.get(i).performance().strip())
				.update();
		}
		List<Participant> participants = accepting.participants();
		for (int i = 0; i < participants.size(); i++) {
			Participant participant = participants.get(i);
			jdbc.sql("""
					insert into delivery.acceptance_participant (id, acceptance_id, seq, name, role, opinion)
					values (:pid, :id, :seq, :name, :role, :opinion)""")
				.param("pid", UUID.randomUUID())
				.param("id", id)
				.param("seq", i + 1)
				.param("name", participant.name().strip())
				.param("role", participant.role().name())
				.param("opinion", blank(participant.opinion()) ? null : participant.opinion().strip())
				.update();
		}
	}

	/** Passed, the milestone is accepted; failed, it goes into rectification. */
	private void moveMilestone(Deliveries.Milestone milestone, Result result, LocalDate acceptedOn) {
		MilestoneStatus status = milestone.status().accept(milestone.seq(), result.passed());
		jdbc.sql("update delivery.milestone set status = :status, accepted_on = :on where id = :id")
			.param("status", status.name())
			.param("on", result.passed() ? acceptedOn : null)
			.param("id", milestone.id())
			.update();
		audit.record("contract.milestone." + (result.passed() ? "accept" : "fail"), "Milestone", milestone.id(),
				Map.of("status", milestone.status().name()), Map.of("status", status.name()));
	}

	private void openRectification(UUID acceptanceId, UUID contractId, Deliveries.Milestone milestone,
			NewAcceptance request) {
		UUID rectification = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into delivery.rectification (id, acceptance_id, contract_id, milestone_id, required, due_on, status)
						values (:id, :acceptance, :contract, :milestone, :required, :due, :status)""")
			.param("id", rectification)
			.param("acceptance", acceptanceId)
			.param("contract", contractId)
			.param("milestone", milestone == null ? null : milestone.id())
			.param("required", request.rectificationRequired().strip())
			.param("due", request.rectificationDueOn())
			.param("status", RectificationStatus.OPEN.name())
			.update();
		audit.record("contract.rectification.open", "Rectification", rectification, null,
				Map.of("acceptance", acceptanceId.toString(), "dueOn", request.rectificationDueOn().toString()));
	}

	/** The provider answers a rectification: what was put right. */
	@Transactional
	public Rectification respond(UUID contractId, UUID rectificationId, String response) {
		access.forProvider(contractId);
		Rectification rectification = rectifications("r.contract_id = :contract and r.id = :id",
				Map.of("contract", contractId, "id", rectificationId))
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("整改通知不存在"));
		RectificationStatus submitted = rectification.status().respond();
		if (blank(response) || response.length() > 4000) {
			throw new InvalidInputException("response", "请填写整改情况（不超过4000字）");
		}
		jdbc.sql("""
				update delivery.rectification set status = :status, response = :response, responded_on = :on
				where id = :id""")
			.param("status", submitted.name())
			.param("response", response.strip())
			.param("on", access.today())
			.param("id", rectificationId)
			.update();
		audit.record("contract.rectification.respond", "Rectification", rectificationId,
				Map.of("status", rectification.status().name()), Map.of("status", submitted.name()));
		return rectifications("r.id = :id", Map.of("id", rectificationId)).get(0);
	}

	// ---- helpers
	// -------------------------------------------------------------------------

	private Optional<Rectification> pendingRectification(UUID contractId, UUID milestoneId) {
		return rectifications(
				"r.contract_id = :contract and r.status <> :closed and "
						+ (milestoneId == null ? "r.milestone_id is null" : "r.milestone_id = :milestone"),
				milestoneId == null ? Map.of("contract", contractId, "closed", RectificationStatus.CLOSED.name()) : Map
					.of("contract", contractId, "milestone", milestoneId, "closed", RectificationStatus.CLOSED.name()))
			.stream()
			.findFirst();
	}

	private List<Rectification> rectifications(String where, Map<String, ?> params) {
		return jdbc
			.sql("select r.* from delivery.rectification r join delivery.acceptance a on a.id = r.acceptance_id"
					+ " where " + where + " order by a.accepted_on, a.created_at")
			.params(params)
			.query((rs, n) -> new Rectification(rs.getObject("id", UUID.class),
					rs.getObject("acceptance_id", UUID.class), rs.getObject("contract_id", UUID.class),
					rs.getObject("milestone_id", UUID.class), rs.getString("required"),
					rs.getObject("due_on", LocalDate.class), RectificationStatus.valueOf(rs.getString("status")),
					rs.getString("response"), rs.getObject("responded_on", LocalDate.class),
					rs.getObject("closed_on", LocalDate.class), rs.getBoolean("overdue"),
					rs.getObject("overdue_since", LocalDate.class)))
			.list();
	}

	private Map<UUID, List<Participant>> participants(String where, Map<String, ?> params) {
		Map<UUID, List<Participant>> participants = new LinkedHashMap<>();
		jdbc.sql("""
				select p.* from delivery.acceptance_participant p join delivery.acceptance a on a.id = p.acceptance_id
				where %s order by p.acceptance_id, p.seq""".formatted(where)).params(params).query(rs -> {
			participants.computeIfAbsent(rs.getObject("acceptance_id", UUID.class), key -> new ArrayList<>())
				.add(new Participant(rs.getString("name"), ParticipantRole.valueOf(rs.getString("role")),
						rs.getString("opinion")));
		});
		return participants;
	}

	private static void checkLengths(String findings, List<StandardCheck> standards, List<Participant> participants,
			String required) {
		if (findings.length() > 4000 || (required != null && required.length() > 2000)) {
			throw new InvalidInputException("findings", "验收意见不超过4000字，整改要求不超过2000字");
		}
		if (standards.stream().anyMatch(s -> s.standard().length() > 1000 || s.performance().length() > 2000)) {
			throw new InvalidInputException("standards", "每项标准不超过1000字，履约情况不超过2000字");
		}
		if (participants.stream()
			.anyMatch(p -> p.name().length() > 100 || (p.opinion() != null && p.opinion().length() > 2000))) {
			throw new InvalidInputException("participants", "参与人员姓名不超过100字，意见不超过2000字");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
