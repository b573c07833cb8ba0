package org.govbuy.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.govbuy.evaluation.EvaluationKind;

/**
 * When a contract is evaluated (102令 第二十条: periodically): one annual evaluation for each
 * fiscal year the term spans except the last, from the later of the start and 1 January
 * to 31 December and due that day; one at completion for the last fiscal year of the
 * term, due on the term's last day. A termination brings the completion forward to the
 * termination day and cancels the annual ones not yet open.
 */
public final class EvaluationSchedule {

	private EvaluationSchedule() {
	}

	/**
	 * A scheduled evaluation.
	 *
	 * @param kind annual or at completion
	 * @param periodStartsOn first day evaluated
	 * @param periodEndsOn last day evaluated
	 * @param dueOn the day it opens
	 */
	public record Slot(EvaluationKind kind, LocalDate periodStartsOn, LocalDate periodEndsOn, LocalDate dueOn) {
	}

	/** The evaluations of a term, in order. */
	public static List<Slot> of(LocalDate startsOn, LocalDate endsOn) {
		if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("服务期限无效：" + startsOn + " 至 " + endsOn);
		}
		List<Slot> slots = new ArrayList<>();
		for (int year = startsOn.getYear(); year < endsOn.getYear(); year++) {
			LocalDate from = max(startsOn, LocalDate.of(year, 1, 1));
			LocalDate to = LocalDate.of(year, 12, 31);
			slots.add(new Slot(EvaluationKind.ANNUAL, from, to, to));
		}
		LocalDate lastYearStart = max(startsOn, LocalDate.of(endsOn.getYear(), 1, 1));
		slots.add(new Slot(EvaluationKind.COMPLETION, lastYearStart, endsOn, endsOn));
		return List.copyOf(slots);
	}

	/**
	 * The completion evaluation after a termination: it covers from the first period not
	 * yet evaluated (the earliest of the completion's start and the starts of the annual
	 * evaluations that are cancelled) to the termination day, and is due that day.
	 * @param completion the completion as scheduled
	 * @param cancelledAnnuals the annual evaluations the termination cancels
	 * @param terminatedOn the day the contract ended
	 */
	public static Slot terminated(Slot completion, List<Slot> cancelledAnnuals, LocalDate terminatedOn) {
		LocalDate from = completion.periodStartsOn();
		for (Slot annual : cancelledAnnuals) {
			from = annual.periodStartsOn().isBefore(from) ? annual.periodStartsOn() : from;
		}
		if (terminatedOn.isBefore(from)) {
			from = terminatedOn;
		}
		return new Slot(EvaluationKind.COMPLETION, from, terminatedOn, terminatedOn);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
