package org.govbuy.procurement.application;

import org.govbuy.procurement.domain.DepositPolicy;
import org.govbuy.shared.Money;

/**
 * What the rules around the method need to know.
 *
 * @param deposit the bid deposit the documents require (null: none)
 * @param depositForm how it is paid
 * @param publicServiceToThePublic a public service to the public (needs survey, E2)
 * @param technicallyComplex technically complex (needs survey, E2)
 * @param surveyParties parties asked in the needs survey
 * @param surveySummary what the survey found
 * @param urgent the urgent green channel (seed 004)
 * @param urgentReason why it is urgent
 * @param urgentApprovedBy who approved the green channel
 * @param lowestPrice evaluate by 最低评标价法 instead of 综合评分法 (条例34: technically standard
 * services)
 */
public record Safeguards(Money deposit, DepositPolicy.Form depositForm, boolean publicServiceToThePublic,
		boolean technicallyComplex, int surveyParties, String surveySummary, boolean urgent, String urgentReason,
		String urgentApprovedBy, boolean lowestPrice) {

	public static final Safeguards NONE = new Safeguards(null, null, false, false, 0, null, false, null, null, false);

}
