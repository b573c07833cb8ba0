package org.govbuy.catalog.application;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.catalog.domain.NegativeListEntry;
import org.govbuy.catalog.domain.NegativeListPolicy;
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
							    position, active)
							values (:code, :attribute, :rule, :title, :description, :citation, :keywords, :position, true)
							on conflict (code) do nothing""")
				.param("code", entry.code())
				.param("attribute", entry.attribute())
				.param("rule", entry.ruleId())
				.param("title", entry.title())
				.param("description", entry.description())
				.param("citation", entry.citation())
				.param("keywords", String.join(",", entry.keywords()))
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
					rs.getInt("position"), rs.getBoolean("active")))
			.list();
	}

	@Override
	public NegativeListDecision check(PurchaseDescription description) {
		return NegativeListPolicy.check(description, entries());
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
