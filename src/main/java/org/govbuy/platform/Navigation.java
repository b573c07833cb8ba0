package org.govbuy.platform;

import java.util.List;

/** A module's contribution to the navigation bar. */
public interface Navigation {

	List<NavigationItem> items();

}
