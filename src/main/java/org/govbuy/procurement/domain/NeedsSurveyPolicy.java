package org.govbuy.procurement.domain;

import java.util.Optional;

import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.BoundaryWord;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

/**
 * When a needs survey (需求调查) of at least three parties is required before the procurement
 * (财库〔2021〕22号 §10–11): budgets at or above the large-project threshold, public services
 * to the public, or technically complex projects.
 */
public final class NeedsSurveyPolicy {

	static final int MINIMUM_PARTIES = 3;

	public boolean required(Money budget, Money largeProjectThreshold, boolean publicServiceToThePublic,
			boolean technicallyComplex) {
		return BoundaryWord.AT_OR_ABOVE.test(budget, largeProjectThreshold) || publicServiceToThePublic
				|| technicallyComplex;
	}

	/**
	 * Refuses to start when a required survey is missing or asked fewer than three
	 * parties.
	 */
	public Optional<RuleViolation> check(boolean required, int partiesSurveyed) {
		if (!required || partiesSurveyed >= MINIMUM_PARTIES) {
			return Optional.empty();
		}
		return Optional.of(ProcurementRule.NEEDS_SURVEY
			.violation(partiesSurveyed == 0 ? "本项目须先开展需求调查" : "需求调查对象只有" + partiesSurveyed + "个，不少于3个"));
	}

}
