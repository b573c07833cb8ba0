package org.govbuy.evaluation;

import java.math.BigDecimal;

import org.govbuy.evaluation.application.TemplateRepository;
import org.govbuy.evaluation.domain.Indicator;
import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.domain.Measure;
import org.govbuy.shared.RegionCode;
import org.govbuy.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TemplateRepositoryIntegrationTests {

	@Autowired
	TemplateRepository templates;

	@Test
	void theDefaultTemplateCarriesTheI4WeightsForAnyRegionAndItem() {
		IndicatorTemplate template = templates.applicable(RegionCode.of("370303"), "B0101").orElseThrow();

		assertThat(template.leaves().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("100");
		assertThat(template.indicators()).filteredOn(i -> i.level() == 1)
			.extracting(Indicator::code, i -> i.weight().intValue())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("P", 10), org.assertj.core.groups.Tuple.tuple("O", 50),
					org.assertj.core.groups.Tuple.tuple("B", 40));
		assertThat(template.leaves()).filteredOn(i -> i.measure() == Measure.SATISFACTION)
			.singleElement()
			.satisfies(i -> assertThat(i.weight()).isEqualByComparingTo("10"));
		assertThat(template.leaves()).filteredOn(i -> i.kind() == Indicator.Kind.QUALITATIVE)
			.allSatisfy(i -> assertThat(i.rubric()).hasSize(4));
	}

}
