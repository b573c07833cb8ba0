/**
 * Procurement of services: the lawful method, legal time limits in working days, sealed
 * bids, expert evaluation, award, challenges and framework agreements.
 */
@org.springframework.modulith.ApplicationModule(displayName = "采购 (procurement)",
		allowedDependencies = { "platform", "budget", "provider", "catalog" })
package org.govbuy.procurement;
