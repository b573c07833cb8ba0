package org.govbuy.procurement.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.WorkingDayCalendar;

/**
 * The time limits of a challenge (质疑): filed within 7 working days counted from the right
 * start (法52; 条例53), answered within 7 working days of receipt (法53).
 */
public final class ChallengeDeadlines {

	static final int FILING_WORKING_DAYS = 7;

	static final int ANSWER_WORKING_DAYS = 7;

	static final int RESULT_NOTICE_PERIOD_WORKING_DAYS = 1;

	/** What is challenged decides when the clock starts (条例 第五十三条). */
	public enum Subject {

		/** The procurement documents: from receipt, or the end of their notice period. */
		DOCUMENTS,
		/** A step of the procurement: from the end of that step. */
		PROCEDURE,
		/** The result: from the end of the result notice period. */
		RESULT

	}

	private final WorkingDayCalendar calendar;

	public ChallengeDeadlines(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * The day the 7 working days are counted from.
	 * @param subject what is challenged
	 * @param event receipt of the documents or end of their notice period; end of the
	 * step; or the publication of the result notice
	 */
	public LocalDate clockStart(Subject subject, LocalDate event) {
		return subject == Subject.RESULT ? calendar.addWorkingDays(event, RESULT_NOTICE_PERIOD_WORKING_DAYS) : event;
	}

	/** The last day a challenge may be filed. */
	public LocalDate filingDeadline(Subject subject, LocalDate event) {
		return calendar.addWorkingDays(clockStart(subject, event), FILING_WORKING_DAYS);
	}

	/** Refuses a challenge filed too late. */
	public Optional<RuleViolation> checkFiling(Subject subject, LocalDate event, LocalDate filed) {
		LocalDate deadline = filingDeadline(subject, event);
		return filed.isAfter(deadline)
				? Optional.of(ProcurementRule.CHALLENGE_PERIOD.violation("质疑期限已于" + deadline + "届满"))
				: Optional.empty();
	}

	/** The last day the purchaser may answer. */
	public LocalDate answerDeadline(LocalDate received) {
		return calendar.addWorkingDays(received, ANSWER_WORKING_DAYS);
	}

	/** Flags an answer given too late. */
	public Optional<RuleViolation> checkAnswer(LocalDate received, LocalDate answered) {
		LocalDate deadline = answerDeadline(received);
		return answered.isAfter(deadline) ? Optional.of(ProcurementRule.CHALLENGE_ANSWER.violation("答复期限为" + deadline))
				: Optional.empty();
	}

}
