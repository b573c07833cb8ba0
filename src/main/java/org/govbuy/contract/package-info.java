/**
 * Contracts from awards: mandatory clauses, lawful terms and renewals, signing,
 * publication and filing on time, deposits, supplementary agreements, subcontracting and
 * payment terms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "合同 (contract)",
		allowedDependencies = { "platform", "catalog", "budget", "procurement", "provider" })
package org.govbuy.contract;
