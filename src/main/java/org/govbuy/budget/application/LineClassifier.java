package org.govbuy.budget.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

import org.govbuy.budget.domain.LineClassification;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.catalog.CatalogItems;
import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PublishedCatalogItem;
import org.govbuy.catalog.PurchaseDescription;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.shared.BoundaryWord;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;

import org.springframework.stereotype.Component;

/**
 * The checks on every line as it is entered: the negative list (refuses on declared
 * attributes, warns on keywords), membership of the catalog in force (outside it the line
 * waits for filing, 87号文 §二) and whether procurement law applies (D1: the 集中采购目录, or at
 * or above the 采购限额标准, boundary inclusive).
 */
@Component
public class LineClassifier {

	private final CatalogItems catalog;

	private final NegativeListCheck negativeList;

	private final RegionalParameters parameters;

	private final Clock clock;

	LineClassifier(CatalogItems catalog, NegativeListCheck negativeList, RegionalParameters parameters, Clock clock) {
		this.catalog = catalog;
		this.negativeList = negativeList;
		this.parameters = parameters;
		this.clock = clock;
	}

	/**
	 * Classifies a line; throws the negative-list refusal with its citations.
	 */
	public LineClassification classify(RegionCode region, FiscalYear year, LineDraft line) {
		NegativeListDecision decision = negativeList.check(description(line)).orThrow();
		String warnings = decision.warnings()
			.stream()
			.map(warning -> "「" + warning.keyword() + "」→ " + warning.entry() + "（" + warning.rule() + "）")
			.distinct()
			.collect(Collectors.joining("；"));
		LocalDate on = parameterDate(year);
		Optional<PublishedCatalogItem> item = catalog.findPublished(region, year, line.catalogCode());
		boolean centralized = item.isPresent() && (parameters.inCentralizedCatalog(region, line.catalogCode(), on)
				|| item.get().pinmuCode() != null && !item.get().pinmuCode().isBlank()
						&& parameters.inCentralizedCatalog(region, item.get().pinmuCode(), on));
		Money limit = parameters.money(region, PolicyParameter.PROCUREMENT_LIMIT, on);
		boolean procurementLaw = centralized || BoundaryWord.AT_OR_ABOVE.test(line.totalAmount(), limit);
		return item
			.map(found -> new LineClassification(found.itemId(), found.versionId(), found.versionNumber(), found.name(),
					found.pinmuCode(), procurementLaw, centralized, warnings.isEmpty() ? null : warnings))
			.orElseGet(() -> new LineClassification(null, null, null, null, null, procurementLaw, false,
					warnings.isEmpty() ? null : warnings));
	}

	/**
	 * Parameters of the budget year: those in force when it starts, or today if later.
	 */
	public LocalDate parameterDate(FiscalYear year) {
		LocalDate today = LocalDate.now(clock);
		return today.isAfter(year.start()) ? today : year.start();
	}

	static PurchaseDescription description(LineDraft line) {
		var declared = line.declared();
		return new PurchaseDescription(line.projectName(),
				line.serviceContent() + " " + (line.serviceStandard() == null ? "" : line.serviceStandard()),
				declared.contains("goods"), declared.contains("works"), declared.contains("infrastructure"),
				declared.contains("worksServiceBundle"), declared.contains("financing"),
				declared.contains("staffHiring"), declared.contains("directGovernmentDuty"),
				declared.contains("notGovernmentDuty"), declared.contains("excludedByLaw"),
				declared.contains("privatePremisesRepair"), declared.contains("classifiedPrinting"));
	}

}
