package org.govbuy.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.govbuy.budget.BudgetLines;
import org.govbuy.contract.ContractEvaluations;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renewing a contract with its provider (LCC2022-14-34): once, for at most 2 years, after
 * an initial term of at most a year graded 优秀, with an approved budget line that can pay
 * for it. The grade is read from the contract's latest final performance evaluation
 * ({@link ContractEvaluations}), never typed. The renewal is a new draft signed like any
 * contract.
 */
@Service
public class ContractRenewals {

	private final JdbcClient jdbc;

	private final Contracts contracts;

	private final ContractRows rows;

	private final ContractDrafting drafting;

	private final BudgetLines lines;

	private final AuditTrail audit;

	private final Clock clock;

	private final ObjectProvider<ContractEvaluations> evaluations;

	ContractRenewals(JdbcClient jdbc, Contracts contracts, ContractRows rows, ContractDrafting drafting,
			BudgetLines lines, AuditTrail audit, Clock clock, ObjectProvider<ContractEvaluations> evaluations) {
		this.evaluations = evaluations;
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.rows = rows;
		this.drafting = drafting;
		this.lines = lines;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A renewal with the original provider (seed 004).
	 *
	 * @param planLineId the approved budget line that pays for it
	 * @param amount its amount
	 * @param startsOn first day (the day after the original ends)
	 * @param endsOn last day
	 */
	public record Renewal(UUID planLineId, Money amount, LocalDate startsOn, LocalDate endsOn) {
	}

	/**
	 * The original contract's latest final performance evaluation, which the renewal
	 * reads; empty while none is final (or where the evaluation module is not running).
	 */
	public Optional<ContractEvaluations.FinalGrade> grade(UUID contractId) {
		ContractEvaluations source = evaluations.getIfAvailable();
		return source == null ? Optional.empty() : source.latestFinal(contractId);
	}

	/** Drafts the renewal of a signed contract, if the rules allow one. */
	@Transactional
	public Contracts.Contract renew(UUID contractId, Renewal renewal) {
		CurrentUser user = Contracts.requirePurchaser();
		Contracts.Contract original = contracts.lockOwn(contractId, user);
		original.lifecycle().requireRenewable();
		requireComplete(renewal, original);
		boolean renewedBefore = jdbc.sql("select count(*) from contract.contract where renewal_of = :id")
			.param("id", contractId)
			.query(Long.class)
			.single() > 0;
		BudgetLines.ApprovedLine line = renewal.planLineId() == null ? null
				: lines.approved(renewal.planLineId())
					.filter(found -> found.unitId().equals(user.organizationId()))
					.orElse(null);
		boolean budgetSecured = line != null && line.funds().available().isAtLeast(renewal.amount());
		Optional<ContractEvaluations.FinalGrade> grade = grade(contractId);
		List<RuleViolation> violations = new ArrayList<>(new TermPolicy().checkRenewal(original.startsOn(),
				original.endsOn(), grade.map(ContractEvaluations.FinalGrade::grade).orElse(null), renewedBefore,
				budgetSecured, renewal.endsOn()));
		violations.addAll(new TermPolicy().check(renewal.startsOn(), renewal.endsOn(),
				EnumSet.allOf(TermPolicy.MultiYearCondition.class),
				drafting.planEnd(original.region(), Contracts.today(clock).getYear())));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Map<Clause, String> clauses = new EnumMap<>(original.clauses());
		clauses.put(Clause.PRICE, renewal.amount().format() + "（" + renewal.amount().toChineseUppercase() + "）");
		clauses.put(Clause.TERM, Contracts.term(renewal.startsOn(), renewal.endsOn()));
		UUID id = rows.insertDraft(new ContractRows.NewContract(contractId, original.projectId(), line.lineId(),
				original.unitId(), original.unitName(), original.region(), original.providerId(),
				original.providerName(), original.providerSme(), original.title() + "（续签）", original.template(),
				renewal.amount(), renewal.startsOn(), renewal.endsOn(),
				EnumSet.allOf(TermPolicy.MultiYearCondition.class), clauses, original.secretClauses(),
				original.publicService(), original.depositAmount(), original.depositForm(), original.paymentDays(),
				Contracts.today(clock), rows.technicallyComplex(contractId), null), user.username());
		audit.record("contract.renew", "Contract", id, null,
				Map.of("original", contractId.toString(), "grade", grade.get().grade().name(), "evaluation",
						grade.get().evaluationId().toString(), "reference", grade.get().reference()));
		return contracts.get(id);
	}

	private static void requireComplete(Renewal renewal, Contracts.Contract original) {
		if (renewal.startsOn() == null || renewal.endsOn() == null || renewal.amount() == null
				|| !renewal.amount().isPositive()) {
			throw new InvalidInputException("renewal", "请填写续签期限和金额");
		}
		if (renewal.endsOn().isBefore(renewal.startsOn())) {
			throw new InvalidInputException("endsOn", "终止日期不能早于起始日期");
		}
		if (!renewal.startsOn().isAfter(original.endsOn())) {
			throw new InvalidInputException("startsOn", "续签期限应从原合同期满后开始");
		}
	}

}
