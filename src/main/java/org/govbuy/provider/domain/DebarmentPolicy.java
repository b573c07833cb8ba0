package org.govbuy.provider.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.govbuy.provider.ProviderRule;
import org.govbuy.shared.RuleViolation;

/**
 * How long a provider is kept out: one to three years under 法77 and 条例73, three years for
 * fraud under the exit mechanism of seed 001. The period ends by itself on its last day.
 */
public final class DebarmentPolicy {

	/** Refuses a period the rule does not allow. */
	public Optional<RuleViolation> checkPeriod(ProviderRule basis, LocalDate start, LocalDate end) {
		Period period = Period.between(start, end);
		int months = period.getYears() * 12 + period.getMonths() + (period.getDays() > 0 ? 1 : 0);
		if (basis == ProviderRule.FRAUD_EXIT) {
			return months == 36 ? Optional.empty() : Optional.of(basis.violation("弄虚作假的，禁入期限为3年"));
		}
		if (basis != ProviderRule.DEBARMENT && basis != ProviderRule.FALSE_COMPLAINT) {
			throw new IllegalArgumentException("不是禁入依据：" + basis.id());
		}
		return months >= 12 && months <= 36 ? Optional.empty() : Optional.of(basis.violation("禁止参加政府采购活动的期限应为1至3年"));
	}

	/**
	 * Whether the debarment still applies on a date (it ends on {@code end}, exclusive).
	 */
	public boolean inForce(LocalDate start, LocalDate end, LocalDate on) {
		return !on.isBefore(start) && on.isBefore(end);
	}

}
