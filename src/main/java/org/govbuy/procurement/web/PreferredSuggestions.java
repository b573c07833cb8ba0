package org.govbuy.procurement.web;

import java.util.List;

import org.govbuy.budget.BudgetLines;
import org.govbuy.procurement.PreferredProviders;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Providers graded 优 suggested when a purchase takes a way outside procurement law (定向委托
 * and the like): seed 001 lets them be 下年度购买服务计划项目的优先选择主体. Only for a budget line outside
 * procurement law: inside a procurement under the law a past grade is never a preference,
 * a condition or a score (GPLR-20), so nothing there reads them. Shows nothing where the
 * evaluation module is not running.
 */
@Component
class PreferredSuggestions {

	private final ObjectProvider<PreferredProviders> preferred;

	PreferredSuggestions(ObjectProvider<PreferredProviders> preferred) {
		this.preferred = preferred;
	}

	/**
	 * Adds {@code preferredProviders} to the model for a line outside procurement law.
	 */
	void addTo(Model model, BudgetLines.ApprovedLine line) {
		PreferredProviders source = preferred.getIfAvailable();
		List<PreferredProviders.Preferred> suggestions = line.procurementLaw() || source == null ? List.of()
				: source.forCatalogItem(line.catalogCode(), line.region());
		model.addAttribute("outsideProcurementLaw", !line.procurementLaw());
		model.addAttribute("preferredProviders", suggestions);
	}

}
