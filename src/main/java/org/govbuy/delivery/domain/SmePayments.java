package org.govbuy.delivery.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.govbuy.contract.ContractRule;
import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;

/**
 * Payment of small and medium enterprises (保障中小企业款项支付条例 §9, §10, §17): due within the
 * agreed term (30 days unless agreed, never more than 60) from delivery, or from
 * acceptance when payment depends on it; late payment bears the agreed interest or 0.05%
 * a day.
 */
public final class SmePayments {

	static final int DEFAULT_DAYS = 30;

	static final int MAXIMUM_DAYS = 60;

	static final BigDecimal STATUTORY_DAILY_RATE = new BigDecimal("0.0005");

	/** The day payment falls due. */
	public LocalDate dueDate(LocalDate deliveredOrAccepted, Integer agreedDays) {
		int days = agreedDays == null ? DEFAULT_DAYS : Math.min(agreedDays, MAXIMUM_DAYS);
		return deliveredOrAccepted.plusDays(days);
	}

	/**
	 * Interest for paying late: for each day after the due date up to the payment (or
	 * today).
	 * @param agreedDailyRate the contract's rate, or null for the statutory 0.05% a day
	 */
	public Money lateInterest(Money amount, LocalDate due, LocalDate paidOrToday, BigDecimal agreedDailyRate) {
		long daysLate = Math.max(0, ChronoUnit.DAYS.between(due, paidOrToday));
		BigDecimal rate = agreedDailyRate == null ? STATUTORY_DAILY_RATE : agreedDailyRate;
		return Money.of(amount.amount()
			.multiply(rate)
			.multiply(BigDecimal.valueOf(daysLate))
			.setScale(2, RoundingMode.HALF_UP));
	}

	/** Flags an overdue payment with its interest so far. */
	public Optional<RuleViolation> overdue(Money amount, LocalDate due, LocalDate today, BigDecimal agreedDailyRate) {
		if (!today.isAfter(due)) {
			return Optional.empty();
		}
		return Optional.of(ContractRule.SME_LATE_INTEREST.violation("已逾期" + ChronoUnit.DAYS.between(due, today)
				+ "日，应付逾期利息" + lateInterest(amount, due, today, agreedDailyRate).format()));
	}

}
