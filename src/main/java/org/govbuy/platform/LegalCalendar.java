package org.govbuy.platform;

import org.govbuy.shared.WorkingDayCalendar;

/**
 * The official working-day calendar (holidays and make-up working days) every legal time
 * limit is computed on. Administrators import each year's notice.
 */
public interface LegalCalendar {

	/** The calendar as currently imported. */
	WorkingDayCalendar calendar();

}
