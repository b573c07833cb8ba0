/**
 * Messages to users about what happened to their organization's contracts, payments,
 * budget lines and catalogs: an inbox per user with a bell on every page, and e-mail for
 * the kinds a user chooses; fed only by other modules' events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "消息通知 (notification)",
		allowedDependencies = { "platform", "provider", "contract", "delivery", "budget", "catalog" })
package org.govbuy.notification;
