package org.govbuy.procurement;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Past grades are never a preference inside a procurement under the law (GPLR-20): within
 * procurement only the 定向委托 suggestions on the form that starts a purchase outside the
 * law read {@link PreferredProviders} — no policy, scoring, eligibility or bidding code.
 */
class PreferredProvidersUseTests {

	@Test
	void onlyTheSuggestionsOutsideProcurementLawReadPreferredProvidersRuleGPLR_20() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.govbuy.procurement");
		noClasses().that()
			.resideInAPackage("org.govbuy.procurement..")
			.and()
			.doNotHaveSimpleName("PreferredSuggestions")
			.and()
			.doNotHaveSimpleName("PreferredProviders")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(PreferredProviders.class, PreferredProviders.Preferred.class)
			.check(classes);
	}

}
