package org.govbuy.budget.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.govbuy.budget.PastPerformance;
import org.govbuy.budget.domain.Plan;
import org.govbuy.budget.domain.PlanLine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What finance's review of a plan shows of past performance evaluations (102令 第二十一条:
 * results inform next year's budgets): beside each line the final grades of the unit's
 * contracts under the same catalog item, and a flag when the unit had services graded 差
 * in the last two years. Shows nothing where the evaluation module is not running.
 */
@Component
class PlanPastPerformance {

	/** How far back a 差 flags the unit. */
	static final int POOR_YEARS = 2;

	private final ObjectProvider<PastPerformance> results;

	private final Clock clock;

	PlanPastPerformance(ObjectProvider<PastPerformance> results, Clock clock) {
		this.results = results;
		this.clock = clock;
	}

	/** Adds {@code pastGrades} (by line id) and {@code poorGrades} to the model. */
	void addTo(Model model, Plan plan) {
		PastPerformance past = results.getIfAvailable();
		Map<UUID, List<PastPerformance.PastGrade>> byLine = new HashMap<>();
		List<PastPerformance.PastGrade> poor = List.of();
		if (past != null) {
			for (PlanLine line : plan.lines()) {
				List<PastPerformance.PastGrade> grades = past.ofUnitAndItem(plan.unitId(), line.draft().catalogCode());
				if (!grades.isEmpty()) {
					byLine.put(line.id(), grades);
				}
			}
			poor = past.poorSince(plan.unitId(), LocalDate.now(clock).minusYears(POOR_YEARS));
		}
		model.addAttribute("pastGrades", byLine);
		model.addAttribute("poorGrades", poor);
	}

}
