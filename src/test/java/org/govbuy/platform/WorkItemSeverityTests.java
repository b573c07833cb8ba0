package org.govbuy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.govbuy.platform.WorkItem.Severity;
import org.govbuy.shared.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/**
 * The 工作台's policy: 预警 past the deadline, 临近 within three working days on the legal
 * calendar, 预警 items first and then the nearest deadline.
 */
class WorkItemSeverityTests {

	static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.bundled();

	/** Friday 2026-12-04; the third working day after it is Wednesday 2026-12-09. */
	static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);

	@Test
	void warnsOfAnItemPastItsDeadline() {
		assertThat(Severity.of(FRIDAY.minusDays(1), FRIDAY, CALENDAR)).isEqualTo(Severity.OVERDUE);
		assertThat(Severity.OVERDUE.label()).isEqualTo("预警");
	}

	@Test
	void anItemDueTodayIsNearNotOverdue() {
		assertThat(Severity.of(FRIDAY, FRIDAY, CALENDAR)).isEqualTo(Severity.NEAR);
	}

	@Test
	void countsTheThreeDaysAsWorkingDaysSkippingTheWeekend() {
		assertThat(Severity.of(LocalDate.of(2026, 12, 9), FRIDAY, CALENDAR)).isEqualTo(Severity.NEAR);
		assertThat(Severity.of(LocalDate.of(2026, 12, 10), FRIDAY, CALENDAR)).isEqualTo(Severity.NORMAL);
	}

	@Test
	void countsOfficialHolidaysAsNonWorkingDays() {
		// 2026 国庆: 10月1日–7日 off; from 9月30日 the third working day is 10月10日 (a make-up
		// Saturday: 10月8日, 9日, 10日).
		LocalDate eve = LocalDate.of(2026, 9, 30);
		LocalDate third = CALENDAR.addWorkingDays(eve, 3);
		assertThat(third).isAfter(LocalDate.of(2026, 10, 7));
		assertThat(Severity.of(LocalDate.of(2026, 10, 7), eve, CALENDAR)).isEqualTo(Severity.NEAR);
		assertThat(Severity.of(third.plusDays(1), eve, CALENDAR)).isEqualTo(Severity.NORMAL);
	}

	@Test
	void anItemWithoutDeadlineIsNormal() {
		assertThat(Severity.of(null, FRIDAY, CALENDAR)).isEqualTo(Severity.NORMAL);
	}

	@Test
	void ordersOverdueFirstThenByDeadlineThenItemsWithoutDeadline() {
		WorkItem open = WorkItem.open("修改被退回的计划", "2027年度计划", "/budget/plans");
		WorkItem later = new WorkItem("备案合同", "HT-1", FRIDAY.plusDays(20), WorkItem.Basis.NONE, "/contracts/1");
		WorkItem near = new WorkItem("公告合同", "HT-1", FRIDAY.plusDays(3), WorkItem.Basis.NONE, "/contracts/1");
		WorkItem overdue = new WorkItem("答复质疑", "居家养老", FRIDAY.minusDays(2), WorkItem.Basis.NONE, "/p/1");
		WorkItem longOverdue = new WorkItem("签订合同", "居家养老", FRIDAY.minusDays(9), WorkItem.Basis.NONE, "/c/1");

		List<WorkItem> ranked = List.of(open, later, near, overdue, longOverdue)
			.stream()
			.sorted(WorkItem.ordering(FRIDAY, CALENDAR))
			.toList();

		assertThat(ranked).containsExactly(longOverdue, overdue, near, later, open);
	}

	@Test
	void aRuleGivesTheBasisItsIdAndCitationAndAnAgreedDeadlineSaysSo() {
		WorkItem item = WorkItem.due("答复质疑", "居家养老", FRIDAY, new TestRule(), "/p/1");
		assertThat(item.basis().ruleId()).isEqualTo("GPL-53");
		assertThat(item.basis().citation()).isEqualTo("《政府采购法》第五十三条");
		assertThat(WorkItem.Basis.AGREED.citation()).isEqualTo("合同约定");
	}

	record TestRule() implements org.govbuy.shared.Rule {

		@Override
		public org.govbuy.shared.RuleDefinition definition() {
			return org.govbuy.shared.RuleDefinition.of("GPL-53", "《政府采购法》第五十三条", "质疑答复期限", "七个工作日内答复",
					org.govbuy.shared.Confidence.VERIFIED);
		}

		@Override
		public String module() {
			return "procurement";
		}

	}

}
