package org.govbuy.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.govbuy.shared.Money;
import org.govbuy.shared.RuleViolation;
import org.junit.jupiter.api.Test;

/** An SME's payment falls due within the agreed days and bears interest when late. */
class SmePaymentsTests {

	final SmePayments payments = new SmePayments();

	@Test
	void countsTheTermFromAcceptanceRuleSME_9() {
		assertThat(payments.dueDate(LocalDate.of(2026, 11, 2), null)).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(payments.dueDate(LocalDate.of(2026, 11, 2), 45)).isEqualTo(LocalDate.of(2026, 12, 17));
		assertThat(payments.dueDate(LocalDate.of(2026, 11, 2), 90)).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void chargesTheStatutoryInterestOnLatePaymentRuleSME_17() {
		Money amount = Money.ofYuan(100_000);
		LocalDate due = LocalDate.of(2026, 12, 2);
		assertThat(payments.lateInterest(amount, due, LocalDate.of(2026, 12, 12), null)).isEqualTo(Money.of("500.00"));
		assertThat(payments.overdue(amount, due, LocalDate.of(2026, 12, 12), null)).map(RuleViolation::rule)
			.hasValue("SME-17");
		assertThat(payments.overdue(amount, due, due, null)).isEmpty();
	}

}
