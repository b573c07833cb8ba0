package org.govbuy.procurement.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.ProcurementRule;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.WorkingDayCalendar;

/**
 * The legal time limits of a procurement (RULES.md §E), on the official working-day
 * calendar. It proposes the earliest lawful dates and refuses unlawful ones with their
 * rule. Periods follow 民法典 第二百零一条 (the start day is not counted) and 第二百零三条 (a minimum
 * period ending on a holiday runs to the next working day).
 */
public final class LegalTimetable {

	static final int TENDER_DAYS = 20;

	static final int CONSULTATION_DAYS = 10;

	static final int NEGOTIATION_WORKING_DAYS = 3;

	static final int DOCUMENTS_WORKING_DAYS = 5;

	static final int NOTICE_WORKING_DAYS = 5;

	static final int TENDER_CLARIFICATION_DAYS = 15;

	static final int CONSULTATION_CLARIFICATION_DAYS = 5;

	static final int SINGLE_SOURCE_NOTICE_WORKING_DAYS = 5;

	static final int REPORT_WORKING_DAYS = 2;

	static final int WINNER_WORKING_DAYS = 5;

	static final int RESULT_NOTICE_WORKING_DAYS = 2;

	private final WorkingDayCalendar calendar;

	public LegalTimetable(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	/** The earliest lawful response deadline for documents issued on a date. */
	public LocalDate earliestResponseDeadline(ProcurementMethod method, LocalDate documentsIssued) {
		return switch (method) {
			case OPEN_TENDER, INVITED_TENDER -> calendar.calendarDayDeadline(documentsIssued, TENDER_DAYS);
			case COMPETITIVE_CONSULTATION -> calendar.calendarDayDeadline(documentsIssued, CONSULTATION_DAYS);
			case COMPETITIVE_NEGOTIATION -> calendar.addWorkingDays(documentsIssued, NEGOTIATION_WORKING_DAYS);
			default -> documentsIssued;
		};
	}

	/** Refuses a response deadline earlier than the method's minimum period. */
	public Optional<RuleViolation> checkResponseDeadline(ProcurementMethod method, LocalDate documentsIssued,
			LocalDate deadline) {
		LocalDate earliest = earliestResponseDeadline(method, documentsIssued);
		if (!deadline.isBefore(earliest)) {
			return Optional.empty();
		}
		ProcurementRule rule = switch (method) {
			case OPEN_TENDER, INVITED_TENDER -> ProcurementRule.TENDER_PERIOD;
			case COMPETITIVE_CONSULTATION -> ProcurementRule.CONSULTATION_PERIOD;
			case COMPETITIVE_NEGOTIATION -> ProcurementRule.NEGOTIATION_PERIOD;
			default -> null;
		};
		return rule == null ? Optional.empty() : Optional
			.of(rule.violation("文件于" + documentsIssued + "发出，截止时间最早为" + earliest + "，拟定的" + deadline + "过早"));
	}

	/** The end of the tender announcement period (5 working days, 87令 §16). */
	public LocalDate noticePeriodEnd(LocalDate published) {
		return calendar.addWorkingDays(published, NOTICE_WORKING_DAYS);
	}

	/** The earliest last day the documents may stop being available (≥5 working days). */
	public LocalDate earliestDocumentsUntil(LocalDate documentsFrom) {
		return calendar.addWorkingDays(documentsFrom, DOCUMENTS_WORKING_DAYS);
	}

	/**
	 * Refuses a documents period shorter than 5 working days (条例31; 214号 §10 sale
	 * period).
	 */
	public Optional<RuleViolation> checkDocumentsPeriod(ProcurementMethod method, LocalDate from, LocalDate until) {
		LocalDate earliest = earliestDocumentsUntil(from);
		if (!until.isBefore(earliest)) {
			return Optional.empty();
		}
		ProcurementRule rule = method == ProcurementMethod.COMPETITIVE_CONSULTATION
				? ProcurementRule.CONSULTATION_PERIOD : ProcurementRule.TENDER_DOCUMENTS_AND_CLARIFICATION;
		return Optional.of(rule.violation("文件提供期限至少到" + earliest));
	}

	/**
	 * The response deadline after a clarification that may affect the responses:
	 * unchanged when the clarification comes early enough, otherwise moved so the minimum
	 * time remains.
	 */
	public LocalDate deadlineAfterClarification(ProcurementMethod method, LocalDate clarified, LocalDate deadline) {
		LocalDate latestUnchanged = latestClarificationDate(method, deadline);
		if (!clarified.isAfter(latestUnchanged)) {
			return deadline;
		}
		return switch (method) {
			case OPEN_TENDER, INVITED_TENDER -> calendar.calendarDayDeadline(clarified, TENDER_CLARIFICATION_DAYS);
			case COMPETITIVE_CONSULTATION -> calendar.calendarDayDeadline(clarified, CONSULTATION_CLARIFICATION_DAYS);
			case COMPETITIVE_NEGOTIATION -> calendar.addWorkingDays(clarified, NEGOTIATION_WORKING_DAYS);
			default -> deadline;
		};
	}

	/** The last day a clarification can be issued without moving the deadline. */
	public LocalDate latestClarificationDate(ProcurementMethod method, LocalDate deadline) {
		return switch (method) {
			case OPEN_TENDER, INVITED_TENDER -> deadline.minusDays(TENDER_CLARIFICATION_DAYS);
			case COMPETITIVE_CONSULTATION -> deadline.minusDays(CONSULTATION_CLARIFICATION_DAYS);
			case COMPETITIVE_NEGOTIATION -> minusWorkingDays(deadline, NEGOTIATION_WORKING_DAYS);
			default -> deadline;
		};
	}

	/** The end of a 单一来源 public notice (≥5 working days, 条例38). */
	public LocalDate singleSourceNoticeEnd(LocalDate published) {
		return calendar.addWorkingDays(published, SINGLE_SOURCE_NOTICE_WORKING_DAYS);
	}

	/** The award steps' latest dates from the end of the evaluation (条例43). */
	public AwardDeadlines awardDeadlines(LocalDate evaluationEnded) {
		LocalDate report = calendar.addWorkingDays(evaluationEnded, REPORT_WORKING_DAYS);
		LocalDate winner = calendar.addWorkingDays(report, WINNER_WORKING_DAYS);
		LocalDate notice = calendar.addWorkingDays(winner, RESULT_NOTICE_WORKING_DAYS);
		return new AwardDeadlines(report, winner, notice);
	}

	/** Refuses award steps taken later than 条例43 allows. */
	public List<RuleViolation> checkAward(LocalDate evaluationEnded, LocalDate reportDelivered,
			LocalDate winnerConfirmed, LocalDate resultPublished) {
		List<RuleViolation> violations = new ArrayList<>();
		LocalDate reportDue = calendar.addWorkingDays(evaluationEnded, REPORT_WORKING_DAYS);
		if (reportDelivered != null && reportDelivered.isAfter(reportDue)) {
			violations.add(ProcurementRule.AWARD_TIME_LIMITS.violation("评审报告应于" + reportDue + "前送交"));
		}
		if (reportDelivered != null && winnerConfirmed != null
				&& winnerConfirmed.isAfter(calendar.addWorkingDays(reportDelivered, WINNER_WORKING_DAYS))) {
			violations.add(ProcurementRule.AWARD_TIME_LIMITS
				.violation("应于" + calendar.addWorkingDays(reportDelivered, WINNER_WORKING_DAYS) + "前确定中标或成交供应商"));
		}
		if (winnerConfirmed != null && resultPublished != null
				&& resultPublished.isAfter(calendar.addWorkingDays(winnerConfirmed, RESULT_NOTICE_WORKING_DAYS))) {
			violations.add(ProcurementRule.AWARD_TIME_LIMITS
				.violation("应于" + calendar.addWorkingDays(winnerConfirmed, RESULT_NOTICE_WORKING_DAYS) + "前公告结果"));
		}
		return violations;
	}

	/** Latest dates of the award steps. */
	public record AwardDeadlines(LocalDate reportDue, LocalDate winnerDue, LocalDate resultNoticeDue) {
	}

	private LocalDate minusWorkingDays(LocalDate date, int days) {
		LocalDate result = date;
		for (int i = 0; i < days; i++) {
			result = calendar.previousWorkingDay(result);
		}
		return result;
	}

}
