package org.govbuy.platform;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import org.govbuy.shared.Rule;
import org.govbuy.shared.WorkingDayCalendar;

/**
 * One thing a user has to do, shown on the 工作台: what to do, what it is about, by when and
 * on which ground, and the page that does it. Modules compute their items from the state
 * of the user's organization and region ({@link WorkItems}); the platform ranks them
 * against today's date.
 *
 * @param title what to do, in Chinese (e.g. 答复质疑)
 * @param about what it concerns (a project, a plan, a contract)
 * @param deadline the last day, Beijing date; null when no time limit applies
 * @param basis why the deadline is that day
 * @param href the page that does it
 */
public record WorkItem(String title, String about, LocalDate deadline, Basis basis, String href) {

	public WorkItem {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(href, "href");
		about = about == null ? "" : about;
		basis = basis == null ? Basis.NONE : basis;
	}

	/** A to-do without a time limit. */
	public static WorkItem open(String title, String about, String href) {
		return new WorkItem(title, about, null, Basis.NONE, href);
	}

	/** A to-do whose last day a rule fixes. */
	public static WorkItem due(String title, String about, LocalDate deadline, Rule rule, String href) {
		return new WorkItem(title, about, deadline, Basis.of(rule), href);
	}

	/** How urgent the item is today. */
	public Severity severity(LocalDate today, WorkingDayCalendar calendar) {
		return Severity.of(deadline, today, calendar);
	}

	/**
	 * The 工作台's order: 预警 first, then by deadline (the nearest first, items without a
	 * deadline last), then by title.
	 */
	public static Comparator<WorkItem> ordering(LocalDate today, WorkingDayCalendar calendar) {
		return Comparator.comparing((WorkItem item) -> item.severity(today, calendar) != Severity.OVERDUE)
			.thenComparing(WorkItem::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(WorkItem::title)
			.thenComparing(WorkItem::about);
	}

	/**
	 * The ground of a deadline: a rule (its id and short citation) or the contract's own
	 * terms (合同约定).
	 *
	 * @param ruleId the rule's id, e.g. GPL-53; empty for an agreed or absent deadline
	 * @param citation the citation, or 合同约定
	 */
	public record Basis(String ruleId, String citation) {

		/** No time limit. */
		public static final Basis NONE = new Basis("", "");

		/** A time limit the contract sets. */
		public static final Basis AGREED = new Basis("", "合同约定");

		public Basis {
			ruleId = ruleId == null ? "" : ruleId;
			citation = citation == null ? "" : citation;
		}

		public static Basis of(Rule rule) {
			return rule == null ? NONE : new Basis(rule.id(), rule.citation());
		}

	}

	/** How urgent a to-do is against today's date. */
	public enum Severity {

		/** 预警: past its deadline. */
		OVERDUE("预警"),
		/** 临近: due within {@value #NEAR_WORKING_DAYS} working days (today included). */
		NEAR("临近"),
		/** 正常: later, or no deadline. */
		NORMAL("正常");

		/** How many working days ahead a deadline counts as near. */
		public static final int NEAR_WORKING_DAYS = 3;

		private final String label;

		Severity(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		/**
		 * 预警 when the deadline is before today; 临近 when it is today or no later than the
		 * third working day after today; 正常 otherwise and without a deadline.
		 */
		public static Severity of(LocalDate deadline, LocalDate today, WorkingDayCalendar calendar) {
			if (deadline == null) {
				return NORMAL;
			}
			if (deadline.isBefore(today)) {
				return OVERDUE;
			}
			return deadline.isAfter(calendar.addWorkingDays(today, NEAR_WORKING_DAYS)) ? NORMAL : NEAR;
		}

	}

}
