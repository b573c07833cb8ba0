package org.govbuy.provider.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.govbuy.platform.Accounts;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.DataScope;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Organization;
import org.govbuy.platform.OrganizationKind;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.Role;
import org.govbuy.platform.Secrets;
import org.govbuy.provider.ChecklistItem;
import org.govbuy.provider.ProviderRule;
import org.govbuy.provider.ProviderType;
import org.govbuy.provider.ProviderView;
import org.govbuy.provider.ProviderView.Evidence;
import org.govbuy.provider.ProviderView.Item;
import org.govbuy.provider.ProviderView.ItemReview;
import org.govbuy.provider.ProviderView.Status;
import org.govbuy.provider.domain.EvidenceFiles;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolationException;
import org.govbuy.shared.UnifiedSocialCreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' registration, their eligibility checklist with evidence, and the
 * qualification review item by item: 草稿 → 待审核 → 合格 / 退回 / 不合格. Bank accounts are stored
 * sealed (AES-GCM) and shown masked. Every change is audited.
 */
@Service
public class ProviderRegistry {

	/** Items whose declaration needs an evidence file. */
	static final Set<ChecklistItem> NEEDS_FILE = EnumSet
		.complementOf(EnumSet.of(ChecklistItem.NO_MAJOR_VIOLATIONS, ChecklistItem.INDUSTRY_QUALIFICATION));

	private final JdbcClient jdbc;

	private final Organizations organizations;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	private final Secrets secrets;

	private final EvidenceFiles files = new EvidenceFiles();

	ProviderRegistry(JdbcClient jdbc, Organizations organizations, Accounts accounts, AuditTrail audit, Clock clock,
			Secrets secrets) {
		this.jdbc = jdbc;
		this.organizations = organizations;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
		this.secrets = secrets;
	}

	/** What self-registration takes. */
	public record Registration(String name, ProviderType type, String creditCode, RegionCode region,
			String legalRepresentative, String contactName, String contactPhone, String contactEmail, String bankName,
			String bankAccount, String controlledBy, String username, String password) {
	}

	/** A reviewer's verdict on one item. */
	public record ItemVerdict(ChecklistItem item, ItemReview review, String reason) {
	}

	// ---- registration
	// ------------------------------------------------------------------------

	@Transactional
	public ProviderView register(Registration request) {
		if (request.type() == null) {
			throw new InvalidInputException("type", "请选择单位类型");
		}
		request.type().refusal().ifPresent(violation -> {
			throw new RuleViolationException(violation);
		});
		Optional<String> codeProblem = UnifiedSocialCreditCode
			.problem(request.creditCode() == null ? "" : request.creditCode());
		if (codeProblem.isPresent()) {
			throw new RuleViolationException(ProviderRule.CREDIT_CODE.violation(codeProblem.get()));
		}
		String creditCode = UnifiedSocialCreditCode.of(request.creditCode()).value();
		if (jdbc.sql("select count(*) from provider.provider where credit_code = :code")
			.param("code", creditCode)
			.query(Long.class)
			.single() > 0) {
			throw new InvalidInputException("creditCode", "该统一社会信用代码已登记");
		}
		requireText(request.legalRepresentative(), "legalRepresentative", "请填写法定代表人（负责人）");
		requireText(request.contactName(), "contactName", "请填写联系人");
		if (request.contactPhone() == null || !request.contactPhone().trim().matches("[0-9+\\- ]{7,20}")) {
			throw new InvalidInputException("contactPhone", "请填写有效的联系电话");
		}
		String account = request.bankAccount() == null ? "" : request.bankAccount().replaceAll("\\s", "");
		if (!account.isEmpty() && !account.matches("\\d{8,30}")) {
			throw new InvalidInputException("bankAccount", "银行账号应为8至30位数字");
		}
		Organization organization = organizations.register(new Organizations.NewOrganization(request.name(),
				OrganizationKind.PROVIDER, null, null, request.region(), creditCode));
		accounts.create(request.username(), request.contactName(), organization.id(), Set.of(Role.PROVIDER),
				request.password());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into provider.provider (id, organization_id, name, provider_type, credit_code, region_code,
				    legal_representative, contact_name, contact_phone, contact_email, bank_name, bank_account_sealed,
				    bank_account_last4, controlled_by, status, created_at)
				values (:id, :org, :name, :type, :code, :region, :legal, :contact, :phone, :email, :bank, :sealed,
				    :last4, :controlled, :status, :now)""")
			.param("id", id)
			.param("status", Status.DRAFT.name())
			.param("org", organization.id())
			.param("name", organization.name())
			.param("type", request.type().name())
			.param("code", creditCode)
			.param("region", request.region().value())
			.param("legal", request.legalRepresentative().trim())
			.param("contact", request.contactName().trim())
			.param("phone", request.contactPhone().trim())
			.param("email", blankToNull(request.contactEmail()))
			.param("bank", blankToNull(request.bankName()))
			.param("sealed", account.isEmpty() ? null : seal(account))
			.param("last4", account.isEmpty() ? null : account.substring(account.length() - 4))
			.param("controlled", blankToNull(request.controlledBy()))
			.param("now", now())
			.update();
		for (ChecklistItem item : ChecklistItem.values()) {
			jdbc.sql("insert into provider.checklist_item (provider_id, item) values (:id, :item)")
				.param("id", id)
				.param("item", item.name())
				.update();
		}
		ProviderView view = find(id).orElseThrow();
		audit.record("provider.register", "Provider", id, null, Map.of("name", view.name(), "type", view.type().name(),
				"creditCode", creditCode, "account", request.username()));
		return view;
	}

	// ---- the provider's own checklist
	// -------------------------------------------------------------

	/** The signed-in provider's own record. */
	public ProviderView mine() {
		CurrentUser user = CurrentUser.require();
		return jdbc.sql("select id from provider.provider where organization_id = :org")
			.param("org", user.organizationId())
			.query(UUID.class)
			.optional()
			.flatMap(this::find)
			.orElseThrow(() -> new NotFoundException("当前账户没有承接主体登记信息"));
	}

	@Transactional
	public void declare(ChecklistItem item, boolean declared, String statement, LocalDate expiresOn) {
		ProviderView provider = requireEditable();
		if (item.expires() && declared && expiresOn == null && item != ChecklistItem.INDUSTRY_QUALIFICATION) {
			throw new InvalidInputException("expiresOn", "“" + item.label() + "”的证明材料须填写有效期");
		}
		jdbc.sql("""
				update provider.checklist_item set declared = :declared, statement = :statement, expires_on = :expires,
				    review_status = :review, review_reason = null where provider_id = :id and item = :item""")
			.param("review", ItemReview.PENDING.name())
			.param("declared", declared)
			.param("statement", blankToNull(statement))
			.param("expires", expiresOn)
			.param("id", provider.id())
			.param("item", item.name())
			.update();
		audit.record("provider.declare", "Provider", provider.id(), null,
				Map.of("item", item.name(), "declared", declared, "expiresOn", String.valueOf(expiresOn)));
	}

	/** Stores an evidence file after checking its real type (by content) and size. */
	@Transactional
	public Evidence upload(ChecklistItem item, String fileName, byte[] content) {
		ProviderView provider = requireEditable();
		EvidenceFiles.Verdict verdict = files.inspect(content);
		verdict.refusal().ifPresent(reason -> {
			throw new InvalidInputException("file", reason);
		});
		UUID id = UUID.randomUUID();
		String name = fileName == null || fileName.isBlank() ? "证明材料" : fileName.replaceAll("[\\\\/]", "_");
		jdbc.sql(
				"""
						insert into provider.evidence (id, provider_id, item, file_name, content_type, size_bytes, content, uploaded_at)
						values (:id, :provider, :item, :name, :type, :size, :content, :now)""")
			.param("id", id)
			.param("provider", provider.id())
			.param("item", item.name())
			.param("name", name)
			.param("type", verdict.contentType())
			.param("size", content.length)
			.param("content", content)
			.param("now", now())
			.update();
		audit.record("provider.evidence", "Provider", provider.id(), null,
				Map.of("item", item.name(), "file", name, "type", verdict.contentType(), "size", content.length));
		return new Evidence(id, name, verdict.contentType(), content.length, now());
	}

	/** Submits for review: every item declared, and files where the item needs one. */
	@Transactional
	public ProviderView submit() {
		ProviderView provider = requireEditable();
		List<String> missing = new ArrayList<>();
		for (Item item : provider.items()) {
			boolean notApplicable = item.item() == ChecklistItem.INDUSTRY_QUALIFICATION && item.statement() != null;
			if (!item.declared() && !notApplicable) {
				missing.add(item.item().label() + "（未声明）");
			}
			else if (item.declared() && NEEDS_FILE.contains(item.item()) && item.evidence().isEmpty()) {
				missing.add(item.item().label() + "（缺少证明材料）");
			}
		}
		if (!missing.isEmpty()) {
			throw new RuleViolationException(
					ProviderRule.ELIGIBILITY_CONDITIONS.violation("尚未完成：" + String.join("；", missing)));
		}
		transition(provider, provider.status().submitted(), "provider.submit", null);
		jdbc.sql("update provider.provider set submitted_at = :now where id = :id")
			.param("now", now())
			.param("id", provider.id())
			.update();
		return find(provider.id()).orElseThrow();
	}

	// ---- review
	// ------------------------------------------------------------------------------

	/**
	 * Reviews item by item; the outcome follows: every item accepted → 合格, any rejected →
	 * 不合格, otherwise any returned → 退回.
	 */
	@Transactional
	public ProviderView review(UUID providerId, List<ItemVerdict> verdicts, String note) {
		CurrentUser reviewer = requireReviewer();
		ProviderView provider = visible(providerId);
		provider.status().requireUnderReview();
		for (ItemVerdict verdict : verdicts) {
			if (verdict.review() != ItemReview.ACCEPTED && (verdict.reason() == null || verdict.reason().isBlank())) {
				throw new InvalidInputException("reason", "“" + verdict.item().label() + "”退回或不通过须说明理由");
			}
			jdbc.sql(
					"""
							update provider.checklist_item set review_status = :review, review_reason = :reason, reviewed_by = :by,
							    reviewed_at = :now where provider_id = :id and item = :item""")
				.param("review", verdict.review().name())
				.param("reason", blankToNull(verdict.reason()))
				.param("by", reviewer.username())
				.param("now", now())
				.param("id", providerId)
				.param("item", verdict.item().name())
				.update();
		}
		ProviderView reviewed = find(providerId).orElseThrow();
		Status outcome;
		if (reviewed.items().stream().anyMatch(item -> item.review() == ItemReview.REJECTED)) {
			outcome = Status.REJECTED;
		}
		else if (reviewed.items().stream().allMatch(item -> item.review() == ItemReview.ACCEPTED)) {
			outcome = Status.QUALIFIED;
		}
		else if (reviewed.items().stream().anyMatch(item -> item.review() == ItemReview.RETURNED)) {
			outcome = Status.RETURNED;
		}
		else {
			return reviewed;
		}
		jdbc.sql(
				"update provider.provider set reviewed_at = :now, reviewed_by = :by, review_note = :note where id = :id")
			.param("now", now())
			.param("by", reviewer.username())
			.param("note", blankToNull(note))
			.param("id", providerId)
			.update();
		transition(reviewed, reviewed.status().reviewed(outcome), "provider.review", note);
		return find(providerId).orElseThrow();
	}

	/**
	 * Marks an outstanding performer for priority in next year's selection (seed 001).
	 */
	@Transactional
	public ProviderView setPriority(UUID providerId, boolean priority) {
		requireReviewer();
		ProviderView before = visible(providerId);
		jdbc.sql("update provider.provider set priority = :priority where id = :id")
			.param("priority", priority)
			.param("id", providerId)
			.update();
		audit.record("provider.priority", "Provider", providerId, Map.of("priority", before.priority()),
				Map.of("priority", priority));
		return find(providerId).orElseThrow();
	}

	// ---- queries
	// ----------------------------------------------------------------------------

	/** Providers within the scope; a provider sees only itself. */
	public List<ProviderView> search(DataScope scope, Status status, String name) {
		return jdbc.sql("""
				select id from provider.provider where region_code like :pattern
				  and (cast(:org as uuid) is null or organization_id = :org)
				  and (cast(:status as varchar) is null or status = :status)
				  and (cast(:name as varchar) is null or name like '%' || :name || '%' or credit_code = :name)
				order by submitted_at nulls last, name""")
			.param("pattern", scope.regionPattern())
			.param("org", scope.organizationFilter())
			.param("status", status == null ? null : status.name())
			.param("name", name == null || name.isBlank() ? null : name.trim())
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	/** The provider if it lies within the current user's scope, or 404. */
	public ProviderView visible(UUID id) {
		CurrentUser user = CurrentUser.require();
		ProviderView provider = find(id).orElseThrow(() -> new NotFoundException("承接主体不存在"));
		if (!user.scope().permits(provider.organizationId(), provider.region())) {
			throw new NotFoundException("承接主体不存在或不在您的数据范围内");
		}
		return provider;
	}

	public Optional<ProviderView> find(UUID id) {
		return jdbc.sql("select * from provider.provider where id = :id")
			.param("id", id)
			.query((rs, row) -> view(rs))
			.optional();
	}

	public Optional<UUID> idByCreditCode(String creditCode) {
		return jdbc.sql("select id from provider.provider where credit_code = :code")
			.param("code", creditCode)
			.query(UUID.class)
			.optional();
	}

	public byte[] evidenceContent(UUID evidenceId) {
		var row = jdbc.sql("select provider_id, content from provider.evidence where id = :id")
			.param("id", evidenceId)
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getBytes(2)))
			.optional()
			.orElseThrow(() -> new NotFoundException("证明材料不存在"));
		visible(row.getKey());
		return row.getValue();
	}

	// ---- internals
	// --------------------------------------------------------------------------

	private void transition(ProviderView provider, Status to, String action, String note) {
		jdbc.sql("update provider.provider set status = :status, version = version + 1 where id = :id")
			.param("status", to.name())
			.param("id", provider.id())
			.update();
		audit.record(action, "Provider", provider.id(), Map.of("status", provider.status().name()),
				note == null ? Map.of("status", to.name()) : Map.of("status", to.name(), "note", note));
	}

	private ProviderView requireEditable() {
		ProviderView provider = mine();
		Status edited = provider.status().edited();
		if (edited != provider.status()) {
			jdbc.sql("update provider.provider set status = :status where id = :id")
				.param("status", edited.name())
				.param("id", provider.id())
				.update();
		}
		return provider;
	}

	private static CurrentUser requireReviewer() {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.FINANCE_REVIEWER, Role.FINANCE_CLERK, Role.SUPERVISOR, Role.ADMIN)) {
			throw new AccessDeniedException("只有财政、民政、市场监管审核人员可以审核承接主体");
		}
		return user;
	}

	private ProviderView view(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Map<String, List<Evidence>> byItem = new java.util.HashMap<>();
		jdbc.sql(
				"select id, item, file_name, content_type, size_bytes, uploaded_at from provider.evidence where provider_id = :id order by uploaded_at")
			.param("id", id)
			.query((row, n) -> {
				byItem.computeIfAbsent(row.getString("item"), key -> new ArrayList<>())
					.add(new Evidence(row.getObject("id", UUID.class), row.getString("file_name"),
							row.getString("content_type"), row.getInt("size_bytes"),
							row.getObject("uploaded_at", OffsetDateTime.class)));
				return 0;
			})
			.list();
		List<Item> items = jdbc.sql("select * from provider.checklist_item where provider_id = :id")
			.param("id", id)
			.query((row, n) -> new Item(ChecklistItem.valueOf(row.getString("item")), row.getBoolean("declared"),
					row.getString("statement"), row.getObject("expires_on", LocalDate.class),
					ItemReview.valueOf(row.getString("review_status")), row.getString("review_reason"),
					byItem.getOrDefault(row.getString("item"), List.of())))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(item -> item.item().ordinal()))
			.toList();
		String last4 = rs.getString("bank_account_last4");
		return new ProviderView(id, rs.getObject("organization_id", UUID.class), rs.getString("name"),
				ProviderType.valueOf(rs.getString("provider_type")), rs.getString("credit_code"),
				new RegionCode(rs.getString("region_code")), rs.getString("legal_representative"),
				rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("bank_name"),
				last4 == null ? null : "**** **** **** " + last4, Status.valueOf(rs.getString("status")),
				rs.getBoolean("priority"), rs.getObject("submitted_at", OffsetDateTime.class),
				rs.getString("review_note"), items);
	}

	private byte[] seal(String account) {
		return BankAccounts.seal(secrets, account);
	}

	private static void requireText(String value, String field, String message) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, message);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
