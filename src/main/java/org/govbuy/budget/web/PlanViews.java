package org.govbuy.budget.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.domain.ExAnteAssessment;
import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineStatus;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;
import org.govbuy.budget.domain.PlanStatus;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

/** Plans and lines as the JSON API answers them. */
final class PlanViews {

	private PlanViews() {
	}

	record PlanView(UUID id, UUID unitId, String unitName, RegionCode region, int fiscalYear, PlanStatus status,
			String statusLabel, Money total, Money approvedTotal, List<LineView> lines) {

		static PlanView of(Plan plan) {
			return new PlanView(plan.id(), plan.unitId(), plan.unitName(), plan.region(), plan.fiscalYear().value(),
					plan.status(), plan.status().label(), plan.total(), plan.approvedTotal(),
					plan.lines().stream().map(LineView::of).toList());
		}

	}

	record LineView(UUID id, int seq, String projectName, String budgetProject, String catalogCode, String catalogName,
			Integer catalogVersion, String serviceContent, String serviceStandard, String quantity, Money amount,
			Map<Integer, Money> laterYears, Money totalAmount, FundingSource fundingSource, String fundingSourceLabel,
			boolean newProject, boolean procurementLaw, boolean centralized, Money procurementBudget,
			List<PerformanceTarget> targets, ExAnteAssessment assessment, Money replacedExpenditure,
			String replacedDescription, java.util.Set<String> declared, LineStatus status, String statusLabel,
			String keywordWarnings, String splitFlag, String affordabilityFlag, String flagDecision,
			String reviewComment, Money approvedAmount) {

		static LineView of(PlanLine line) {
			var d = line.draft();
			var c = line.classification();
			return new LineView(line.id(), line.seq(), d.projectName(), d.budgetProject(), d.catalogCode(),
					c.catalogName(), c.catalogVersionNumber(), d.serviceContent(), d.serviceStandard(), d.quantity(),
					d.amount(), d.laterYears(), d.totalAmount(), d.fundingSource(), d.fundingSource().label(),
					d.newProject(), c.procurementLaw(), c.centralized(), line.procurementBudget(), d.targets(),
					d.assessment(), d.replacedExpenditure(), d.replacedDescription(), d.declared(), line.status(),
					line.status().label(), c.keywordWarnings(), line.flags().split(), line.flags().affordability(),
					line.flags().decision(), line.review() == null ? null : line.review().comment(),
					line.approvedAmount());
		}

	}

	record HistoryEntry(String action, UUID lineId, String summary, String comment, String actor, String actorName,
			LocalDate date, String at) {
	}

}
