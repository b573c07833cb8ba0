/**
 * The delivery of signed contracts: milestones, the provider's project ledger (台账),
 * acceptance with service recipients and rectification, payment requests through the
 * treasury, and the monitoring of what is overdue. It keeps its own record of each
 * contract from the contract module's events and reads contracts through the contract
 * module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "履约 (delivery)",
		allowedDependencies = { "platform", "budget", "contract" })
package org.govbuy.delivery;
