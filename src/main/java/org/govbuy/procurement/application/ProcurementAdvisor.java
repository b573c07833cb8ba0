package org.govbuy.procurement.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.govbuy.platform.LegalCalendar;
import org.govbuy.platform.PolicyParameter;
import org.govbuy.platform.RegionalParameters;
import org.govbuy.procurement.ProcurementMethod;
import org.govbuy.procurement.domain.LegalTimetable;
import org.govbuy.procurement.domain.MethodChoice;
import org.govbuy.procurement.domain.MethodGround;
import org.govbuy.procurement.domain.MethodPolicy;
import org.govbuy.shared.Money;
import org.govbuy.shared.RegionCode;
import org.govbuy.shared.RuleViolation;
import org.govbuy.shared.WorkingDayCalendar;

import org.springframework.stereotype.Service;

/**
 * Tells a purchasing unit, before it starts, which method the law requires for a purchase
 * of this size in its region, whether its choice is lawful, and the earliest lawful dates
 * of each step — with the regional thresholds and the official calendar in force.
 */
@Service
public class ProcurementAdvisor {

	private final RegionalParameters parameters;

	private final LegalCalendar calendar;

	private final java.time.Clock clock;

	private final MethodPolicy methods = new MethodPolicy();

	ProcurementAdvisor(RegionalParameters parameters, LegalCalendar calendar, java.time.Clock clock) {
		this.parameters = parameters;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** What the purchaser asks about. */
	public record MethodQuestion(RegionCode region, Money amount, ProcurementMethod method, String itemCode,
			boolean fiscalFunds, Set<MethodGround> grounds, MethodChoice.Approvals approvals, LocalDate start,
			String rationale) {
	}

	/** The answer, with the thresholds it used and where they come from. */
	public record MethodAdvice(boolean procurementLaw, ProcurementMethod proposed, String proposedLabel, boolean lawful,
			List<RuleViolation> violations, Money openTenderThreshold, String openTenderThresholdSetBy,
			Money procurementLimit, boolean inCentralizedCatalog, boolean tradingCenter) {
	}

	/**
	 * The earliest lawful dates for documents issued (or a notice published) on a date.
	 */
	public record Timetable(ProcurementMethod method, LocalDate issued, LocalDate noticePeriodEnd,
			LocalDate documentsAvailableUntil, LocalDate earliestResponseDeadline,
			LocalDate latestClarificationForThatDeadline, LocalDate singleSourceNoticeEnd, boolean provisional) {
	}

	public MethodAdvice advise(MethodQuestion question) {
		LocalDate on = question.start() == null ? LocalDate.now(clock) : question.start();
		RegionalParameters.ParameterValue threshold = parameters.valueAt(question.region(),
				PolicyParameter.OPEN_TENDER_THRESHOLD, on);
		Money openTender = Money.of(threshold.value());
		Money limit = parameters.money(question.region(), PolicyParameter.PROCUREMENT_LIMIT, on);
		boolean centralized = question.itemCode() != null && !question.itemCode().isBlank()
				&& parameters.inCentralizedCatalog(question.region(), question.itemCode().trim(), on);
		MethodChoice choice = new MethodChoice(question.method(), question.amount(), openTender, limit, centralized,
				question.fiscalFunds(), question.grounds(), question.approvals(), on, question.rationale());
		MethodPolicy.Decision decision = methods.decide(choice);
		// Seed 001: projects at or above the open-tender threshold are traded in the
		// public resource trading center.
		boolean tradingCenter = decision.procurementLaw() && question.amount().isAtLeast(openTender);
		return new MethodAdvice(decision.procurementLaw(), decision.proposed(), decision.proposed().label(),
				decision.lawful(), decision.violations(), openTender, threshold.setBy().value(), limit, centralized,
				tradingCenter);
	}

	public Timetable timetable(ProcurementMethod method, LocalDate issued) {
		WorkingDayCalendar days = calendar.calendar();
		LegalTimetable timetable = new LegalTimetable(days);
		LocalDate deadline = timetable.earliestResponseDeadline(method, issued);
		return new Timetable(method, issued, timetable.noticePeriodEnd(issued),
				timetable.earliestDocumentsUntil(issued), deadline, timetable.latestClarificationDate(method, deadline),
				timetable.singleSourceNoticeEnd(issued), !days.covers(issued) || !days.covers(deadline));
	}

}
