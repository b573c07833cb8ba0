package org.govbuy.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govbuy.budget.FundsLedger;
import org.govbuy.contract.ContractRule;
import org.govbuy.contract.domain.ContractDeadlines;
import org.govbuy.contract.domain.MandatoryClauses;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.platform.Role;
import org.govbuy.procurement.ProcurementAwards;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts from awards: drafted with the mandatory clauses and a lawful term, signed
 * (the funds ledger moves the money from reserved to contracted and gives back what the
 * award left), published and filed on the working-day calendar, and paid — never beyond
 * the contract, once per idempotency key, under concurrent requests.
 */
@Service
public class Contracts {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final ProcurementAwards awards;

	private final FundsLedger ledger;

	private final RegionalParameters parameters;

	private final LegalCalendar calendar;

	private final AuditTrail audit;

	private final Clock clock;

	Contracts(JdbcClient jdbc, ProcurementAwards awards, FundsLedger ledger, RegionalParameters parameters,
			LegalCalendar calendar, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.awards = awards;
		this.ledger = ledger;
		this.parameters = parameters;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the purchasing unit drafts.
	 *
	 * @param projectId the awarded procurement
	 * @param title the contract's title
	 * @param startsOn first day of performance
	 * @param endsOn last day of performance
	 * @param conditions the multi-year conditions recorded (102 §24)
	 * @param clauses the mandatory clauses' texts
	 */
	public record Draft(UUID projectId, String title, LocalDate startsOn, LocalDate endsOn,
			Set<TermPolicy.MultiYearCondition> conditions, Map<MandatoryClauses.Clause, String> clauses) {
	}

	/**
	 * A contract as the pages and the API show it.
	 */
	public record Contract(UUID id, UUID projectId, UUID planLineId, UUID unitId, String unitName, String providerName,
			String title, Money amount, LocalDate startsOn, LocalDate endsOn, String status, LocalDate awardedOn,
			LocalDate signedOn, LocalDate publishedOn, LocalDate filedOn, String lateSteps, Money paid) {
	}

	public record Payment(UUID id, Money amount, String purpose, String idempotencyKey, OffsetDateTime paidAt) {
	}

	/**
	 * Drafts the contract of an award: its amount is the awarded price (no substantive
	 * change), the mandatory clauses are all there (MOF102-23), the term is lawful and
	 * within the medium-term fiscal plan (MOF102-24, FS87-3); a challenge that waits for
	 * its answer holds the contract (条例 第五十四条).
	 */
	@Transactional
	public Contract draft(Draft draft) {
		CurrentUser user = requirePurchaser();
		ProcurementAwards.Award award = awards.award(draft.projectId())
			.filter(found -> found.unitId().equals(user.organizationId()))
			.orElseThrow(() -> new InvalidInputException("projectId", "该采购项目不存在、尚未成交或不属于本单位"));
		if (award.challengePending()) {
			throw new InvalidInputException("projectId", "对成交结果的质疑尚未答复，可能影响采购结果，暂不签订合同（《政府采购法实施条例》第五十四条）");
		}
		if (draft.startsOn() == null || draft.endsOn() == null) {
			throw new InvalidInputException("term", "请填写服务期限的起止日期");
		}
		if (draft.title() == null || draft.title().isBlank()) {
			throw new InvalidInputException("title", "请填写合同名称");
		}
		Map<MandatoryClauses.Clause, String> clauses = new EnumMap<>(MandatoryClauses.Clause.class);
		if (draft.clauses() != null) {
			clauses.putAll(draft.clauses());
		}
		clauses.put(MandatoryClauses.Clause.PRICE,
				award.price().format() + "（" + award.price().toChineseUppercase() + "）");
		clauses.put(MandatoryClauses.Clause.TERM, draft.startsOn() + " 至 " + draft.endsOn());
		List<RuleViolation> violations = new ArrayList<>(new MandatoryClauses().check(clauses));
		int planYears = parameters.days(regionOf(award), PolicyParameter.MEDIUM_TERM_PLAN_YEARS, today());
		LocalDate planEnd = LocalDate.of(award.awardedOn().getYear() + planYears - 1, 12, 31);
		violations.addAll(new TermPolicy().check(draft.startsOn(), draft.endsOn(),
				draft.conditions() == null ? EnumSet.noneOf(TermPolicy.MultiYearCondition.class) : draft.conditions(),
				planEnd));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"""
						insert into contract.contract (id, project_id, plan_line_id, unit_id, unit_name, region_code, provider_id,
						  provider_name, title, amount, starts_on, ends_on, conditions, scope, quantity, quality, payment_terms, rights,
						  liability, disputes, awarded_on, status, created_by, created_at)
						values (:id, :project, :line, :unit, :unitName, :region, :provider, :providerName, :title, :amount, :starts,
						  :ends, :conditions, :scope, :quantity, :quality, :payment, :rights, :liability, :disputes, :awarded, 'DRAFT',
						  :by, :now)""")
			.param("id", id)
			.param("project", award.projectId())
			.param("line", award.planLineId())
			.param("unit", award.unitId())
			.param("unitName", user.organizationName())
			.param("region", regionOf(award).value())
			.param("provider", award.providerId())
			.param("providerName", award.providerName())
			.param("title", draft.title().strip())
			.param("amount", award.price().amount())
			.param("starts", draft.startsOn())
			.param("ends", draft.endsOn())
			.param("conditions",
					draft.conditions() == null ? null
							: String.join(",", draft.conditions().stream().map(Enum::name).toList()))
			.param("scope", clauses.get(MandatoryClauses.Clause.SCOPE))
			.param("quantity", clauses.get(MandatoryClauses.Clause.QUANTITY))
			.param("quality", clauses.get(MandatoryClauses.Clause.QUALITY))
			.param("payment", clauses.get(MandatoryClauses.Clause.PAYMENT))
			.param("rights", clauses.get(MandatoryClauses.Clause.RIGHTS_AND_OBLIGATIONS))
			.param("liability", clauses.get(MandatoryClauses.Clause.LIABILITY))
			.param("disputes", clauses.get(MandatoryClauses.Clause.DISPUTES))
			.param("awarded", award.awardedOn())
			.param("by", user.username())
			.param("now", OffsetDateTime.now(clock))
			.update();
		audit.record("contract.draft", "Contract", id, null,
				Map.of("project", award.projectId().toString(), "amount", award.price().toString()));
		return get(id);
	}

	/**
	 * Signs the contract: the line's reservation for the procurement becomes contracted
	 * money, the rest of it is released. A signature later than 30 days after the award
	 * is flagged (GPL-46).
	 */
	@Transactional
	public Contract sign(UUID contractId, LocalDate signedOn) {
		CurrentUser user = requirePurchaser();
		Contract contract = lockOwn(contractId, user);
		if (!"DRAFT".equals(contract.status())) {
			throw new InvalidInputException("status", "合同已签订或已终止");
		}
		LocalDate date = signedOn == null ? today() : signedOn;
		if (date.isAfter(today())) {
			throw new InvalidInputException("signedOn", "签订日期不能晚于今天");
		}
		ledger.contract(contract.planLineId(), contract.amount(), "合同签订：" + contract.title(), "contract-" + contractId);
		Money left = reservedFor(contract).minus(contract.amount());
		if (left.isPositive()) {
			ledger.release(contract.planLineId(), left, "合同签订后释放采购结余：" + contract.title(),
					"contract-release-" + contractId);
		}
		jdbc.sql("update contract.contract set status = 'SIGNED', signed_on = :date where id = :id")
			.param("date", date)
			.param("id", contractId)
			.update();
		audit.record("contract.sign", "Contract", contractId, Map.of("status", "DRAFT"),
				Map.of("status", "SIGNED", "signedOn", date.toString()));
		return flagLateSteps(contractId);
	}

	/** Records publication (条例50: within 2 working days); late publication is flagged. */
	@Transactional
	public Contract publish(UUID contractId, LocalDate publishedOn) {
		return step(contractId, "published_on", publishedOn, "contract.publish");
	}

	/**
	 * Records filing with finance (法47: within 7 working days); late filing is flagged.
	 */
	@Transactional
	public Contract file(UUID contractId, LocalDate filedOn) {
		return step(contractId, "filed_on", filedOn, "contract.file");
	}

	/**
	 * Pays against a signed contract: refused beyond the contract amount (BL-13), paid
	 * once per idempotency key; the contract row is locked, so concurrent requests queue.
	 */
	@Transactional
	public Payment pay(UUID contractId, Money amount, String purpose, String idempotencyKey) {
		CurrentUser user = requirePurchaser();
		Contract contract = lockOwn(contractId, user);
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
			throw new InvalidInputException("idempotencyKey", "请提供幂等键（不超过100个字符）");
		}
		var earlier = payment(contractId, idempotencyKey);
		if (earlier != null) {
			return earlier;
		}
		if (!"SIGNED".equals(contract.status())) {
			throw new InvalidInputException("status", "只有履行中的合同可以支付");
		}
		if (amount == null || !amount.isPositive()) {
			throw new InvalidInputException("amount", "支付金额须大于0");
		}
		Money unpaid = contract.amount().minus(contract.paid());
		if (amount.isGreaterThan(unpaid)) {
			throw new RuleViolationException(org.govbuy.budget.BudgetRule.WITHIN_BUDGET
				.violation("支付" + amount.format() + "超过合同未付金额" + unpaid.format()));
		}
		ledger.pay(contract.planLineId(), amount, purpose == null || purpose.isBlank() ? "合同款" : purpose,
				"payment-" + contractId + "-" + idempotencyKey);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into contract.payment (id, contract_id, amount, purpose, idempotency_key, paid_by, paid_at)
				values (:id, :contract, :amount, :purpose, :key, :by, :now)""")
			.param("id", id)
			.param("contract", contractId)
			.param("amount", amount.amount())
			.param("purpose", purpose == null || purpose.isBlank() ? "合同款" : purpose.strip())
			.param("key", idempotencyKey)
			.param("by", user.username())
			.param("now", OffsetDateTime.now(clock))
			.update();
		audit.record("contract.pay", "Payment", id, null,
				Map.of("contract", contractId.toString(), "amount", amount.toString(), "key", idempotencyKey));
		return payment(contractId, idempotencyKey);
	}

	public Contract visible(UUID contractId) {
		Contract contract = get(contractId);
		CurrentUser user = CurrentUser.require();
		String region = jdbc.sql("select region_code from contract.contract where id = :id")
			.param("id", contractId)
			.query(String.class)
			.single();
		if (!user.scope().permits(contract.unitId(), new RegionCode(region))) {
			throw new NotFoundException("合同不存在");
		}
		return contract;
	}

	public List<Payment> payments(UUID contractId) {
		visible(contractId);
		return jdbc.sql("select * from contract.payment where contract_id = :id order by paid_at")
			.param("id", contractId)
			.query((rs, n) -> new Payment(rs.getObject("id", UUID.class), Money.of(rs.getBigDecimal("amount")),
					rs.getString("purpose"), rs.getString("idempotency_key"),
					rs.getObject("paid_at", OffsetDateTime.class)))
			.list();
	}

	private Contract step(UUID contractId, String column, LocalDate date, String action) {
		CurrentUser user = requirePurchaser();
		Contract contract = lockOwn(contractId, user);
		if (contract.signedOn() == null) {
			throw new InvalidInputException("status", "合同签订后才能公告和备案");
		}
		LocalDate on = date == null ? today() : date;
		if (on.isBefore(contract.signedOn()) || on.isAfter(today())) {
			throw new InvalidInputException(column, "日期应在签订日期与今天之间");
		}
		jdbc.sql("update contract.contract set " + column + " = :date where id = :id")
			.param("date", on)
			.param("id", contractId)
			.update();
		audit.record(action, "Contract", contractId, null, Map.of(column, on.toString()));
		return flagLateSteps(contractId);
	}

	/** Writes the late steps (GPL-46, GPLR-50, GPL-47) finance sees on the contract. */
	private Contract flagLateSteps(UUID contractId) {
		Contract contract = get(contractId);
		List<RuleViolation> late = new ContractDeadlines(calendar.calendar()).lateSteps(contract.awardedOn(),
				contract.signedOn(), contract.publishedOn(), contract.filedOn(), today());
		String text = late.isEmpty() ? null
				: String.join("；", late.stream().map(v -> v.rule() + " " + v.message()).toList());
		jdbc.sql("update contract.contract set late_steps = :late where id = :id")
			.param("late", text == null || text.length() <= 1000 ? text : text.substring(0, 999))
			.param("id", contractId)
			.update();
		return get(contractId);
	}

	private Contract get(UUID contractId) {
		return jdbc.sql("""
				select c.*, coalesce((select sum(amount) from contract.payment p where p.contract_id = c.id), 0) as paid
				from contract.contract c where c.id = :id""")
			.param("id", contractId)
			.query((rs, n) -> new Contract(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
					rs.getObject("plan_line_id", UUID.class), rs.getObject("unit_id", UUID.class),
					rs.getString("unit_name"), rs.getString("provider_name"), rs.getString("title"),
					Money.of(rs.getBigDecimal("amount")), rs.getObject("starts_on", LocalDate.class),
					rs.getObject("ends_on", LocalDate.class), rs.getString("status"),
					rs.getObject("awarded_on", LocalDate.class), rs.getObject("signed_on", LocalDate.class),
					rs.getObject("published_on", LocalDate.class), rs.getObject("filed_on", LocalDate.class),
					rs.getString("late_steps"), Money.of(rs.getBigDecimal("paid"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("合同不存在"));
	}

	private Money reservedFor(Contract contract) {
		return awards.award(contract.projectId()).map(ProcurementAwards.Award::reserved).orElse(contract.amount());
	}

	private Payment payment(UUID contractId, String key) {
		return jdbc.sql("select * from contract.payment where contract_id = :id and idempotency_key = :key")
			.param("id", contractId)
			.param("key", key)
			.query((rs, n) -> new Payment(rs.getObject("id", UUID.class), Money.of(rs.getBigDecimal("amount")),
					rs.getString("purpose"), rs.getString("idempotency_key"),
					rs.getObject("paid_at", OffsetDateTime.class)))
			.optional()
			.orElse(null);
	}

	private Contract lockOwn(UUID contractId, CurrentUser user) {
		jdbc.sql("select id from contract.contract where id = :id for update")
			.param("id", contractId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("合同不存在"));
		Contract contract = get(contractId);
		if (!contract.unitId().equals(user.organizationId())) {
			throw new NotFoundException("合同不存在");
		}
		return contract;
	}

	private static RegionCode regionOf(ProcurementAwards.Award award) {
		return award.region();
	}

	private static CurrentUser requirePurchaser() {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			throw new AccessDeniedException("只有购买主体可以办理合同");
		}
		return user;
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(CHINA));
	}

}
