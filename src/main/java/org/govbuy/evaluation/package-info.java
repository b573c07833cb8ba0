/**
 * Performance evaluation (绩效评价) of purchased services: indicator systems as versioned
 * data, evaluations scheduled by contracts' signing, scored by the purchaser, a
 * third-party evaluator, finance for its focused evaluations and service recipients
 * through a public survey; grades, the provider's objection, the published report, and
 * the results other modules use (provider credit, renewal, next year's budget, 定向委托
 * suggestions). It keeps its own record of each contract and of what delivery measured,
 * from their events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "绩效评价 (evaluation)",
		allowedDependencies = { "platform", "catalog", "budget", "procurement", "provider", "contract", "delivery" })
package org.govbuy.evaluation;
