package org.govbuy.catalog.application;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.catalog.domain.NatureWords;
import org.govbuy.catalog.domain.NegativeListEntry;
import org.govbuy.catalog.domain.NegativeListPolicy;
import org.govbuy.catalog.domain.ReviewedWording;
import org.govbuy.catalog.domain.ScreeningText;
import org.govbuy.catalog.domain.WordingStatus;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negative list as maintained data (table {@code catalog.negative_list_entry}, filled
 * with the defaults at start-up when an entry is missing) and the check every module
 * uses.
 */
@Service
@Order(5)
public class NegativeListService implements NegativeListCheck, ApplicationRunner {

	/**
	 * A stored clearance of keyword warnings.
	 *
	 * @param id its id
	 * @param subject what was checked
	 * @param keywords the keywords cleared
	 * @param comment the reviewer's reason
	 * @param clearedBy the reviewer
	 * @param clearedAt when
	 */
	public record Clearance(UUID id, String subject, String keywords, String comment, String clearedBy,
			java.time.Instant clearedAt) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	NegativeListService(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Adds the default entries that are missing (never overwrites maintained ones). */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (NegativeListEntry entry : NegativeListEntry.defaults()) {
			jdbc.sql(
					"""
							insert into catalog.negative_list_entry (code, attribute, rule_id, title, description, citation, keywords,
							    synonyms, examples, position, active)
							values (:code, :attribute, :rule, :title, :description, :citation, :keywords, :synonyms, :examples,
							    :position, true)
							on conflict (code) do update set synonyms = excluded.synonyms, examples = excluded.examples
							where negative_list_entry.synonyms = '' and negative_list_entry.examples = ''""")
				.param("code", entry.code())
				.param("attribute", entry.attribute())
				.param("rule", entry.ruleId())
				.param("title", entry.title())
				.param("description", entry.description())
				.param("citation", entry.citation())
				.param("keywords", String.join(",", entry.keywords()))
				.param("synonyms", entry.synonymsText())
				.param("examples", entry.examplesText())
				.param("position", entry.position())
				.update();
		}
	}

	public List<NegativeListEntry> entries() {
		return jdbc.sql("select * from catalog.negative_list_entry order by position, code")
			.query((rs, n) -> new NegativeListEntry(rs.getString("code"), rs.getString("attribute"),
					rs.getString("rule_id"), rs.getString("title"), rs.getString("description"),
					rs.getString("citation"),
					Arrays.stream(rs.getString("keywords").split(","))
						.map(String::strip)
						.filter(k -> !k.isEmpty())
						.toList(),
					NegativeListEntry.groups(rs.getString("synonyms")),
					NegativeListEntry.lines(rs.getString("examples")), rs.getInt("position"), rs.getBoolean("active")))
			.list();
	}

	/**
	 * Screens a description; a held one is remembered for the finance reviewer (audited
	 * the first time its wording is held).
	 */
	@Override
	@Transactional
	public NegativeListDecision check(PurchaseDescription description) {
		String wording = ScreeningText.normalise(description.text());
		Map<String, ReviewedWording> reviews = new HashMap<>();
		reviewed(wording).ifPresent(review -> reviews.put(wording, review));
		NegativeListDecision decision = NegativeListPolicy.check(description, entries(), NatureWords.standard(),
				reviews);
		if (decision.held() && !wording.isEmpty()) {
			remember(description.text().strip(), decision);
		}
		return decision;
	}

	private java.util.Optional<ReviewedWording> reviewed(String wording) {
		return jdbc.sql("select * from catalog.screening_wording where wording_key = :key and status <> :held")
			.param("key", key(wording))
			.param("held", WordingStatus.HELD.name())
			.query((rs, n) -> new ReviewedWording(rs.getString("wording"),
					WordingStatus.valueOf(rs.getString("status")) == WordingStatus.ALLOWED, rs.getString("rule_id"),
					rs.getString("reason"), rs.getString("decided_by")))
			.optional();
	}

	private void remember(String sample, NegativeListDecision decision) {
		String triggers = clip(String.join("、", decision.triggers()), 1000);
		String rules = clip(String.join(",", decision.warnings().stream().map(w -> w.rule()).distinct().toList()), 500);
		int inserted = jdbc
			.sql("""
					insert into catalog.screening_wording (wording_key, wording, sample, triggers, rules, status, times_held,
					    first_seen, last_seen)
					values (:key, :wording, :sample, :triggers, :rules, :held, 1, :now, :now)
					on conflict (wording_key) do nothing""")
			.param("key", key(decision.wording()))
			.param("held", WordingStatus.HELD.name())
			.param("wording", decision.wording())
			.param("sample", clip(sample, 4000))
			.param("triggers", triggers)
			.param("rules", rules)
			.param("now", CatalogRepository.utc(clock.instant()))
			.update();
		if (inserted == 1) {
			audit.record("negative-list.hold", "ScreeningWording", key(decision.wording()), null,
					Map.of("wording", clip(sample, 200), "triggers", triggers, "rules", rules));
		}
		else {
			jdbc.sql(
					"""
							update catalog.screening_wording set times_held = times_held + 1, last_seen = :now, triggers = :triggers,
							    rules = :rules
							where wording_key = :key and status = :held""")
				.param("key", key(decision.wording()))
				.param("held", WordingStatus.HELD.name())
				.param("triggers", triggers)
				.param("rules", rules)
				.param("now", CatalogRepository.utc(clock.instant()))
				.update();
		}
	}

	/**
	 * A wording the screen held or a reviewer decided.
	 *
	 * @param key its key (SHA-256 of the normalised wording)
	 * @param sample the text as first written
	 * @param triggers the triggering words (joined with 、)
	 * @param rules the rules it was held under
	 * @param status held or decided
	 * @param timesHeld how often it was held
	 * @param lastSeen when it was last held
	 * @param ruleId the rule the reviewer decided on
	 * @param reason the reviewer's reason
	 * @param decidedBy the reviewer
	 * @param decidedAt when
	 */
	public record ScreenedWording(String key, String sample, String triggers, String rules, WordingStatus status,
			int timesHeld, java.time.Instant lastSeen, String ruleId, String reason, String decidedBy,
			java.time.Instant decidedAt) {

		public List<String> triggerList() {
			return triggers == null || triggers.isBlank() ? List.of() : List.of(triggers.split("、"));
		}

		public List<String> ruleList() {
			return rules == null || rules.isBlank() ? List.of() : List.of(rules.split(","));
		}

		/** Whether the reviewer allowed it. */
		public boolean allowed() {
			return status == WordingStatus.ALLOWED;
		}

	}

	/** Wordings waiting for the finance reviewer, most recent first. */
	public List<ScreenedWording> held(int limit) {
		return wordings("status = :held order by last_seen desc", limit);
	}

	/** The reviewer's recent decisions, most recent first. */
	public List<ScreenedWording> decided(int limit) {
		return wordings("status <> :held order by decided_at desc", limit);
	}

	private List<ScreenedWording> wordings(String where, int limit) {
		return jdbc.sql("select * from catalog.screening_wording where " + where + " limit :limit")
			.param("limit", limit)
			.param("held", WordingStatus.HELD.name())
			.query((rs, n) -> new ScreenedWording(rs.getString("wording_key"), rs.getString("sample"),
					rs.getString("triggers"), rs.getString("rules"), WordingStatus.valueOf(rs.getString("status")),
					rs.getInt("times_held"), CatalogRepository.instant(rs, "last_seen"), rs.getString("rule_id"),
					rs.getString("reason"), rs.getString("decided_by"),
					rs.getObject("decided_at") == null ? null : CatalogRepository.instant(rs, "decided_at")))
			.list();
	}

	/**
	 * The finance reviewer's decision on a wording (audited): allowed, it becomes an
	 * exception the screen remembers for exactly that normalised wording; excluded, that
	 * wording is refused with the rule and the reason.
	 * @param text the wording as written (normalised here)
	 * @param allow allow (true) or exclude (false)
	 * @param rule the rule decided on (one of the negative list)
	 * @param reason why (required)
	 * @param reviewer the finance reviewer
	 * @return the wording's key
	 */
	@Transactional
	public String decide(String text, boolean allow, String rule, String reason, CurrentUser reviewer) {
		if (!reviewer.hasAnyRole(Role.ADMIN, Role.FINANCE_REVIEWER)) {
			throw new AccessDeniedException("只有财政审核人员可以对待复核的表述作出决定");
		}
		String wording = ScreeningText.normalise(text);
		if (wording.isEmpty()) {
			throw new InvalidInputException("wording", "请填写要复核的表述");
		}
		if (wording.length() > 2000) {
			throw new InvalidInputException("wording", "表述过长（最多2000字）");
		}
		if (reason == null || reason.strip().length() < 4) {
			throw new InvalidInputException("reason", "请填写复核理由（至少4个字）");
		}
		if (reason.strip().length() > 2000) {
			throw new InvalidInputException("reason", "复核理由过长（最多2000字）");
		}
		if (rule == null || entries().stream().noneMatch(e -> e.ruleId().equals(rule))) {
			throw new InvalidInputException("rule", "请选择负面清单中的规则");
		}
		String key = key(wording);
		Map<String, Object> before = jdbc.sql(
				"select status, coalesce(reason, '') as reason from catalog.screening_wording where wording_key = :key")
			.param("key", key)
			.query((rs, n) -> Map.<String, Object>of("status", rs.getString("status"), "reason",
					rs.getString("reason")))
			.optional()
			.orElse(null);
		WordingStatus status = WordingStatus.decided(allow);
		var now = CatalogRepository.utc(clock.instant());
		jdbc.sql(
				"""
						insert into catalog.screening_wording (wording_key, wording, sample, status, first_seen, last_seen, rule_id,
						    reason, decided_by, decided_at)
						values (:key, :wording, :sample, :status, :now, :now, :rule, :reason, :by, :now)
						on conflict (wording_key) do update set status = excluded.status, rule_id = excluded.rule_id,
						    reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at""")
			.param("key", key)
			.param("wording", wording)
			.param("sample", clip(text.strip(), 4000))
			.param("status", status.name())
			.param("now", now)
			.param("rule", rule)
			.param("reason", reason.strip())
			.param("by", reviewer.username())
			.update();
		audit.record("negative-list.review", "ScreeningWording", key, before, Map.of("wording", clip(text.strip(), 200),
				"status", status.name(), "rule", rule, "reason", reason.strip()));
		return key;
	}

	/**
	 * Finance maintains an entry's keywords, synonym groups and example phrasings
	 * (audited).
	 */
	@Transactional
	public void updateWordings(CurrentUser user, String code, List<String> keywords, List<List<String>> synonyms,
			List<String> examples) {
		if (!user.hasAnyRole(Role.ADMIN, Role.FINANCE_REVIEWER, Role.FINANCE_CLERK)) {
			throw new AccessDeniedException("只有财政部门可以维护负面清单的表述");
		}
		NegativeListEntry entry = entries().stream()
			.filter(e -> e.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new org.govbuy.platform.NotFoundException("负面清单条目 " + code + " 不存在"));
		NegativeListEntry after = new NegativeListEntry(entry.code(), entry.attribute(), entry.ruleId(), entry.title(),
				entry.description(), entry.citation(), clean(keywords),
				synonyms == null ? List.of()
						: synonyms.stream().map(NegativeListService::clean).filter(g -> !g.isEmpty()).toList(),
				clean(examples), entry.position(), entry.active());
		validate(after);
		jdbc.sql(
				"update catalog.negative_list_entry set keywords = :keywords, synonyms = :synonyms, examples = :examples"
						+ " where code = :code")
			.param("keywords", String.join(",", after.keywords()))
			.param("synonyms", after.synonymsText())
			.param("examples", after.examplesText())
			.param("code", code)
			.update();
		audit.record("negative-list.wordings", "NegativeListEntry", code,
				Map.of("keywords", String.join(",", entry.keywords()), "synonyms", entry.synonymsText(), "examples",
						entry.examplesText()),
				Map.of("keywords", String.join(",", after.keywords()), "synonyms", after.synonymsText(), "examples",
						after.examplesText()));
	}

	/**
	 * A row of an import that was not applied.
	 *
	 * @param row the row number in the sheet
	 * @param message why (Chinese)
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "WordingRowError")
	public record RowError(int row, String message) {
	}

	/**
	 * The outcome of an import: all rows applied, or none (with every row's errors).
	 *
	 * @param applied the entries updated
	 * @param errors the rows in error (nothing applied when not empty)
	 */
	public record ImportResult(int applied, List<RowError> errors) {
	}

	/**
	 * Finance imports the wordings from Excel: each row replaces an entry's keywords,
	 * synonyms and examples; a file with any row in error changes nothing and names the
	 * rows.
	 */
	@Transactional
	public ImportResult importWordings(CurrentUser user, byte[] content) {
		if (!user.hasAnyRole(Role.ADMIN, Role.FINANCE_REVIEWER, Role.FINANCE_CLERK)) {
			throw new AccessDeniedException("只有财政部门可以维护负面清单的表述");
		}
		List<NegativeListExcel.WordingRow> rows = NegativeListExcel.read(content);
		if (rows.isEmpty()) {
			throw new InvalidInputException("file", "表格中没有数据行");
		}
		Map<String, NegativeListEntry> known = new java.util.LinkedHashMap<>();
		entries().forEach(e -> known.put(e.code(), e));
		List<RowError> errors = new java.util.ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		List<NegativeListEntry> updates = new java.util.ArrayList<>();
		for (NegativeListExcel.WordingRow row : rows) {
			NegativeListEntry entry = row.code() == null ? null : known.get(row.code());
			if (entry == null) {
				errors.add(new RowError(row.number(), row.code() == null ? "缺少条目编码" : "条目编码“" + row.code() + "”不存在"));
				continue;
			}
			if (!seen.add(entry.code())) {
				errors.add(new RowError(row.number(), "条目编码“" + row.code() + "”重复"));
				continue;
			}
			NegativeListEntry after = new NegativeListEntry(entry.code(), entry.attribute(), entry.ruleId(),
					entry.title(), entry.description(), entry.citation(), clean(row.keywordList()),
					NegativeListEntry.groups(row.synonyms()), NegativeListEntry.lines(row.examples()), entry.position(),
					entry.active());
			try {
				validate(after);
				updates.add(after);
			}
			catch (InvalidInputException ex) {
				errors.add(new RowError(row.number(), ex.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			return new ImportResult(0, errors);
		}
		for (NegativeListEntry after : updates) {
			updateWordings(user, after.code(), after.keywords(), after.synonyms(), after.examples());
		}
		audit.record("negative-list.import", "NegativeList", "wordings", null, Map.of("entries", updates.size()));
		return new ImportResult(updates.size(), List.of());
	}

	static void validate(NegativeListEntry entry) {
		if (String.join(",", entry.keywords()).length() > 500) {
			throw new InvalidInputException("keywords", "关键词合计不得超过500字");
		}
		for (String word : entry.keywords()) {
			if (word.length() > 20) {
				throw new InvalidInputException("keywords", "关键词“" + word + "”过长（每个最多20字）");
			}
		}
		for (List<String> group : entry.synonyms()) {
			for (String word : group) {
				if (word.length() > 20) {
					throw new InvalidInputException("synonyms", "同义词“" + word + "”过长（每个最多20字）");
				}
			}
		}
		for (String example : entry.examples()) {
			if (example.length() > 100) {
				throw new InvalidInputException("examples", "例句“" + example + "”过长（每句最多100字）");
			}
		}
		if (entry.synonymsText().length() > 4000 || entry.examplesText().length() > 4000) {
			throw new InvalidInputException("synonyms", "同义词或例句合计不得超过4000字");
		}
	}

	private static List<String> clean(List<String> words) {
		return words == null ? List.of()
				: words.stream()
					.filter(java.util.Objects::nonNull)
					.map(String::strip)
					.filter(w -> !w.isEmpty())
					.distinct()
					.toList();
	}

	private static String clip(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	static String key(String wording) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256")
					.digest(wording.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Finance maintains the keywords of an entry (keywords only warn; the attributes
	 * decide).
	 */
	@Transactional
	public void updateKeywords(CurrentUser user, String code, List<String> keywords) {
		if (!user.hasAnyRole(Role.ADMIN, Role.FINANCE_REVIEWER, Role.FINANCE_CLERK)) {
			throw new AccessDeniedException("只有财政部门可以维护负面清单关键词");
		}
		String before = jdbc.sql("select keywords from catalog.negative_list_entry where code = :code")
			.param("code", code)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new org.govbuy.platform.NotFoundException("负面清单条目 " + code + " 不存在"));
		String after = String.join(",",
				keywords.stream().map(String::strip).filter(k -> !k.isEmpty()).distinct().toList());
		jdbc.sql("update catalog.negative_list_entry set keywords = :keywords where code = :code")
			.param("keywords", after)
			.param("code", code)
			.update();
		audit.record("negative-list.keywords", "NegativeListEntry", code, Map.of("keywords", before),
				Map.of("keywords", after));
	}

	@Override
	@Transactional
	public UUID clearWarnings(String subject, List<String> keywords, String comment, CurrentUser reviewer) {
		if (!reviewer.hasAnyRole(Role.ADMIN, Role.FINANCE_REVIEWER, Role.FINANCE_CLERK, Role.PURCHASER_HEAD)) {
			throw new AccessDeniedException("只有财政审核人员或购买主体负责人可以复核负面清单提示");
		}
		if (subject == null || subject.isBlank()) {
			throw new InvalidInputException("subject", "请填写复核的事项");
		}
		if (comment == null || comment.strip().length() < 4) {
			throw new InvalidInputException("comment", "请填写复核意见（至少4个字），说明为何不属于禁止购买事项");
		}
		if (keywords == null || keywords.isEmpty()) {
			throw new InvalidInputException("keywords", "没有需要复核的关键词");
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into catalog.warning_clearance (id, subject, keywords, comment, cleared_by, organization_id, cleared_at)
						values (:id, :subject, :keywords, :comment, :by, :org, :at)""")
			.param("id", id)
			.param("subject", subject.strip())
			.param("keywords", String.join(",", keywords))
			.param("comment", comment.strip())
			.param("by", reviewer.username())
			.param("org", reviewer.organizationId())
			.param("at", CatalogRepository.utc(clock.instant()))
			.update();
		audit.record("negative-list.clear", "WarningClearance", id, null,
				Map.of("subject", subject.strip(), "keywords", keywords, "comment", comment.strip()));
		return id;
	}

	public List<Clearance> recentClearances(int limit) {
		return jdbc.sql("select * from catalog.warning_clearance order by cleared_at desc limit :limit")
			.param("limit", limit)
			.query((rs, n) -> new Clearance(rs.getObject("id", UUID.class), rs.getString("subject"),
					rs.getString("keywords"), rs.getString("comment"), rs.getString("cleared_by"),
					CatalogRepository.instant(rs, "cleared_at")))
			.list();
	}

}
