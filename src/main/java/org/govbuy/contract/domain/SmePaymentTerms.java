package org.govbuy.contract.domain;

import java.util.Optional;

import org.govbuy.contract.ContractRule;
import org.govbuy.shared.RuleViolation;

/**
 * The payment term agreed with a small or medium enterprise (保障中小企业款项支付条例 §9): never more
 * than 60 days. When payment falls due and the interest on late payment are the delivery
 * module's ({@code delivery.domain.SmePayments}).
 */
public final class SmePaymentTerms {

	static final int MAXIMUM_DAYS = 60;

	/** Refuses an agreed term longer than 60 days. */
	public Optional<RuleViolation> checkAgreedTerm(int days) {
		return days > MAXIMUM_DAYS ? Optional.of(ContractRule.SME_PAYMENT_TERM.violation("约定付款期限" + days + "日，超过60日"))
				: Optional.empty();
	}

}
