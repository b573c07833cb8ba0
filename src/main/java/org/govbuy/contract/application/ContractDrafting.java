package org.govbuy.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govbuy.budget.BudgetLines;
import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.contract.domain.ContractMoneyPolicy;
import org.govbuy.contract.domain.ContractMoneyPolicy.DepositForm;
import org.govbuy.contract.domain.ContractTemplates;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.contract.domain.SmePaymentTerms;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.platform.AuditTrail;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.InvalidInputException;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.procurement.ProcurementAwards;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting a contract from an award: a model contract per service type with its clauses
 * filled in, the mandatory clauses (MOF102-23), a lawful term within the medium-term
 * fiscal plan (MOF102-24, FS87-3), a lawful deposit (GPLR-48), an SME's payment term
 * (SME-9) and the negative list screened again (102 §10).
 */
@Service
public class ContractDrafting {

	private final JdbcClient jdbc;

	private final ContractRows rows;

	private final Contracts contracts;

	private final ProcurementAwards awards;

	private final BudgetLines lines;

	private final NegativeListCheck negativeList;

	private final RegionalParameters parameters;

	private final AuditTrail audit;

	private final Clock clock;

	ContractDrafting(JdbcClient jdbc, ContractRows rows, Contracts contracts, ProcurementAwards awards,
			BudgetLines lines, NegativeListCheck negativeList, RegionalParameters parameters, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.contracts = contracts;
		this.awards = awards;
		this.lines = lines;
		this.negativeList = negativeList;
		this.parameters = parameters;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * What the purchasing unit drafts.
	 *
	 * @param projectId the awarded procurement
	 * @param title the contract's title
	 * @param template the model contract it starts from (clauses left empty are taken
	 * from it)
	 * @param startsOn first day of performance
	 * @param endsOn last day of performance
	 * @param conditions the multi-year conditions recorded (102 §24)
	 * @param clauses the mandatory clauses' texts
	 * @param publicService whether the service is delivered to the public (recipients
	 * take part in acceptance)
	 * @param providerSme whether the provider declared itself a small or medium
	 * enterprise
	 * @param paymentDays days from acceptance to payment
	 * @param depositAmount the performance deposit, or null
	 * @param depositForm its form
	 * @param secretClauses clauses withheld from the published version
	 */
	public record Draft(UUID projectId, String title, Template template, LocalDate startsOn, LocalDate endsOn,
			Set<TermPolicy.MultiYearCondition> conditions, Map<Clause, String> clauses, Boolean publicService,
			Boolean providerSme, Integer paymentDays, Money depositAmount, DepositForm depositForm,
			Set<Clause> secretClauses) {
	}

	/** Prefilled clauses of a model contract for an award, for the drafting form. */
	public Map<Clause, String> templateClauses(UUID projectId, Template template, int paymentDays) {
		CurrentUser user = Contracts.requirePurchaser();
		ProcurementAwards.Award award = ownAward(projectId, user);
		Template chosen = template == null ? new ContractTemplates().suggest(whatIsBought(award)) : template;
		return new ContractTemplates().fill(chosen, placeholders(award, user, paymentDays));
	}

	/** The model contract suggested for an award. */
	public Template suggestedTemplate(UUID projectId) {
		return new ContractTemplates().suggest(whatIsBought(ownAward(projectId, Contracts.requirePurchaser())));
	}

	/** One of the unit's awards, for the drafting form. */
	public ProcurementAwards.Award award(UUID projectId) {
		return ownAward(projectId, Contracts.requirePurchaser());
	}

	/**
	 * Drafts the contract of an award: its amount is the awarded price (no substantive
	 * change), the mandatory clauses are all there (MOF102-23), the term is lawful and
	 * within the medium-term fiscal plan (MOF102-24, FS87-3), the deposit is lawful
	 * (GPLR-48) and an SME's payment term is at most 60 days (SME-9); a challenge that
	 * waits for its answer holds the contract (条例 第五十四条).
	 */
	@Transactional
	public Contracts.Contract draft(Draft draft) {
		CurrentUser user = Contracts.requirePurchaser();
		ProcurementAwards.Award award = ownAward(draft.projectId(), user);
		if (award.challengePending()) {
			throw new InvalidInputException("projectId", "对成交结果的质疑尚未答复，可能影响采购结果，暂不签订合同（《政府采购法实施条例》第五十四条）");
		}
		if (jdbc.sql("select count(*) from contract.contract where project_id = :p and renewal_of is null")
			.param("p", award.projectId())
			.query(Long.class)
			.single() > 0) {
			throw new InvalidInputException("projectId", "该采购项目已起草合同");
		}
		requireTerm(draft.title(), draft.startsOn(), draft.endsOn());
		int paymentDays = draft.paymentDays() == null ? defaultPaymentDays(award.region()) : draft.paymentDays();
		Template template = draft.template() == null ? Template.GENERAL : draft.template();
		Map<Clause, String> clauses = clauses(draft, award, user, paymentDays);
		// G1: what the contract buys passes the negative-list screening again (102 §10).
		NegativeListDecision screening = negativeList.check(PurchaseDescription.of(draft.title(),
				clauses.get(Clause.SCOPE) + " " + clauses.get(Clause.QUANTITY) + " " + clauses.get(Clause.QUALITY)));
		List<RuleViolation> violations = new ArrayList<>(screening.refused() ? screening.violations() : List.of());
		violations.addAll(new MandatoryClauses().check(clauses));
		violations.addAll(new TermPolicy().check(draft.startsOn(), draft.endsOn(),
				draft.conditions() == null ? EnumSet.noneOf(TermPolicy.MultiYearCondition.class) : draft.conditions(),
				planEnd(award.region(), award.awardedOn().getYear())));
		violations.addAll(moneyViolations(award.region(), award.price(), draft.depositAmount(), draft.depositForm(),
				Boolean.TRUE.equals(draft.providerSme()), paymentDays));
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		UUID id = rows.insertDraft(
				new ContractRows.NewContract(null, award.projectId(), award.planLineId(), award.unitId(),
						user.organizationName(), award.region(), award.providerId(), award.providerName(),
						Boolean.TRUE.equals(draft.providerSme()), draft.title(), template, award.price(),
						draft.startsOn(), draft.endsOn(), draft.conditions(), clauses, draft.secretClauses(),
						!Boolean.FALSE.equals(draft.publicService()), draft.depositAmount(), draft.depositForm(),
						paymentDays, award.awardedOn(), award.technicallyComplex(), screeningWarnings(screening)),
				user.username());
		audit.record("contract.draft", "Contract", id, null, Map.of("project", award.projectId().toString(), "amount",
				award.price().toString(), "template", template.name()));
		return contracts.get(id);
	}

	/** The last day of the medium-term fiscal plan that starts in {@code fromYear}. */
	LocalDate planEnd(RegionCode region, int fromYear) {
		int planYears = parameters.days(region, PolicyParameter.MEDIUM_TERM_PLAN_YEARS, today());
		return LocalDate.of(fromYear + planYears - 1, 12, 31);
	}

	/**
	 * The clauses of the draft: the model contract's (when one was chosen), overwritten
	 * by what the purchaser wrote; price and term from the award and the dates.
	 */
	private Map<Clause, String> clauses(Draft draft, ProcurementAwards.Award award, CurrentUser user, int paymentDays) {
		Map<Clause, String> clauses = new EnumMap<>(Clause.class);
		if (draft.template() != null) {
			clauses.putAll(new ContractTemplates().fill(draft.template(), placeholders(award, user, paymentDays)));
		}
		if (draft.clauses() != null) {
			draft.clauses().forEach((clause, text) -> {
				if (text != null && !text.isBlank()) {
					clauses.put(clause, text.strip());
				}
			});
		}
		clauses.put(Clause.PRICE, award.price().format() + "（" + award.price().toChineseUppercase() + "）");
		clauses.put(Clause.TERM, Contracts.term(draft.startsOn(), draft.endsOn()));
		return clauses;
	}

	/** The negative list's keyword warnings, for the reviewer to check. */
	private static String screeningWarnings(NegativeListDecision screening) {
		String warnings = String.join("；",
				screening.warnings()
					.stream()
					.map(warning -> "「" + warning.keyword() + "」→ " + warning.entry() + "（" + warning.rule() + "）")
					.distinct()
					.toList());
		return warnings.isBlank() ? null : warnings.length() > 2000 ? warnings.substring(0, 2000) : warnings;
	}

	private List<RuleViolation> moneyViolations(RegionCode region, Money amount, Money deposit, DepositForm form,
			boolean sme, int paymentDays) {
		List<RuleViolation> violations = new ArrayList<>();
		if (deposit != null && deposit.isPositive()) {
			if (form == null) {
				throw new InvalidInputException("depositForm", "请选择履约保证金的提交形式");
			}
			violations.addAll(new ContractMoneyPolicy().checkPerformanceDeposit(deposit, amount,
					parameters.rate(region, PolicyParameter.PERFORMANCE_DEPOSIT_MAX_RATE, today()), form.cash()));
		}
		if (paymentDays < 1) {
			throw new InvalidInputException("paymentDays", "付款期限应为正整数天数");
		}
		if (sme) {
			new SmePaymentTerms().checkAgreedTerm(paymentDays).ifPresent(violations::add);
		}
		return violations;
	}

	private static void requireTerm(String title, LocalDate starts, LocalDate ends) {
		if (title == null || title.isBlank()) {
			throw new InvalidInputException("title", "请填写合同名称");
		}
		if (title.strip().length() > 200) {
			throw new InvalidInputException("title", "合同名称不超过200个字");
		}
		if (starts == null || ends == null) {
			throw new InvalidInputException("term", "请填写服务期限的起止日期");
		}
		if (ends.isBefore(starts)) {
			throw new InvalidInputException("endsOn", "终止日期不能早于起始日期");
		}
	}

	private Map<String, String> placeholders(ProcurementAwards.Award award, CurrentUser user, int paymentDays) {
		Map<String, String> values = new HashMap<>();
		values.put("甲方", user.organizationName());
		values.put("乙方", award.providerName());
		values.put("项目名称", award.projectName());
		values.put("合同金额", award.price().format() + "（" + award.price().toChineseUppercase() + "）");
		values.put("付款期限", String.valueOf(paymentDays));
		values.put("服务内容", award.projectName());
		values.put("服务标准", "本合同附件《服务标准》");
		lines.approved(award.planLineId()).ifPresent(line -> {
			if (line.serviceContent() != null && !line.serviceContent().isBlank()) {
				values.put("服务内容", line.serviceContent());
			}
			if (line.serviceStandard() != null && !line.serviceStandard().isBlank()) {
				values.put("服务标准", line.serviceStandard());
			}
		});
		return values;
	}

	private String whatIsBought(ProcurementAwards.Award award) {
		return award.projectName() + " "
				+ lines.approved(award.planLineId()).map(BudgetLines.ApprovedLine::serviceContent).orElse("");
	}

	private int defaultPaymentDays(RegionCode region) {
		return parameters.days(region, PolicyParameter.PAYMENT_TERM_DAYS, today());
	}

	private ProcurementAwards.Award ownAward(UUID projectId, CurrentUser user) {
		if (projectId == null) {
			throw new InvalidInputException("projectId", "请选择已成交的采购项目");
		}
		return awards.award(projectId)
			.filter(found -> found.unitId().equals(user.organizationId()))
			.orElseThrow(() -> new InvalidInputException("projectId", "该采购项目不存在、尚未成交或不属于本单位"));
	}

	private LocalDate today() {
		return Contracts.today(clock);
	}

}
