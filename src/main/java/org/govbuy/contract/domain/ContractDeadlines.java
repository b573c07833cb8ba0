package org.govbuy.contract.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.contract.ContractRule;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.WorkingDayCalendar;

/**
 * The dates around signing, on the working-day calendar: sign within 30 days of the award
 * letter (法46), publish within 2 working days (条例50) and file within 7 working days (法47)
 * of signing.
 */
public final class ContractDeadlines {

	static final int SIGNING_DAYS = 30;

	static final int PUBLICATION_WORKING_DAYS = 2;

	static final int FILING_WORKING_DAYS = 7;

	private final WorkingDayCalendar calendar;

	public ContractDeadlines(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	public LocalDate signBy(LocalDate awardLetter) {
		return calendar.calendarDayDeadline(awardLetter, SIGNING_DAYS);
	}

	public LocalDate publishBy(LocalDate signed) {
		return calendar.addWorkingDays(signed, PUBLICATION_WORKING_DAYS);
	}

	public LocalDate fileBy(LocalDate signed) {
		return calendar.addWorkingDays(signed, FILING_WORKING_DAYS);
	}

	/**
	 * The late steps, flagged to finance; steps not yet taken are judged against
	 * {@code today}.
	 */
	public List<RuleViolation> lateSteps(LocalDate awardLetter, LocalDate signed, LocalDate published, LocalDate filed,
			LocalDate today) {
		List<RuleViolation> late = new ArrayList<>();
		LocalDate signDeadline = signBy(awardLetter);
		if (signed == null ? today.isAfter(signDeadline) : signed.isAfter(signDeadline)) {
			late.add(ContractRule.SIGNING_DEADLINE.violation("应于 " + signDeadline + " 前签订"));
		}
		if (signed != null) {
			LocalDate publishDeadline = publishBy(signed);
			if (published == null ? today.isAfter(publishDeadline) : published.isAfter(publishDeadline)) {
				late.add(ContractRule.PUBLICATION_DEADLINE.violation("应于 " + publishDeadline + " 前公告"));
			}
			LocalDate fileDeadline = fileBy(signed);
			if (filed == null ? today.isAfter(fileDeadline) : filed.isAfter(fileDeadline)) {
				late.add(ContractRule.FILING_DEADLINE.violation("应于 " + fileDeadline + " 前备案"));
			}
		}
		return late;
	}

}
