package org.govbuy.contract.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.govbuy.contract.application.ContractDrafting;
import org.govbuy.contract.domain.ContractMoneyPolicy.DepositForm;
import org.govbuy.contract.domain.ContractTemplates.Template;
import org.govbuy.contract.domain.MandatoryClauses.Clause;
import org.govbuy.contract.domain.TermPolicy;
import org.govbuy.procurement.ProcurementAwards;
import org.govbuy.shared.Money;

/**
 * The drafting form; it may hold invalid input. A bean rather than a record so that a
 * value that does not convert (a date, an amount) leaves the rest of the form intact for
 * the page to show again. The clauses keep their form names ({@code SCOPE},
 * {@code QUANTITY}…).
 */
final class ContractForm {

	private UUID projectId;

	@Size(max = 200, message = "合同名称不超过200个字")
	private String title;

	private Template template;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@Positive(message = "付款期限应为正整数天数")
	private Integer paymentDays;

	@DecimalMin(value = "0", message = "履约保证金不能为负数")
	private BigDecimal depositAmount;

	private DepositForm depositForm;

	private boolean publicService;

	private boolean providerSme;

	private Set<TermPolicy.MultiYearCondition> conditions = EnumSet.noneOf(TermPolicy.MultiYearCondition.class);

	private Set<Clause> secretClauses = EnumSet.noneOf(Clause.class);

	private final Map<Clause, String> clauses = new EnumMap<>(Clause.class);

	/** The form for an award as it opens: the model contract's clauses filled in. */
	static ContractForm opening(ProcurementAwards.Award award, Template template, Map<Clause, String> clauses) {
		ContractForm form = clausesOnly(clauses);
		LocalDate start = award.awardedOn().plusDays(15);
		form.projectId = award.projectId();
		form.title = award.projectName() + "合同";
		form.template = template;
		form.startsOn = start;
		form.endsOn = start.plusYears(1).minusDays(1);
		form.paymentDays = 30;
		form.publicService = true;
		return form;
	}

	/** Only the clauses, for the fragment that swaps them when the model changes. */
	static ContractForm clausesOnly(Map<Clause, String> clauses) {
		ContractForm form = new ContractForm();
		ContractPages.editableClauses().forEach(clause -> form.clauses.put(clause, clauses.get(clause)));
		return form;
	}

	/** The text the purchaser wrote for a clause. */
	public String clause(Clause clause) {
		return clauses.get(clause);
	}

	/** Whether a multi-year condition is ticked. */
	public boolean chosen(TermPolicy.MultiYearCondition condition) {
		return conditions != null && conditions.contains(condition);
	}

	ContractDrafting.Draft draft() {
		return new ContractDrafting.Draft(projectId, title, template, startsOn, endsOn,
				conditions == null ? EnumSet.noneOf(TermPolicy.MultiYearCondition.class) : conditions,
				new EnumMap<>(clauses), publicService, providerSme, paymentDays == null ? 30 : paymentDays,
				depositAmount == null ? null : Money.of(depositAmount), depositForm,
				secretClauses == null ? EnumSet.noneOf(Clause.class) : secretClauses);
	}

	public UUID getProjectId() {
		return projectId;
	}

	public void setProjectId(UUID projectId) {
		this.projectId = projectId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Template getTemplate() {
		return template;
	}

	public void setTemplate(Template template) {
		this.template = template;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Integer getPaymentDays() {
		return paymentDays;
	}

	public void setPaymentDays(Integer paymentDays) {
		this.paymentDays = paymentDays;
	}

	public BigDecimal getDepositAmount() {
		return depositAmount;
	}

	public void setDepositAmount(BigDecimal depositAmount) {
		this.depositAmount = depositAmount;
	}

	public DepositForm getDepositForm() {
		return depositForm;
	}

	public void setDepositForm(DepositForm depositForm) {
		this.depositForm = depositForm;
	}

	public boolean isPublicService() {
		return publicService;
	}

	public void setPublicService(boolean publicService) {
		this.publicService = publicService;
	}

	public boolean isProviderSme() {
		return providerSme;
	}

	public void setProviderSme(boolean providerSme) {
		this.providerSme = providerSme;
	}

	public Set<TermPolicy.MultiYearCondition> getConditions() {
		return conditions;
	}

	public void setConditions(Set<TermPolicy.MultiYearCondition> conditions) {
		this.conditions = conditions;
	}

	public Set<Clause> getSecretClauses() {
		return secretClauses;
	}

	public void setSecretClauses(Set<Clause> secretClauses) {
		this.secretClauses = secretClauses;
	}

	public void setSCOPE(String text) {
		clauses.put(Clause.SCOPE, text);
	}

	public void setQUANTITY(String text) {
		clauses.put(Clause.QUANTITY, text);
	}

	public void setQUALITY(String text) {
		clauses.put(Clause.QUALITY, text);
	}

	public void setPAYMENT(String text) {
		clauses.put(Clause.PAYMENT, text);
	}

	public void setRIGHTS_AND_OBLIGATIONS(String text) {
		clauses.put(Clause.RIGHTS_AND_OBLIGATIONS, text);
	}

	public void setLIABILITY(String text) {
		clauses.put(Clause.LIABILITY, text);
	}

	public void setDISPUTES(String text) {
		clauses.put(Clause.DISPUTES, text);
	}

}
