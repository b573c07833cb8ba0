package org.govbuy.contract.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.govbuy.contract.domain.ContractLifecycle;
import org.govbuy.contract.domain.ContractMoneyPolicy.DepositForm;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes contracts: a new draft with its number, and a contract's state after a step of
 * its {@link ContractLifecycle}.
 */
@Component
class ContractRows {

	private final JdbcClient jdbc;

	private final Clock clock;

	ContractRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A contract to write as a draft: from an award, or the renewal of a contract. */
	record NewContract(UUID renewalOf, UUID projectId, UUID lineId, UUID unitId, String unitName, RegionCode region,
			UUID providerId, String providerName, boolean sme, String title, Template template, Money amount,
			LocalDate starts, LocalDate ends, Set<TermPolicy.MultiYearCondition> conditions,
			Map<Clause, String> clauses, Set<Clause> secret, boolean publicService, Money deposit, DepositForm form,
			int paymentDays, LocalDate awardedOn, boolean technicallyComplex, String screeningWarnings) {
	}

	/** Writes the draft under a new number (HT + region + year + sequence). */
	UUID insertDraft(NewContract draft, String createdBy) {
		UUID id = UUID.randomUUID();
		long sequence = jdbc.sql("select nextval('contract.contract_number')").query(Long.class).single();
		String number = "HT" + draft.region().value() + draft.starts().getYear() + String.format("%05d", sequence);
		jdbc.sql(
				"""
						insert into contract.contract (id, number, project_id, renewal_of, plan_line_id, unit_id, unit_name,
						  region_code, provider_id, provider_name, provider_sme, title, template, public_service, amount,
						  starts_on, ends_on, conditions, scope, quantity, quality, payment_terms, rights, liability, disputes,
						  secret_clauses, deposit_amount, deposit_form, payment_days, awarded_on, status, created_by, created_at,
						  technically_complex, screening_warnings)
						values (:id, :number, :project, :renewalOf, :line, :unit, :unitName, :region, :provider, :providerName,
						  :sme, :title, :template, :publicService, :amount, :starts, :ends, :conditions, :scope, :quantity,
						  :quality, :payment, :rights, :liability, :disputes, :secret, :deposit, :depositForm, :paymentDays,
						  :awarded, :status, :by, :now, :complex, :warnings)""")
			.param("id", id)
			.param("number", number)
			.param("project", draft.projectId())
			.param("renewalOf", draft.renewalOf())
			.param("line", draft.lineId())
			.param("unit", draft.unitId())
			.param("unitName", draft.unitName())
			.param("region", draft.region().value())
			.param("provider", draft.providerId())
			.param("providerName", draft.providerName())
			.param("sme", draft.sme())
			.param("title", draft.title().strip())
			.param("template", draft.template() == null ? null : draft.template().name())
			.param("publicService", draft.publicService())
			.param("amount", draft.amount().amount())
			.param("starts", draft.starts())
			.param("ends", draft.ends())
			.param("conditions", names(draft.conditions()))
			.param("scope", draft.clauses().get(Clause.SCOPE))
			.param("quantity", draft.clauses().get(Clause.QUANTITY))
			.param("quality", draft.clauses().get(Clause.QUALITY))
			.param("payment", draft.clauses().get(Clause.PAYMENT))
			.param("rights", draft.clauses().get(Clause.RIGHTS_AND_OBLIGATIONS))
			.param("liability", draft.clauses().get(Clause.LIABILITY))
			.param("disputes", draft.clauses().get(Clause.DISPUTES))
			.param("secret", names(draft.secret()))
			.param("deposit", draft.deposit() == null ? null : draft.deposit().amount())
			.param("depositForm", draft.deposit() == null || draft.form() == null ? null : draft.form().name())
			.param("paymentDays", draft.paymentDays())
			.param("awarded", draft.awardedOn())
			.param("status", ContractStatus.DRAFT.name())
			.param("by", createdBy)
			.param("now", OffsetDateTime.now(clock))
			.param("complex", draft.technicallyComplex())
			.param("warnings", draft.screeningWarnings())
			.update();
		return id;
	}

	/** Writes the state a signature left. */
	void signed(UUID contractId, ContractLifecycle lifecycle) {
		jdbc.sql("update contract.contract set status = :status, signed_on = :date where id = :id")
			.param("status", lifecycle.status().name())
			.param("date", lifecycle.signedOn())
			.param("id", contractId)
			.update();
	}

	/**
	 * Writes the state a termination left.
	 * @param ground the lawful ground, {@code UNSIGNED} for a draft
	 */
	void terminated(UUID contractId, ContractLifecycle lifecycle, LocalDate on, String reason, String ground,
			Money released) {
		jdbc.sql("""
				update contract.contract set status = :status, terminated_on = :date, termination_reason = :reason,
				  termination_ground = :ground, released = :released where id = :id""")
			.param("status", lifecycle.status().name())
			.param("date", on)
			.param("reason", reason)
			.param("ground", ground)
			.param("released", released.amount())
			.param("id", contractId)
			.update();
	}

	/** Whether the contract was marked as technically complex by its procurement. */
	boolean technicallyComplex(UUID contractId) {
		return Boolean.TRUE.equals(jdbc.sql("select technically_complex from contract.contract where id = :id")
			.param("id", contractId)
			.query(Boolean.class)
			.optional()
			.orElse(false));
	}

	private static String names(Set<? extends Enum<?>> values) {
		return values == null || values.isEmpty() ? null : String.join(",", values.stream().map(Enum::name).toList());
	}

}
