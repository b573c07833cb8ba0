/**
 * Annual purchase plans and budgets — budget first, then buy: the 政府购买服务项目预算表, finance
 * review, and the funds ledger every later yuan is counted in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "预算 (budget)",
		allowedDependencies = { "platform", "catalog" })
package org.govbuy.budget;
