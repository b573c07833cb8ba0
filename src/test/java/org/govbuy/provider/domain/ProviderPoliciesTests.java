package org.govbuy.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.govbuy.provider.ProviderRule;
import org.govbuy.provider.ProviderType;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

class ProviderPoliciesTests {

	EvidenceFiles files = new EvidenceFiles();

	DebarmentPolicy debarments = new DebarmentPolicy();

	@Test
	void refusesAnExecutableRenamedToPdf() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[0x3c] = (byte) 0x80;
		exe[0x80] = 'P';
		exe[0x81] = 'E';
		EvidenceFiles.Verdict verdict = files.inspect(exe);
		assertThat(verdict.refusal()).hasValueSatisfying(reason -> assertThat(reason).contains("只接受 PDF"));
	}

	@Test
	void acceptsARealPdfAndRefusesEmptyFiles() {
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		assertThat(files.inspect(pdf).contentType()).isEqualTo("application/pdf");
		assertThat(files.inspect(pdf).refusal()).isEmpty();
		assertThat(files.inspect(new byte[0]).refusal()).isPresent();
	}

	@Test
	void refusesPublicWelfareClassOneAsProviderRuleMOF102_8_P() {
		assertThat(ProviderType.PUBLIC_WELFARE_CLASS_ONE.refusal()).map(RuleViolation::rule).hasValue("MOF102-8-P");
		assertThat(ProviderType.ADMINISTRATIVE_ORGAN.refusal()).map(RuleViolation::rule).hasValue("MOF102-6");
		assertThat(ProviderType.SOCIAL_ORGANIZATION_REGISTERED.refusal()).isEmpty();
	}

	@Test
	void allowsDebarmentsOfOneToThreeYearsRuleGPL_77() {
		LocalDate start = LocalDate.of(2026, 12, 1);
		assertThat(debarments.checkPeriod(ProviderRule.DEBARMENT, start, start.plusYears(1))).isEmpty();
		assertThat(debarments.checkPeriod(ProviderRule.DEBARMENT, start, start.plusYears(3))).isEmpty();
		assertThat(debarments.checkPeriod(ProviderRule.DEBARMENT, start, start.plusMonths(6))).map(RuleViolation::rule)
			.hasValue("GPL-77");
		assertThat(debarments.checkPeriod(ProviderRule.FALSE_COMPLAINT, start, start.plusYears(4)))
			.map(RuleViolation::rule)
			.hasValue("GPLR-73");
	}

	@Test
	void keepsFraudOutForThreeYearsRuleMZ2017_51_33() {
		LocalDate start = LocalDate.of(2026, 12, 1);
		assertThat(debarments.checkPeriod(ProviderRule.FRAUD_EXIT, start, start.plusYears(3))).isEmpty();
		assertThat(debarments.checkPeriod(ProviderRule.FRAUD_EXIT, start, start.plusYears(2))).map(RuleViolation::rule)
			.hasValue("MZ2017-51-33");
		assertThat(debarments.inForce(start, start.plusYears(3), start.plusYears(3).minusDays(1))).isTrue();
		assertThat(debarments.inForce(start, start.plusYears(3), start.plusYears(3))).isFalse();
	}

}
