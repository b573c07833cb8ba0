package org.govbuy.catalog.domain;

import java.time.LocalDate;
import java.time.MonthDay;

import org.govbuy.catalog.CatalogRule;
import org.govbuy.shared.FiscalYear;

/**
 * Seed 004 (rule {@code SEED004-9}): catalog adjustments for a budget year are due by the
 * regional deadline in the year before (default 30 September). A version published later
 * is flagged and must say why; without a reason it is refused.
 */
public final class AdjustmentDeadline {

	private AdjustmentDeadline() {
	}

	/**
	 * @param deadline the last day for the year's catalog (inclusive: 民法典 §1259, 以前
	 * includes the day)
	 * @param late whether publication comes after it
	 * @param reason why, if late
	 */
	public record Assessment(LocalDate deadline, boolean late, String reason) {
	}

	/**
	 * The deadline for a budget year's catalog: the regional month-day in the year
	 * before.
	 */
	public static LocalDate deadlineFor(FiscalYear fiscalYear, MonthDay regionalDeadline) {
		return regionalDeadline.atYear(fiscalYear.value() - 1);
	}

	/** Assesses publication on a date; refuses a late one without a reason. */
	public static Assessment assess(FiscalYear fiscalYear, LocalDate publishedOn, MonthDay regionalDeadline,
			String reason) {
		LocalDate deadline = deadlineFor(fiscalYear, regionalDeadline);
		boolean late = publishedOn.isAfter(deadline);
		if (late && (reason == null || reason.isBlank())) {
			throw CatalogRule.ADJUSTMENT_DEADLINE
				.refusal(fiscalYear + " 年度目录的调整截止日为 " + deadline + "，今天（" + publishedOn + "）发布须填写逾期原因");
		}
		return new Assessment(deadline, late, late ? reason.strip() : null);
	}

}
