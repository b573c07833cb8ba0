package org.govbuy.procurement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.RuleViolation;

/**
 * Framework agreements for services (110令): at most two years, and where service
 * recipients choose their provider, at least two admitted providers to choose among at
 * each order.
 */
public final class FrameworkAgreementPolicy {

	static final int MAX_SERVICE_YEARS = 2;

	static final int MINIMUM_CHOICES = 2;

	public List<RuleViolation> checkAgreement(LocalDate start, LocalDate end, int admittedProviders,
			boolean recipientsChoose) {
		List<RuleViolation> violations = new ArrayList<>();
		if (end.isAfter(start.plusYears(MAX_SERVICE_YEARS).minusDays(1))) {
			violations.add(ProcurementRule.FRAMEWORK_TERMS.violation("服务类框架协议期限超过2年"));
		}
		if (recipientsChoose && admittedProviders < MINIMUM_CHOICES) {
			violations.add(ProcurementRule.FRAMEWORK_TERMS.violation("入围供应商只有" + admittedProviders + "家，服务对象无从选择"));
		}
		return violations;
	}

	/**
	 * An order under the agreement: the recipient picks one of at least two admitted
	 * providers.
	 */
	public List<RuleViolation> checkOrder(int providersOffered, boolean chosenIsAdmitted) {
		List<RuleViolation> violations = new ArrayList<>();
		if (providersOffered < MINIMUM_CHOICES) {
			violations.add(ProcurementRule.FRAMEWORK_TERMS.violation("向服务对象提供的可选供应商少于2家"));
		}
		if (!chosenIsAdmitted) {
			violations.add(ProcurementRule.FRAMEWORK_TERMS.violation("所选供应商不在入围名单内"));
		}
		return violations;
	}

}
