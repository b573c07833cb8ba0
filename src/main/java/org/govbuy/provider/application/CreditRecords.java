package org.govbuy.provider.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.Role;
import org.govbuy.provider.ProviderCredit;
import org.govbuy.provider.ProviderEligibility;
import org.govbuy.provider.ProviderRule;
import org.govbuy.provider.ProviderView;
import org.govbuy.provider.RosterKind;
import org.govbuy.provider.domain.CreditPolicy;
import org.govbuy.provider.domain.DebarmentPolicy;
import org.govbuy.shared.PerformanceGrade;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;
import org.govbuy.shared.UnifiedSocialCreditCode;
import org.govbuy.shared.ContentHash;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rosters of bad actors, debarments, credit events, and the eligibility check procurement
 * calls: qualified, evidence current, not on a blocking list, not debarred. Time-driven
 * outcomes (a debarment that has ended, evidence that has expired) are evaluated against
 * the clock on every check, so they take effect with no one acting.
 */
@Service
public class CreditRecords implements ProviderEligibility, ProviderCredit {

	private final JdbcClient jdbc;

	private final ProviderRegistry providers;

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean rostersBlock;

	private final DebarmentPolicy debarments = new DebarmentPolicy();

	private final CreditPolicy creditPolicy;

	CreditRecords(JdbcClient jdbc, ProviderRegistry providers, AuditTrail audit, Clock clock,
			@Value("${govbuy.provider.rosters-block:true}") boolean rostersBlock,
			@Value("${govbuy.provider.credit.poor-grades:2}") int poorGrades,
			@Value("${govbuy.provider.credit.window-years:2}") int windowYears) {
		this.jdbc = jdbc;
		this.providers = providers;
		this.audit = audit;
		this.clock = clock;
		this.rostersBlock = rostersBlock;
		this.creditPolicy = new CreditPolicy(poorGrades, windowYears);
	}

	/** A row of a roster file that could not be used, and why. */
	public record RowError(int row, String column, String reason) {
	}

	/** The outcome of a roster import. */
	public record RosterImport(RosterKind kind, int rows, List<RowError> errors, boolean alreadyImported) {
	}

	/** A debarment as listed. */
	public record Debarment(UUID id, UUID providerId, String providerName, String creditCode, String rule,
			String reason, LocalDate startsOn, LocalDate endsOn, boolean inForce) {
	}

	/** A credit event. */
	public record CreditEvent(UUID id, String kind, String description, String source, LocalDate occurredOn) {
	}

	/** A roster listing that concerns a provider. */
	public record Listing(RosterKind kind, String name, LocalDate listedOn, String reason) {
	}

	// ---- rosters
	// ------------------------------------------------------------------------------

	/**
	 * Imports a list (CSV or .xlsx with 统一社会信用代码, 名称, 列入日期, 原因). The file replaces the
	 * list, so a provider no longer in it is no longer blocked. Nothing is stored if any
	 * row is bad.
	 */
	@Transactional
	public RosterImport importRoster(RosterKind kind, String fileName, byte[] content) {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.SUPERVISOR, Role.ADMIN, Role.FINANCE_REVIEWER)) {
			throw new AccessDeniedException("只有监督部门可以导入名单");
		}
		String hash = ContentHash.sha256(content);
		if (jdbc.sql("select count(*) from provider.roster_import where kind = :kind and file_hash = :hash")
			.param("kind", kind.name())
			.param("hash", hash)
			.query(Long.class)
			.single() > 0) {
			return new RosterImport(kind, 0, List.of(), true);
		}
		List<String[]> rows = read(fileName, content);
		List<RowError> errors = new ArrayList<>();
		Map<String, String[]> entries = new LinkedHashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			int number = i + 2;
			String code = cell(row, 0).toUpperCase();
			UnifiedSocialCreditCode.problem(code)
				.ifPresent(problem -> errors.add(new RowError(number, "统一社会信用代码", problem)));
			if (cell(row, 1).isEmpty()) {
				errors.add(new RowError(number, "名称", "名称不能为空"));
			}
			String date = cell(row, 2);
			if (!date.isEmpty()) {
				try {
					LocalDate.parse(date);
				}
				catch (DateTimeParseException ex) {
					errors.add(new RowError(number, "列入日期", "日期应为 YYYY-MM-DD 格式"));
				}
			}
			if (entries.putIfAbsent(code, row) != null) {
				errors.add(new RowError(number, "统一社会信用代码", "与前面的行重复"));
			}
		}
		if (!errors.isEmpty()) {
			return new RosterImport(kind, rows.size(), errors, false);
		}
		UUID importId = UUID.randomUUID();
		jdbc.sql("delete from provider.roster_entry where kind = :kind").param("kind", kind.name()).update();
		for (Map.Entry<String, String[]> entry : entries.entrySet()) {
			String[] row = entry.getValue();
			jdbc.sql("""
					insert into provider.roster_entry (kind, credit_code, name, listed_on, reason, import_id)
					values (:kind, :code, :name, :listed, :reason, :import)""")
				.param("kind", kind.name())
				.param("code", entry.getKey())
				.param("name", cell(row, 1))
				.param("listed", cell(row, 2).isEmpty() ? null : LocalDate.parse(cell(row, 2)))
				.param("reason", cell(row, 3).isEmpty() ? null : cell(row, 3))
				.param("import", importId)
				.update();
		}
		jdbc.sql("""
				insert into provider.roster_import (id, kind, file_hash, file_name, rows, imported_by, imported_at)
				values (:id, :kind, :hash, :name, :rows, :by, :now)""")
			.param("id", importId)
			.param("kind", kind.name())
			.param("hash", hash)
			.param("name", fileName)
			.param("rows", entries.size())
			.param("by", user.username())
			.param("now", OffsetDateTime.now(clock))
			.update();
		audit.record("provider.roster.import", "Roster", kind.name(), null,
				Map.of("rows", entries.size(), "file", String.valueOf(fileName)));
		return new RosterImport(kind, entries.size(), List.of(), false);
	}

	/** The listings that concern a provider. */
	public List<Listing> listings(String creditCode) {
		return jdbc.sql("select * from provider.roster_entry where credit_code = :code order by kind")
			.param("code", creditCode)
			.query((rs, n) -> new Listing(RosterKind.valueOf(rs.getString("kind")), rs.getString("name"),
					rs.getObject("listed_on", LocalDate.class), rs.getString("reason")))
			.list();
	}

	// ---- debarment and credit events
	// ------------------------------------------------------------

	@Transactional
	public Debarment debar(UUID providerId, ProviderRule basis, String reason, LocalDate startsOn, LocalDate endsOn) {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.SUPERVISOR, Role.ADMIN, Role.FINANCE_REVIEWER)) {
			throw new AccessDeniedException("只有财政或监督部门可以作出禁入决定");
		}
		ProviderView provider = providers.visible(providerId);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "请填写禁入事由");
		}
		if (startsOn == null || endsOn == null) {
			throw new InvalidInputException("endsOn", "请填写禁入起止日期");
		}
		debarments.checkPeriod(basis, startsOn, endsOn).ifPresent(violation -> {
			throw new RuleViolationException(violation);
		});
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into provider.debarment (id, provider_id, rule_id, reason, starts_on, ends_on, created_by, created_at)
						values (:id, :provider, :rule, :reason, :start, :end, :by, :now)""")
			.param("id", id)
			.param("provider", providerId)
			.param("rule", basis.id())
			.param("reason", reason.trim())
			.param("start", startsOn)
			.param("end", endsOn)
			.param("by", user.username())
			.param("now", OffsetDateTime.now(clock))
			.update();
		recordEvent(providerId, "DEBARMENT",
				basis.title() + "：" + reason.trim() + "（" + startsOn + " 至 " + endsOn + "）", "provider", startsOn);
		audit.record("provider.debar", "Provider", providerId, null, Map.of("rule", basis.id(), "from",
				startsOn.toString(), "to", endsOn.toString(), "name", provider.name()));
		return debarmentsOf(providerId).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
	}

	@Override
	@Transactional
	public void record(UUID providerId, String kind, String description, String source, LocalDate occurredOn) {
		recordEvent(providerId, kind, description, source, occurredOn);
	}

	@Override
	@Transactional
	public boolean record(UUID providerId, String kind, String description, String source, LocalDate occurredOn,
			String sourceKey) {
		return insertOnce(providerId, kind, description, source, occurredOn, sourceKey, null, null);
	}

	@Override
	@Transactional
	public boolean recordGrade(UUID providerId, UUID evaluationId, PerformanceGrade grade, String description,
			LocalDate gradedOn) {
		// One grading at a time per provider, so two 差 made final together both count.
		jdbc.sql("select id from provider.provider where id = :id for update")
			.param("id", providerId)
			.query()
			.listOfRows();
		if (!insertOnce(providerId, ProviderCredit.Kinds.EVALUATION_GRADE, description, "evaluation", gradedOn,
				"evaluation:" + evaluationId, evaluationId, grade)) {
			return false;
		}
		List<CreditPolicy.EarlierGrade> earlier = jdbc.sql("""
				select reference_id, grade, occurred_on from provider.credit_event
				where provider_id = :provider and grade is not null and reference_id <> :evaluation""")
			.param("provider", providerId)
			.param("evaluation", evaluationId)
			.query((rs, n) -> new CreditPolicy.EarlierGrade(rs.getObject("reference_id", UUID.class),
					PerformanceGrade.valueOf(rs.getString("grade")), rs.getObject("occurred_on", LocalDate.class)))
			.list();
		CreditPolicy.Outcome outcome = creditPolicy.onGrade(evaluationId, grade, gradedOn, earlier);
		outcome.warning()
			.ifPresent(warning -> insertOnce(providerId, ProviderCredit.Kinds.WARNING,
					"信用警示：" + description + "（规则 " + warning.rule() + "）", "provider", gradedOn,
					"warning:" + evaluationId, evaluationId, null));
		outcome.proposal().ifPresent(proposal -> propose(providerId, proposal, gradedOn));
		return true;
	}

	private void propose(UUID providerId, CreditPolicy.Proposal proposal, LocalDate on) {
		UUID id = UUID.randomUUID();
		int inserted = jdbc.sql("""
				insert into provider.restriction_proposal (id, provider_id, reason, first_evaluation, second_evaluation,
				  status, proposed_on, created_at)
				values (:id, :provider, :reason, :first, :second, :status, :on, :now)
				on conflict (second_evaluation) do nothing""")
			.param("id", id)
			.param("provider", providerId)
			.param("reason", proposal.reason().message() + "（规则 " + proposal.reason().rule() + "）")
			.param("first", proposal.firstEvaluation())
			.param("second", proposal.secondEvaluation())
			.param("status", RestrictionProposals.Status.PROPOSED.name())
			.param("on", on)
			.param("now", OffsetDateTime.now(clock))
			.update();
		if (inserted > 0) {
			audit.record("provider.restriction.propose", "RestrictionProposal", id, null,
					Map.of("provider", providerId.toString(), "rule", proposal.reason().rule(), "first",
							proposal.firstEvaluation().toString(), "second", proposal.secondEvaluation().toString()));
		}
	}

	/**
	 * Inserts an event unless its source key is on record already; an event about a
	 * provider the registry does not know (none in production) records nothing, so that
	 * the publication it comes from is not retried forever.
	 */
	private boolean insertOnce(UUID providerId, String kind, String description, String source, LocalDate occurredOn,
			String sourceKey, UUID referenceId, PerformanceGrade grade) {
		return jdbc.sql("""
				insert into provider.credit_event (id, provider_id, kind, description, source, recorded_by, occurred_on,
				  created_at, source_key, reference_id, grade)
				select :id, :provider, :kind, :description, :source, :by, :on, :now, :key, :reference, :grade
				where exists (select 1 from provider.provider where id = :provider)
				on conflict (source_key) where source_key is not null do nothing""")
			.param("id", UUID.randomUUID())
			.param("provider", providerId)
			.param("kind", kind)
			.param("description", description)
			.param("source", source)
			.param("by", CurrentUser.current().map(CurrentUser::username).orElse("system"))
			.param("on", occurredOn)
			.param("now", OffsetDateTime.now(clock))
			.param("key", sourceKey)
			.param("reference", referenceId)
			.param("grade", grade == null ? null : grade.name())
			.update() > 0;
	}

	/** Records an event and returns it (the debarment page shows it at once). */
	@Transactional
	public CreditEvent recordEvent(UUID providerId, String kind, String description, String source,
			LocalDate occurredOn) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into provider.credit_event (id, provider_id, kind, description, source, recorded_by, occurred_on, created_at)
						values (:id, :provider, :kind, :description, :source, :by, :on, :now)""")
			.param("id", id)
			.param("provider", providerId)
			.param("kind", kind)
			.param("description", description)
			.param("source", source)
			.param("by", CurrentUser.current().map(CurrentUser::username).orElse("system"))
			.param("on", occurredOn)
			.param("now", OffsetDateTime.now(clock))
			.update();
		return new CreditEvent(id, kind, description, source, occurredOn);
	}

	public List<CreditEvent> events(UUID providerId) {
		return jdbc.sql(
				"select * from provider.credit_event where provider_id = :id order by occurred_on desc, created_at desc")
			.param("id", providerId)
			.query((rs, n) -> new CreditEvent(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("description"), rs.getString("source"), rs.getObject("occurred_on", LocalDate.class)))
			.list();
	}

	public List<Debarment> debarmentsOf(UUID providerId) {
		return debarments("where d.provider_id = :id", Map.of("id", providerId));
	}

	/** Debarments in force today, for the public portal. */
	public List<Debarment> inForce() {
		return debarments("where d.starts_on <= :today and d.ends_on > :today", Map.of("today", LocalDate.now(clock)));
	}

	private List<Debarment> debarments(String where, Map<String, Object> params) {
		LocalDate today = LocalDate.now(clock);
		return jdbc
			.sql("""
					select d.*, p.name, p.credit_code from provider.debarment d join provider.provider p on p.id = d.provider_id
					"""
					+ where + " order by d.ends_on desc")
			.params(params)
			.query((rs, n) -> new Debarment(rs.getObject("id", UUID.class), rs.getObject("provider_id", UUID.class),
					rs.getString("name"), rs.getString("credit_code"), rs.getString("rule_id"), rs.getString("reason"),
					rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
					debarments.inForce(rs.getObject("starts_on", LocalDate.class),
							rs.getObject("ends_on", LocalDate.class), today)))
			.list();
	}

	// ---- eligibility
	// ----------------------------------------------------------------------------

	@Override
	public Decision check(UUID providerId, LocalDate on) {
		ProviderView provider = providers.find(providerId)
			.orElseThrow(() -> new org.govbuy.platform.NotFoundException("承接主体不存在"));
		List<RuleViolation> violations = new ArrayList<>();
		List<RuleViolation> warnings = new ArrayList<>();
		if (provider.status() != ProviderView.Status.QUALIFIED) {
			violations.add(
					ProviderRule.ELIGIBILITY_CONDITIONS.violation("资格审核状态为“" + provider.status().label() + "”，尚未审核合格"));
		}
		for (ProviderView.Item item : provider.items()) {
			if (item.declared() && item.expiresOn() != null && item.expiresOn().isBefore(on)) {
				violations.add(ProviderRule.EVIDENCE_CURRENT
					.violation("“" + item.item().label() + "”证明材料已于 " + item.expiresOn() + " 过期"));
			}
			else if (item.declared() && item.expiresOn() != null && !item.expiresOn().isAfter(on.plusDays(30))) {
				warnings.add(ProviderRule.EVIDENCE_CURRENT
					.violation("“" + item.item().label() + "”证明材料将于 " + item.expiresOn() + " 到期"));
			}
		}
		for (Listing listing : listings(provider.creditCode())) {
			if (listing.kind().blocks()) {
				RuleViolation violation = ProviderRule.CREDIT_LISTS.violation("列入" + listing.kind().label()
						+ (listing.listedOn() == null ? "" : "（" + listing.listedOn() + "）")
						+ (listing.reason() == null ? "" : "：" + listing.reason()));
				(rostersBlock ? violations : warnings).add(violation);
			}
		}
		for (Debarment debarment : debarmentsOf(providerId)) {
			if (debarments.inForce(debarment.startsOn(), debarment.endsOn(), on)) {
				violations.add(new RuleViolation(debarment.rule(), ProviderRule.DEBARMENT.citation(),
						"禁止参加政府采购活动至 " + debarment.endsOn().minusDays(1) + "：" + debarment.reason()));
			}
		}
		return new Decision(violations.isEmpty(), violations, warnings);
	}

	@Override
	public boolean related(UUID first, UUID second) {
		ProviderView a = providers.find(first).orElseThrow();
		ProviderView b = providers.find(second).orElseThrow();
		if (a.legalRepresentative().equals(b.legalRepresentative())) {
			return true;
		}
		String controlA = jdbc.sql("select coalesce(controlled_by, '') from provider.provider where id = :id")
			.param("id", first)
			.query(String.class)
			.single();
		String controlB = jdbc.sql("select coalesce(controlled_by, '') from provider.provider where id = :id")
			.param("id", second)
			.query(String.class)
			.single();
		return (!controlA.isEmpty() && (controlA.contains(b.name()) || controlA.contains(b.creditCode())))
				|| (!controlB.isEmpty() && (controlB.contains(a.name()) || controlB.contains(a.creditCode())));
	}

	// ---- files
	// ----------------------------------------------------------------------------------

	private static List<String[]> read(String fileName, byte[] content) {
		String name = fileName == null ? "" : fileName.toLowerCase();
		if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
			try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
				Sheet sheet = workbook.getSheetAt(0);
				DataFormatter formatter = new DataFormatter();
				List<String[]> rows = new ArrayList<>();
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					Row row = sheet.getRow(r);
					if (row == null) {
						continue;
					}
					String[] cells = new String[4];
					for (int c = 0; c < 4; c++) {
						cells[c] = row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)).trim();
					}
					if (!String.join("", cells).isBlank()) {
						rows.add(cells);
					}
				}
				return rows;
			}
			catch (IOException | RuntimeException ex) {
				throw new InvalidInputException("file", "无法读取 Excel 文件，请上传 .xlsx 或 UTF-8 编码的 CSV");
			}
		}
		String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
		List<String[]> rows = new ArrayList<>();
		String[] lines = text.split("\\r?\\n");
		for (int i = 1; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				rows.add(lines[i].split(",", -1));
			}
		}
		return rows;
	}

	private static String cell(String[] row, int index) {
		return index < row.length && row[index] != null ? row[index].trim() : "";
	}

}
