package org.govbuy.delivery.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.contract.ContractRule;
import org.govbuy.delivery.MilestoneOverdue;
import org.govbuy.delivery.domain.ContractStanding;
import org.govbuy.delivery.domain.LedgerFiles;
import org.govbuy.delivery.domain.LedgerKind;
import org.govbuy.delivery.domain.MilestoneStatus;
import org.govbuy.delivery.domain.RectificationStatus;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DailyJobs;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.moments.DayHasPassed;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery of a signed contract: the purchaser sets milestones with due dates, the
 * provider keeps the project ledger (台账, 102 §27) with attachments and reports progress,
 * submitting milestones for acceptance; a daily job flags milestones and rectifications
 * past due, and the monitoring view lists them (102 §25).
 */
@Service
public class Deliveries {

	/** The daily job's name in {@link DailyJobs}. */
	public static final String OVERDUE_JOB = "contract.milestones.overdue";

	private final JdbcClient jdbc;

	private final DeliveryAccess access;

	private final DailyJobs jobs;

	private final AuditTrail audit;

	private final Clock clock;

	private final LedgerFiles files = new LedgerFiles();

	private final ApplicationEventPublisher events;

	Deliveries(JdbcClient jdbc, DeliveryAccess access, DailyJobs jobs, AuditTrail audit, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.access = access;
		this.jobs = jobs;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/** A contract as its delivery pages show it. */
	public record DeliveryContract(UUID id, String title, UUID unitId, String unitName, RegionCode region,
			UUID providerId, String providerName, ContractStanding status, Money amount, LocalDate startsOn,
			LocalDate endsOn, String quality, boolean publicService, boolean technicallyComplex) {
	}

	/**
	 * A milestone.
	 *
	 * @param amount the share of the contract amount it carries, if the contract ties a
	 * payment to it (may be null)
	 * @param overdue flagged by the daily job once past due while not accepted
	 */
	public record Milestone(UUID id, UUID contractId, int seq, String title, String standard, LocalDate dueOn,
			Money amount, MilestoneStatus status, LocalDate submittedOn, LocalDate acceptedOn, boolean overdue,
			LocalDate overdueSince) {
	}

	/** What the purchaser sets. */
	public record NewMilestone(String title, String standard, LocalDate dueOn, Money amount) {
	}

	/**
	 * What the provider records.
	 *
	 * @param milestoneId the milestone the entry concerns (optional)
	 * @param submitMilestone a progress report that submits the milestone for acceptance
	 */
	public record NewEntry(LedgerKind kind, LocalDate occurredOn, String title, String content, UUID milestoneId,
			boolean submitMilestone) {
	}

	/** A file as uploaded. */
	public record Upload(String fileName, byte[] content) {
	}

	public record Attachment(UUID id, String fileName, String contentType, int size) {
	}

	public record AttachmentContent(String fileName, String contentType, byte[] content) {
	}

	public record LedgerEntry(UUID id, UUID contractId, LedgerKind kind, LocalDate occurredOn, String title,
			String content, UUID milestoneId, String createdBy, OffsetDateTime createdAt,
			List<Attachment> attachments) {
	}

	/** A contract in performance, for the provider's list and the monitoring view. */
	public record ContractProgress(UUID id, String title, String unitName, String providerName, ContractStanding status,
			LocalDate startsOn, LocalDate endsOn, int milestones, int accepted, int overdue) {
	}

	public record OverdueMilestone(UUID contractId, String contractTitle, String unitName, String providerName,
			UUID milestoneId, int seq, String title, LocalDate dueOn, MilestoneStatus status, LocalDate overdueSince) {
	}

	public record OverdueRectification(UUID contractId, String contractTitle, String unitName, String providerName,
			UUID rectificationId, String required, LocalDate dueOn, LocalDate overdueSince) {
	}

	/** What finance, supervision and the purchasing unit watch (102 §25). */
	public record Monitoring(String rule, List<OverdueMilestone> overdueMilestones,
			List<OverdueRectification> overdueRectifications, List<ContractProgress> contracts) {
	}

	/**
	 * What the current user may do on a contract's delivery.
	 *
	 * @param provider the contract's provider: keeps the ledger, submits milestones,
	 * answers rectifications
	 * @param purchaser the contract's purchasing unit: sets milestones, accepts
	 */
	public record Capacity(boolean provider, boolean purchaser) {
	}

	// ---- reading
	// -------------------------------------------------------------------------

	/** What the current user may do on this (readable) contract while it is signed. */
	public Capacity capacity(DeliveryContract contract) {
		CurrentUser user = CurrentUser.require();
		boolean signed = contract.status().inPerformance();
		return new Capacity(signed && access.isProvider(contract, user), signed && access.isPurchaser(contract, user));
	}

	/** The contract, if the current user may see its delivery (404 otherwise). */
	public DeliveryContract contract(UUID contractId) {
		return access.readable(contractId);
	}

	public List<Milestone> milestones(UUID contractId) {
		access.readable(contractId);
		return jdbc.sql("select * from delivery.milestone where contract_id = :id order by seq")
			.param("id", contractId)
			.query((rs, n) -> new Milestone(rs.getObject("id", UUID.class), rs.getObject("contract_id", UUID.class),
					rs.getInt("seq"), rs.getString("title"), rs.getString("standard"),
					rs.getObject("due_on", LocalDate.class),
					rs.getBigDecimal("amount_share") == null ? null : Money.of(rs.getBigDecimal("amount_share")),
					MilestoneStatus.valueOf(rs.getString("status")), rs.getObject("submitted_on", LocalDate.class),
					rs.getObject("accepted_on", LocalDate.class), rs.getBoolean("overdue"),
					rs.getObject("overdue_since", LocalDate.class)))
			.list();
	}

	/** The ledger, oldest first, with its attachments (without their content). */
	public List<LedgerEntry> ledger(UUID contractId) {
		access.readable(contractId);
		Map<UUID, List<Attachment>> attachments = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select a.id, a.entry_id, a.file_name, a.content_type, a.size_bytes from delivery.ledger_attachment a
						join delivery.ledger_entry e on e.id = a.entry_id where e.contract_id = :id order by a.uploaded_at, a.file_name""")
			.param("id", contractId)
			.query(rs -> {
				attachments.computeIfAbsent(rs.getObject("entry_id", UUID.class), key -> new ArrayList<>())
					.add(new Attachment(rs.getObject("id", UUID.class), rs.getString("file_name"),
							rs.getString("content_type"), rs.getInt("size_bytes")));
			});
		return jdbc.sql("select * from delivery.ledger_entry where contract_id = :id order by occurred_on, created_at")
			.param("id", contractId)
			.query((rs, n) -> new LedgerEntry(rs.getObject("id", UUID.class), contractId,
					LedgerKind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class),
					rs.getString("title"), rs.getString("content"), rs.getObject("milestone_id", UUID.class),
					rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
					List.copyOf(attachments.getOrDefault(rs.getObject("id", UUID.class), List.of()))))
			.list();
	}

	/** An attachment's file, for whoever may see the ledger. */
	public AttachmentContent attachment(UUID contractId, UUID attachmentId) {
		access.readable(contractId);
		return jdbc.sql("""
				select a.file_name, a.content_type, a.content from delivery.ledger_attachment a
				join delivery.ledger_entry e on e.id = a.entry_id where a.id = :id and e.contract_id = :contract""")
			.param("id", attachmentId)
			.param("contract", contractId)
			.query((rs, n) -> new AttachmentContent(rs.getString("file_name"), rs.getString("content_type"),
					rs.getBytes("content")))
			.optional()
			.orElseThrow(() -> new NotFoundException("附件不存在"));
	}

	/** The signed (and ended) contracts of the current provider. */
	public List<ContractProgress> providerContracts() {
		CurrentUser user = CurrentUser.require();
		if (!user.hasRole(Role.PROVIDER)) {
			throw new AccessDeniedException("只有承接主体可以查看本单位的合同");
		}
		return access.providerOf(user)
			.map(provider -> progress("c.provider_id = :provider", Map.<String, Object>of("provider", provider)))
			.orElse(List.of());
	}

	/**
	 * Overdue milestones and rectifications, and the contracts in performance, within the
	 * user's data scope: the purchasing unit its own, finance and supervision their
	 * region and below.
	 */
	public Monitoring monitoring() {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD, Role.FINANCE_CLERK, Role.FINANCE_REVIEWER,
				Role.SUPERVISOR, Role.ADMIN)) {
			throw new AccessDeniedException("无权查看履约监控");
		}
		DataScope scope = user.scope();
		String where = scope.organizationFilter() != null ? "c.unit_id = :org" : "c.region_code like :pattern";
		Map<String, Object> params = new java.util.HashMap<>(scope.organizationFilter() != null
				? Map.of("org", scope.organizationFilter()) : Map.of("pattern", scope.regionPattern()));
		params.put("signed", ContractStanding.SIGNED.name());
		params.put("accepted", MilestoneStatus.ACCEPTED.name());
		params.put("open", RectificationStatus.OPEN.name());
		List<OverdueMilestone> milestones = jdbc.sql("""
				select c.contract_id, c.title as contract_title, c.unit_name, c.provider_name, m.id, m.seq, m.title,
				  m.due_on, m.status, m.overdue_since
				from delivery.milestone m join delivery.contract_account c on c.contract_id = m.contract_id
				where m.overdue and m.status <> :accepted and c.status = :signed and %s
				order by m.overdue_since, c.title, m.seq""".formatted(where))
			.params(params)
			.query((rs, n) -> new OverdueMilestone(rs.getObject("contract_id", UUID.class),
					rs.getString("contract_title"), rs.getString("unit_name"), rs.getString("provider_name"),
					rs.getObject("id", UUID.class), rs.getInt("seq"), rs.getString("title"),
					rs.getObject("due_on", LocalDate.class), MilestoneStatus.valueOf(rs.getString("status")),
					rs.getObject("overdue_since", LocalDate.class)))
			.list();
		List<OverdueRectification> rectifications = jdbc.sql("""
				select c.contract_id, c.title as contract_title, c.unit_name, c.provider_name, r.id, r.required,
				  r.due_on, r.overdue_since
				from delivery.rectification r join delivery.contract_account c on c.contract_id = r.contract_id
				where r.overdue and r.status = :open and c.status = :signed and %s
				order by r.overdue_since, c.title""".formatted(where))
			.params(params)
			.query((rs, n) -> new OverdueRectification(rs.getObject("contract_id", UUID.class),
					rs.getString("contract_title"), rs.getString("unit_name"), rs.getString("provider_name"),
					rs.getObject("id", UUID.class), rs.getString("required"), rs.getObject("due_on", LocalDate.class),
					rs.getObject("overdue_since", LocalDate.class)))
			.list();
		return new Monitoring(ContractRule.PERFORMANCE_MONITORING.id(), milestones, rectifications,
				progress("c.status = :signed and " + where, params));
	}

	// ---- the purchasing unit
	// -------------------------------------------------------------

	/** Adds a milestone to a signed contract; its due date lies within the term. */
	@Transactional
	public Milestone addMilestone(UUID contractId, NewMilestone milestone) {
		DeliveryContract contract = access.forPurchaser(contractId);
		if (milestone.title() == null || milestone.title().isBlank() || milestone.title().length() > 200) {
			throw new InvalidInputException("title", "请填写履约节点名称（不超过200字）");
		}
		if (milestone.standard() == null || milestone.standard().isBlank() || milestone.standard().length() > 2000) {
			throw new InvalidInputException("standard", "请填写交付成果与验收标准（不超过2000字）");
		}
		if (milestone.dueOn() == null || milestone.dueOn().isBefore(contract.startsOn())
				|| milestone.dueOn().isAfter(contract.endsOn())) {
			throw new InvalidInputException("dueOn",
					"完成期限应在合同服务期限内（" + contract.startsOn() + " 至 " + contract.endsOn() + "）");
		}
		if (milestone.amount() != null) {
			if (!milestone.amount().isPositive()) {
				throw new InvalidInputException("amount", "节点金额须大于0");
			}
			Money planned = Money
				.of(jdbc.sql("select coalesce(sum(amount_share), 0) from delivery.milestone where contract_id = :id")
					.param("id", contractId)
					.query(java.math.BigDecimal.class)
					.single());
			if (planned.plus(milestone.amount()).isGreaterThan(contract.amount())) {
				throw new InvalidInputException("amount", "各节点金额合计不能超过合同金额" + contract.amount().format());
			}
		}
		int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from delivery.milestone where contract_id = :id")
			.param("id", contractId)
			.query(Integer.class)
			.single();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into delivery.milestone (id, contract_id, seq, title, standard, due_on, amount_share, status,
				  created_by, created_at)
				values (:id, :contract, :seq, :title, :standard, :due, :amount, :status, :by, :now)""")
			.param("id", id)
			.param("contract", contractId)
			.param("seq", seq)
			.param("title", milestone.title().strip())
			.param("standard", milestone.standard().strip())
			.param("due", milestone.dueOn())
			.param("amount", milestone.amount() == null ? null : milestone.amount().amount())
			.param("status", MilestoneStatus.PLANNED.name())
			.param("by", CurrentUser.require().username())
			.param("now", OffsetDateTime.now(clock))
			.update();
		audit.record("contract.milestone.add", "Milestone", id, null, Map.of("contract", contractId.toString(), "seq",
				seq, "title", milestone.title().strip(), "dueOn", milestone.dueOn().toString()));
		return milestone(contractId, id);
	}

	// ---- the provider
	// -------------------------------------------------------------------

	/**
	 * Records a ledger entry with its attachments; a progress report may submit its
	 * milestone for acceptance. Any refused file refuses the whole entry.
	 */
	@Transactional
	public LedgerEntry record(UUID contractId, NewEntry entry, List<Upload> uploads) {
		access.forProvider(contractId);
		LocalDate today = access.today();
		if (entry.kind() == null) {
			throw new InvalidInputException("kind", "请选择台账类别");
		}
		if (entry.title() == null || entry.title().isBlank() || entry.title().length() > 200) {
			throw new InvalidInputException("title", "请填写事项名称（不超过200字）");
		}
		if (entry.content() != null && entry.content().length() > 4000) {
			throw new InvalidInputException("content", "内容不超过4000字");
		}
		LocalDate occurredOn = entry.occurredOn() == null ? today : entry.occurredOn();
		if (occurredOn.isAfter(today)) {
			throw new InvalidInputException("occurredOn", "发生日期不能晚于今天");
		}
		Milestone milestone = entry.milestoneId() == null ? null : milestone(contractId, entry.milestoneId());
		if (entry.submitMilestone()) {
			if (milestone == null || entry.kind() != LedgerKind.PROGRESS) {
				throw new InvalidInputException("milestoneId", "提交节点验收须是“进度”类台账并选择履约节点");
			}
			milestone.status().submit(milestone.seq());
		}
		List<Upload> files = uploads == null ? List.of()
				: uploads.stream().filter(upload -> upload.content() != null && upload.content().length > 0).toList();
		List<String> types = inspect(files);
		UUID id = UUID.randomUUID();
		OffsetDateTime now = OffsetDateTime.now(clock);
		jdbc.sql("""
				insert into delivery.ledger_entry (id, contract_id, kind, occurred_on, title, content, milestone_id,
				  created_by, created_at)
				values (:id, :contract, :kind, :occurred, :title, :content, :milestone, :by, :now)""")
			.param("id", id)
			.param("contract", contractId)
			.param("kind", entry.kind().name())
			.param("occurred", occurredOn)
			.param("title", entry.title().strip())
			.param("content", entry.content() == null || entry.content().isBlank() ? null : entry.content().strip())
			.param("milestone", milestone == null ? null : milestone.id())
			.param("by", CurrentUser.require().username())
			.param("now", now)
			.update();
		List<String> names = attach(id, files, types, now);
		audit.record("contract.ledger.record", "LedgerEntry", id, null, Map.of("contract", contractId.toString(),
				"kind", entry.kind().name(), "title", entry.title().strip(), "attachments", names));
		if (entry.submitMilestone()) {
			// Submitted on the day the progress report is dated.
			MilestoneStatus submitted = milestone.status().submit(milestone.seq());
			jdbc.sql("update delivery.milestone set status = :status, submitted_on = :on where id = :id")
				.param("status", submitted.name())
				.param("on", entry.occurredOn() == null ? today : entry.occurredOn())
				.param("id", milestone.id())
				.update();
			audit.record("contract.milestone.submit", "Milestone", milestone.id(),
					Map.of("status", milestone.status().name()),
					Map.of("status", submitted.name(), "report", id.toString()));
		}
		return ledger(contractId).stream()
			.filter(found -> found.id().equals(id))
			.findFirst()
			.orElseThrow(IllegalStateException::new);
	}

	/**
	 * The content type of each file, judged by its content; any refused file refuses all.
	 */
	private List<String> inspect(List<Upload> files) {
		List<String> types = new ArrayList<>();
		for (Upload upload : files) {
			LedgerFiles.Verdict verdict = this.files.inspect(upload.fileName(), upload.content());
			if (verdict.refusal().isPresent()) {
				throw new InvalidInputException("files", fileName(upload) + "：" + verdict.refusal().get());
			}
			types.add(verdict.contentType());
		}
		return types;
	}

	/** Stores the files of a ledger entry; returns their names. */
	private List<String> attach(UUID entryId, List<Upload> files, List<String> types, OffsetDateTime now) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			Upload upload = files.get(i);
			jdbc.sql("""
					insert into delivery.ledger_attachment (id, entry_id, file_name, content_type, size_bytes, content,
					  uploaded_at)
					values (:id, :entry, :name, :type, :size, :content, :now)""")
				.param("id", UUID.randomUUID())
				.param("entry", entryId)
				.param("name", fileName(upload))
				.param("type", types.get(i))
				.param("size", upload.content().length)
				.param("content", upload.content())
				.param("now", now)
				.update();
			names.add(fileName(upload));
		}
		return names;
	}

	/** Reports a milestone delivered and submits it for acceptance (a progress entry). */
	@Transactional
	public Milestone submitMilestone(UUID contractId, UUID milestoneId, String report, List<Upload> uploads) {
		Milestone milestone = milestone(contractId, milestoneId);
		record(contractId, new NewEntry(LedgerKind.PROGRESS, null,
				"提交第" + milestone.seq() + "个节点验收：" + milestone.title(), report, milestoneId, true), uploads);
		return milestone(contractId, milestoneId);
	}

	// ---- time-driven
	// ---------------------------------------------------------------------

	/**
	 * A day has passed (Spring Modulith's moments, in China's time zone): as of the new
	 * day, flags what is overdue, once across nodes.
	 */
	@ApplicationModuleListener
	void on(DayHasPassed day) {
		flagOverdue(day.getDate().plusDays(1));
	}

	/**
	 * Flags milestones past their due date and not accepted, and open rectifications past
	 * theirs, once per day across nodes (MOF102-25).
	 * @return whether this call ran the day's job
	 */
	public boolean flagOverdue() {
		return flagOverdue(access.today());
	}

	/**
	 * Flags what is overdue as of {@code today}, once per day across nodes.
	 * @return whether this call ran the day's job
	 */
	boolean flagOverdue(LocalDate today) {
		return jobs.runOnce(OVERDUE_JOB, today, () -> {
			List<MilestoneOverdue> milestones = jdbc.sql("""
					update delivery.milestone m set overdue = true, overdue_since = m.due_on + 1
					from delivery.contract_account c
					where c.contract_id = m.contract_id and c.status = :signed and m.due_on < :today
					  and m.status <> :accepted and not m.overdue
					returning m.id, m.contract_id, c.number, c.provider_id, m.title, m.due_on""")
				.param("today", today)
				.param("signed", ContractStanding.SIGNED.name())
				.param("accepted", MilestoneStatus.ACCEPTED.name())
				.query((rs, n) -> new MilestoneOverdue(rs.getObject("contract_id", UUID.class), rs.getString("number"),
						rs.getObject("provider_id", UUID.class), rs.getObject("id", UUID.class), rs.getString("title"),
						rs.getObject("due_on", LocalDate.class), today))
				.list();
			for (MilestoneOverdue overdue : milestones) {
				audit.record("contract.milestone.overdue", "Milestone", overdue.milestoneId(), Map.of("overdue", false),
						Map.of("overdue", true, "flaggedOn", today.toString(), "rule",
								ContractRule.PERFORMANCE_MONITORING.id()));
				events.publishEvent(overdue);
			}
			List<UUID> rectifications = jdbc.sql("""
					update delivery.rectification r set overdue = true, overdue_since = r.due_on + 1
					from delivery.contract_account c
					where c.contract_id = r.contract_id and c.status = :signed and r.due_on < :today
					  and r.status = :open and not r.overdue
					returning r.id""")
				.param("today", today)
				.param("signed", ContractStanding.SIGNED.name())
				.param("open", RectificationStatus.OPEN.name())
				.query(UUID.class)
				.list();
			for (UUID id : rectifications) {
				audit.record("contract.rectification.overdue", "Rectification", id, Map.of("overdue", false),
						Map.of("overdue", true, "flaggedOn", today.toString(), "rule",
								ContractRule.PERFORMANCE_MONITORING.id()));
			}
		});
	}

	// ---- helpers
	// -------------------------------------------------------------------------

	Milestone milestone(UUID contractId, UUID milestoneId) {
		return milestones(contractId).stream()
			.filter(found -> found.id().equals(milestoneId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("履约节点不存在"));
	}

	private List<ContractProgress> progress(String where, Map<String, Object> params) {
		return jdbc.sql("""
				select c.contract_id, c.title, c.unit_name, c.provider_name, c.status, c.starts_on, c.ends_on,
				  (select count(*) from delivery.milestone m where m.contract_id = c.contract_id) as milestones,
				  (select count(*) from delivery.milestone m where m.contract_id = c.contract_id
				     and m.status = :accepted) as accepted,
				  (select count(*) from delivery.milestone m where m.contract_id = c.contract_id and m.overdue
				     and m.status <> :accepted) as overdue
				from delivery.contract_account c where %s order by c.starts_on desc, c.title""".formatted(where))
			.params(params)
			.param("accepted", MilestoneStatus.ACCEPTED.name())
			.query((rs, n) -> new ContractProgress(rs.getObject("contract_id", UUID.class), rs.getString("title"),
					rs.getString("unit_name"), rs.getString("provider_name"),
					ContractStanding.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getInt("milestones"), rs.getInt("accepted"),
					rs.getInt("overdue")))
			.list();
	}

	private static String fileName(Upload upload) {
		String name = upload.fileName() == null || upload.fileName().isBlank() ? "附件" : upload.fileName();
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
