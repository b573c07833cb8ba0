package org.govbuy.platform;

import java.util.List;

/** A module's figures for a user's home page, within the user's data scope. */
public interface HomeCards {

	List<HomeCard> cardsFor(CurrentUser user);

}
