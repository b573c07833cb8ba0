package org.govbuy.platform;

import java.util.List;

/**
 * A module's to-dos for a user's 工作台, computed from the module's own data within the
 * user's organization and data scope. Deadlines in working days are counted on the
 * {@link LegalCalendar}, today's date on the application's clock.
 */
public interface WorkItems {

	List<WorkItem> itemsFor(CurrentUser user);

}
