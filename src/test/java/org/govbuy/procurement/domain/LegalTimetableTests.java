package org.govbuy.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.domain.ChallengeDeadlines.Subject;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** Legal time limits on the official 2026 calendar (RULES.md §E, K1). */
class LegalTimetableTests {

	WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

	LegalTimetable timetable = new LegalTimetable(calendar);

	ChallengeDeadlines challenges = new ChallengeDeadlines(calendar);

	@Test
	void refusesATenderPeriodOneDayShortRuleGPL_35() {
		LocalDate issued = LocalDate.of(2026, 3, 3);
		assertThat(timetable.earliestResponseDeadline(ProcurementMethod.OPEN_TENDER, issued))
			.isEqualTo(LocalDate.of(2026, 3, 23));
		assertThat(timetable.checkResponseDeadline(ProcurementMethod.OPEN_TENDER, issued, LocalDate.of(2026, 3, 22)))
			.map(RuleViolation::rule)
			.hasValue("GPL-35");
		assertThat(timetable.checkResponseDeadline(ProcurementMethod.OPEN_TENDER, issued, LocalDate.of(2026, 3, 23)))
			.isEmpty();
	}

	@Test
	void countsTheNegotiationPeriodInWorkingDaysAcrossNationalDayRuleMOF74_29() {
		LocalDate issued = LocalDate.of(2026, 9, 29);
		assertThat(timetable.earliestResponseDeadline(ProcurementMethod.COMPETITIVE_NEGOTIATION, issued))
			.isEqualTo(LocalDate.of(2026, 10, 9));
		assertThat(timetable.checkResponseDeadline(ProcurementMethod.COMPETITIVE_NEGOTIATION, issued,
				LocalDate.of(2026, 10, 8)))
			.map(RuleViolation::rule)
			.hasValue("MOF74-29");
	}

	@Test
	void rollsAConsultationPeriodEndingInTheHolidayRuleCK214_10() {
		LocalDate issued = LocalDate.of(2026, 9, 24);
		assertThat(timetable.earliestResponseDeadline(ProcurementMethod.COMPETITIVE_CONSULTATION, issued))
			.isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(timetable.checkDocumentsPeriod(ProcurementMethod.COMPETITIVE_CONSULTATION, LocalDate.of(2026, 2, 12),
				LocalDate.of(2026, 2, 25)))
			.map(RuleViolation::rule)
			.hasValue("CK214-10");
	}

	@Test
	void keepsTenderDocumentsAvailableFiveWorkingDaysAndMovesTheDeadlineAfterALateClarificationRuleGPLR_31() {
		assertThat(timetable.earliestDocumentsUntil(LocalDate.of(2026, 2, 12))).isEqualTo(LocalDate.of(2026, 2, 26));
		assertThat(timetable.checkDocumentsPeriod(ProcurementMethod.OPEN_TENDER, LocalDate.of(2026, 2, 12),
				LocalDate.of(2026, 2, 25)))
			.map(RuleViolation::rule)
			.hasValue("GPLR-31");
		LocalDate deadline = LocalDate.of(2026, 6, 30);
		assertThat(timetable.deadlineAfterClarification(ProcurementMethod.OPEN_TENDER, LocalDate.of(2026, 6, 15),
				deadline))
			.isEqualTo(deadline);
		assertThat(timetable.deadlineAfterClarification(ProcurementMethod.OPEN_TENDER, LocalDate.of(2026, 6, 16),
				deadline))
			.isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void endsTheTenderNoticeAfterFiveWorkingDaysRuleMOF87_16() {
		assertThat(timetable.noticePeriodEnd(LocalDate.of(2026, 4, 1))).isEqualTo(LocalDate.of(2026, 4, 9));
	}

	@Test
	void countsTheSingleSourceNoticeOverNationalDayIncludingTheMakeUpSaturdayRuleGPLR_38() {
		assertThat(timetable.singleSourceNoticeEnd(LocalDate.of(2026, 9, 28))).isEqualTo(LocalDate.of(2026, 10, 10));
	}

	@Test
	void setsTheAwardDeadlinesAcrossLabourDayAndFlagsALateWinnerRuleGPLR_43() {
		LocalDate evaluated = LocalDate.of(2026, 4, 30);
		LegalTimetable.AwardDeadlines deadlines = timetable.awardDeadlines(evaluated);
		assertThat(deadlines.reportDue()).isEqualTo(LocalDate.of(2026, 5, 7));
		assertThat(deadlines.winnerDue()).isEqualTo(LocalDate.of(2026, 5, 13));
		assertThat(deadlines.resultNoticeDue()).isEqualTo(LocalDate.of(2026, 5, 15));
		assertThat(timetable.checkAward(evaluated, LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 14), null))
			.extracting(RuleViolation::rule)
			.containsExactly("GPLR-43");
		assertThat(timetable.checkAward(evaluated, LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 13),
				LocalDate.of(2026, 5, 15)))
			.isEmpty();
	}

	@Test
	void startsTheChallengeClockWhenTheResultNoticePeriodEndsAndCrossesNationalDayRuleGPL_52() {
		LocalDate resultPublished = LocalDate.of(2026, 9, 29);
		assertThat(challenges.clockStart(Subject.RESULT, resultPublished)).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(challenges.filingDeadline(Subject.RESULT, resultPublished)).isEqualTo(LocalDate.of(2026, 10, 15));
		assertThat(challenges.checkFiling(Subject.RESULT, resultPublished, LocalDate.of(2026, 10, 15))).isEmpty();
		assertThat(challenges.checkFiling(Subject.RESULT, resultPublished, LocalDate.of(2026, 10, 16)))
			.map(RuleViolation::rule)
			.hasValue("GPL-52");
		assertThat(challenges.filingDeadline(Subject.DOCUMENTS, resultPublished)).isEqualTo(LocalDate.of(2026, 10, 14));
	}

	@Test
	void answersAChallengeWithinSevenWorkingDaysAcrossSpringFestivalRuleGPL_53() {
		LocalDate received = LocalDate.of(2026, 2, 11);
		assertThat(challenges.answerDeadline(received)).isEqualTo(LocalDate.of(2026, 2, 27));
		assertThat(challenges.checkAnswer(received, LocalDate.of(2026, 3, 2))).map(RuleViolation::rule)
			.hasValue("GPL-53");
	}

}
