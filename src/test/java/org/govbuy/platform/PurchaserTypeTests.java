package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may be a purchasing unit (购买主体): 财政部令第102号 第五条、第八条、第三十三条. */
class PurchaserTypeTests {

	@ParameterizedTest
	@EnumSource(names = { "ADMINISTRATIVE_ORGAN", "OTHER_STATE_ORGAN", "PARTY_ORGAN", "CPPCC_ORGAN",
			"DEMOCRATIC_PARTY_ORGAN", "CIVIL_SERVICE_MANAGED_INSTITUTION", "ADMINISTRATIVE_FUNCTION_INSTITUTION",
			"MASS_ORGANIZATION_ADMINISTRATIVE" })
	void allowsStateOrgansAndTheBodiesOfArticle33(PurchaserType type) {
		assertThat(type.allowed()).isTrue();
		assertThat(type.refusal()).isEmpty();
	}

	@Test
	void refusesPublicWelfareClassOneInstitutionsWithRuleMOF102_8() {
		assertThat(PurchaserType.PUBLIC_WELFARE_CLASS_ONE.refusal()).hasValueSatisfying(violation -> {
			assertThat(violation.rule()).isEqualTo("MOF102-8");
			assertThat(violation.citation()).contains("第102号").contains("第八条");
			assertThat(violation.message()).contains("公益一类事业单位");
		});
	}

	@Test
	void refusesFiscallyFundedMassOrganizationsWithInstitutionalStaffingWithRuleMOF102_8() {
		assertThat(PurchaserType.MASS_ORGANIZATION_FISCAL_INSTITUTIONAL.refusal())
			.hasValueSatisfying(violation -> assertThat(violation.rule()).isEqualTo("MOF102-8"));
	}

	@ParameterizedTest
	@EnumSource(names = { "PUBLIC_WELFARE_CLASS_TWO", "BUSINESS_INSTITUTION", "ENTERPRISE", "SOCIAL_ORGANIZATION" })
	void refusesBodiesThatAreNotStateOrgansWithRuleMOF102_5(PurchaserType type) {
		assertThat(type.refusal()).hasValueSatisfying(violation -> {
			assertThat(violation.rule()).isEqualTo("MOF102-5");
			assertThat(violation.message()).contains(type.label());
		});
	}

	@Test
	void marksTheBodiesThatBuyByReference() {
		assertThat(PurchaserType.PARTY_ORGAN.byReference()).isTrue();
		assertThat(PurchaserType.ADMINISTRATIVE_ORGAN.byReference()).isFalse();
	}

}
