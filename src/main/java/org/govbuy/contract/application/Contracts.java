package org.govbuy.contract.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govbuy.contract.ContractPerformance;
import org.govbuy.contract.document.ContractPdf;
import org.govbuy.contract.domain.ContractLifecycle;
import org.govbuy.contract.domain.ContractMoneyPolicy.DepositForm;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.NotFoundException;
import org.govbuy.platform.Role;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Contracts as their parties, finance and the public read them: one contract with its
 * supplements and payments, the contracts a user may see, the published ones. Drafting
 * ({@link ContractDrafting}), signing and publication ({@link ContractSigning}), renewal
 * ({@link ContractRenewals}) and termination ({@link ContractTermination}) change them.
 */
@Service
public class Contracts {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	private final ContractAccess access;

	private final ContractPerformance performance;

	Contracts(JdbcClient jdbc, ContractAccess access, ContractPerformance performance) {
		this.performance = performance;
		this.jdbc = jdbc;
		this.access = access;
	}

	/**
	 * A contract as the pages and the API show it: {@code amount} is the signed amount,
	 * {@code supplements} the supplementary agreements in force, {@code committed} what
	 * open and paid payment requests hold.
	 */
	public record Contract(UUID id, String number, UUID projectId, UUID renewalOf, UUID planLineId, UUID unitId,
			String unitName, RegionCode region, UUID providerId, String providerName, boolean providerSme, String title,
			Template template, Money amount, Money supplements, LocalDate startsOn, LocalDate endsOn, String conditions,
			Map<Clause, String> clauses, Set<Clause> secretClauses, boolean publicService, Money depositAmount,
			DepositForm depositForm, int paymentDays, ContractStatus status, LocalDate awardedOn, LocalDate signedOn,
			LocalDate publishedOn, LocalDate filedOn, String lateSteps, LocalDate terminatedOn,
			String terminationReason, String terminationGround, String screeningWarnings, Money released,
			Money committed, Money paid) {

		/** The signed amount with the supplementary agreements in force. */
		public Money total() {
			return amount.plus(supplements);
		}

		/** What payment requests may still ask for. */
		public Money uncommitted() {
			return total().minus(committed);
		}

		public String statusLabel() {
			return status.label();
		}

		/** Whether the contract waits for its signature. */
		public boolean awaitsSignature() {
			return status == ContractStatus.DRAFT;
		}

		/** Whether the contract is being performed (signed, not ended). */
		public boolean inPerformance() {
			return status == ContractStatus.SIGNED;
		}

		/** Whether the contract has ended early. */
		public boolean ended() {
			return status == ContractStatus.TERMINATED;
		}

		public boolean renewal() {
			return renewalOf != null;
		}

		/** The contract's state and the steps it may take next. */
		public ContractLifecycle lifecycle() {
			return new ContractLifecycle(
					new ContractLifecycle.Parties(id, number, unitId, region, providerId, amount, startsOn, endsOn,
							title, unitName, providerName, providerSme, paymentDays),
					status, renewal(), awardedOn, signedOn, supplements);
		}

	}

	/** Whether the user signs for the contract's provider (承接主体). */
	public boolean isProvider(CurrentUser user, Contract contract) {
		return access.isProvider(contract.providerId(), user);
	}

	/** Whether the user is a purchaser of the contract's unit. */
	public static boolean isPurchaser(CurrentUser user, Contract contract) {
		return ContractAccess.isPurchaser(contract.unitId(), user);
	}

	/**
	 * A contract the current user may see: its unit, its provider, or its region's
	 * finance and supervision.
	 */
	public Contract visible(UUID contractId) {
		Contract contract = get(contractId);
		if (!access.readableBy(contract.unitId(), contract.region(), contract.providerId(), CurrentUser.require())) {
			throw new NotFoundException("合同不存在");
		}
		return contract;
	}

	/** The contracts the current user may see, newest first. */
	public List<Contract> list() {
		CurrentUser user = CurrentUser.require();
		String where;
		Map<String, Object> params = new HashMap<>();
		if (user.hasRole(Role.PROVIDER)) {
			where = "provider_id = :provider";
			params.put("provider", access.providerOf(user).orElse(null));
		}
		else {
			where = "region_code like :pattern and (cast(:org as uuid) is null or unit_id = :org)";
			params.put("pattern", user.scope().regionPattern());
			params.put("org", user.scope().organizationFilter());
		}
		return jdbc.sql("select id from contract.contract where " + where + " order by created_at desc limit 500")
			.params(params)
			.query(UUID.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/** Signed contracts whose publication is recorded, for the public portal. */
	public List<Contract> published() {
		return jdbc
			.sql("select id from contract.contract where published_on is not null order by published_on desc limit 500")
			.query(UUID.class)
			.list()
			.stream()
			.map(this::get)
			.toList();
	}

	/**
	 * A published contract, for the portal; unknown or unpublished ones are not found.
	 */
	public Contract publishedContract(UUID contractId) {
		Contract contract = get(contractId);
		if (contract.publishedOn() == null) {
			throw new NotFoundException("合同不存在或尚未公告");
		}
		return contract;
	}

	Contract get(UUID contractId) {
		Money supplements = supplementsInForce(contractId);
		ContractPerformance.Settlement payments = performance.settlement(contractId);
		return jdbc.sql("select * from contract.contract c where c.id = :id")
			.param("id", contractId)
			.query((rs, n) -> map(rs, supplements, payments))
			.optional()
			.orElseThrow(() -> new NotFoundException("合同不存在"));
	}

	/** Locks the contract row (commands on one contract run one after another). */
	Contract lock(UUID contractId) {
		jdbc.sql("select id from contract.contract where id = :id for update")
			.param("id", contractId)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("合同不存在"));
		return get(contractId);
	}

	/** Locks a contract of the user's own unit; others' contracts are not found. */
	Contract lockOwn(UUID contractId, CurrentUser user) {
		Contract contract = lock(contractId);
		if (!contract.unitId().equals(user.organizationId())) {
			throw new NotFoundException("合同不存在");
		}
		return contract;
	}

	static CurrentUser requirePurchaser() {
		CurrentUser user = CurrentUser.require();
		if (!user.hasAnyRole(Role.PURCHASER_CLERK, Role.PURCHASER_HEAD)) {
			throw new AccessDeniedException("只有购买主体可以办理合同");
		}
		return user;
	}

	static LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(CHINA));
	}

	/** The term as the contract writes it: 2026年4月1日至2027年3月31日. */
	static String term(LocalDate start, LocalDate end) {
		return ContractPdf.chineseDate(start) + "至" + ContractPdf.chineseDate(end);
	}

	private Money supplementsInForce(UUID contractId) {
		return Money.of(jdbc.sql("""
				select coalesce(sum(amount), 0) from contract.amendment
				where contract_id = :id and kind = :kind and status = :status""")
			.param("id", contractId)
			.param("kind", org.govbuy.contract.AmendmentKind.SUPPLEMENT.name())
			.param("status", org.govbuy.contract.domain.AmendmentStatus.IN_FORCE.name())
			.query(java.math.BigDecimal.class)
			.single());
	}

	private static Contract map(ResultSet rs, Money supplements, ContractPerformance.Settlement payments)
			throws SQLException {
		Money amount = Money.of(rs.getBigDecimal("amount"));
		String template = rs.getString("template");
		String form = rs.getString("deposit_form");
		return new Contract(rs.getObject("id", UUID.class), rs.getString("number"),
				rs.getObject("project_id", UUID.class), rs.getObject("renewal_of", UUID.class),
				rs.getObject("plan_line_id", UUID.class), rs.getObject("unit_id", UUID.class),
				rs.getString("unit_name"), new RegionCode(rs.getString("region_code")),
				rs.getObject("provider_id", UUID.class), rs.getString("provider_name"), rs.getBoolean("provider_sme"),
				rs.getString("title"), template == null ? null : Template.valueOf(template), amount, supplements,
				rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
				rs.getString("conditions"), clauses(rs, amount), secretClauses(rs.getString("secret_clauses")),
				rs.getBoolean("public_service"), money(rs, "deposit_amount"),
				form == null ? null : DepositForm.valueOf(form), rs.getInt("payment_days"),
				ContractStatus.valueOf(rs.getString("status")), rs.getObject("awarded_on", LocalDate.class),
				rs.getObject("signed_on", LocalDate.class), rs.getObject("published_on", LocalDate.class),
				rs.getObject("filed_on", LocalDate.class), rs.getString("late_steps"),
				rs.getObject("terminated_on", LocalDate.class), rs.getString("termination_reason"),
				rs.getString("termination_ground"), rs.getString("screening_warnings"), money(rs, "released"),
				payments.committed(), payments.paid());
	}

	private static Map<Clause, String> clauses(ResultSet rs, Money amount) throws SQLException {
		Map<Clause, String> clauses = new LinkedHashMap<>();
		clauses.put(Clause.SCOPE, rs.getString("scope"));
		clauses.put(Clause.TERM,
				term(rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)));
		clauses.put(Clause.QUANTITY, rs.getString("quantity"));
		clauses.put(Clause.QUALITY, rs.getString("quality"));
		clauses.put(Clause.PRICE, amount.format() + "（" + amount.toChineseUppercase() + "）");
		clauses.put(Clause.PAYMENT, rs.getString("payment_terms"));
		clauses.put(Clause.RIGHTS_AND_OBLIGATIONS, rs.getString("rights"));
		clauses.put(Clause.LIABILITY, rs.getString("liability"));
		clauses.put(Clause.DISPUTES, rs.getString("disputes"));
		return clauses;
	}

	private static Set<Clause> secretClauses(String secret) {
		Set<Clause> secretClauses = EnumSet.noneOf(Clause.class);
		if (secret != null && !secret.isBlank()) {
			Arrays.stream(secret.split(",")).map(Clause::valueOf).forEach(secretClauses::add);
		}
		return secretClauses;
	}

	private static Money money(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column) == null ? null : Money.of(rs.getBigDecimal(column));
	}

}
