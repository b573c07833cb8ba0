package org.govbuy.budget.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.govbuy.budget.domain.FundingSource;
import org.govbuy.budget.domain.LineClassification;
import org.govbuy.budget.domain.LineDraft;
import org.govbuy.budget.domain.PerformanceTarget;
import org.govbuy.budget.domain.TargetCategory;
import org.govbuy.catalog.CatalogItems;
import org.govbuy.catalog.ItemNature;
import org.govbuy.catalog.NegativeListCheck;
import org.govbuy.catalog.NegativeListDecision;
import org.govbuy.catalog.PublishedCatalogItem;
import org.govbuy.platform.CurrentUser;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.shared.FiscalYear;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/**
 * How a line is classified when it is entered: catalog, negative list, procurement law.
 */
class LineClassifierTests {

	static final RegionCode ZIBO = new RegionCode("370300");

	CatalogItems catalog = new CatalogItems() {

		@Override
		public Optional<PublishedCatalogItem> findPublished(RegionCode region, FiscalYear fiscalYear, String code) {
			return "A040101".equals(code)
					? Optional.of(new PublishedCatalogItem(UUID.randomUUID(), code, "社区居家养老上门服务", 3,
							ItemNature.PUBLIC_SERVICE, "C2301", UUID.randomUUID(), 2, ZIBO, fiscalYear))
					: Optional.empty();
		}

		@Override
		public List<PublishedCatalogItem> publishedItems(RegionCode region, FiscalYear fiscalYear) {
			return List.of();
		}

		@Override
		public Optional<PublishedCatalogItem> findById(UUID itemId) {
			return Optional.empty();
		}
	};

	NegativeListCheck negativeList = new NegativeListCheck() {

		@Override
		public NegativeListDecision check(org.govbuy.catalog.PurchaseDescription description) {
			return description.goods() ? new NegativeListDecision(NegativeListDecision.Outcome.REFUSED,
					List.of(new RuleViolation("MOF102-10-3", "《政府购买服务管理办法》第十条第（三）项", "不得将货物作为政府购买服务")), List.of())
					: new NegativeListDecision(NegativeListDecision.Outcome.ALLOWED, List.of(), List.of());
		}

		@Override
		public UUID clearWarnings(String subject, List<String> keywords, String comment, CurrentUser reviewer) {
			return UUID.randomUUID();
		}
	};

	RegionalParameters parameters = new RegionalParameters() {

		@Override
		public ParameterValue valueAt(RegionCode region, PolicyParameter parameter, LocalDate date) {
			return new ParameterValue(parameter, parameter.centralValue(), RegionCode.NATIONAL,
					LocalDate.of(2020, 1, 1));
		}

		@Override
		public boolean inCentralizedCatalog(RegionCode region, String itemCode, LocalDate date) {
			return false;
		}
	};

	LineClassifier classifier = new LineClassifier(catalog, negativeList, parameters,
			Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

	@Test
	void procurementLawAppliesAtTheProcurementLimitInclusiveRuleGPL_2() {
		LineClassification atLimit = classifier.classify(ZIBO, FiscalYear.of(2027), line("A040101", "1000000.00"));
		LineClassification below = classifier.classify(ZIBO, FiscalYear.of(2027), line("A040101", "999999.99"));

		assertThat(atLimit.procurementLaw()).isTrue();
		assertThat(below.procurementLaw()).isFalse();
		assertThat(atLimit.inCatalog()).isTrue();
		assertThat(atLimit.catalogVersionNumber()).isEqualTo(2);
	}

	@Test
	void aLineOutsideTheCatalogIsKeptButNotMatchedRuleFS87_2_CATALOG() {
		LineClassification outside = classifier.classify(ZIBO, FiscalYear.of(2027), line("A099999", "10000"));
		assertThat(outside.inCatalog()).isFalse();
	}

	@Test
	void aLineDeclaringGoodsIsRefusedByTheNegativeList() {
		LineDraft goods = new LineDraft("办公设备", null, "A040101", "采购电脑", null, null, Money.ofYuan(100_000),
				FundingSource.DEPARTMENT_BUDGET, false, null, List.of(), null, null, null, Set.of("goods"));
		assertThatThrownBy(() -> classifier.classify(ZIBO, FiscalYear.of(2027), goods))
			.isInstanceOf(RuleViolationException.class)
			.extracting(ex -> ((RuleViolationException) ex).violations().get(0).rule())
			.isEqualTo("MOF102-10-3");
	}

	static LineDraft line(String code, String amount) {
		return new LineDraft("居家养老", null, code, "上门服务", null, null, Money.of(amount), FundingSource.DEPARTMENT_BUDGET,
				false, null, List.of(new PerformanceTarget(TargetCategory.OUTPUT, "人数", "1200")), null, null, null,
				Set.of());
	}

}
