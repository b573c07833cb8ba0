/**
 * The guiding catalog (指导性目录) of what governments may buy as a service, per region and
 * budget year with versions and alignment to the level above, the negative list (禁止购买事项)
 * of what they may never buy that way, and the departments' implementation catalogs
 * (实施目录).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog", allowedDependencies = { "platform" })
package org.govbuy.catalog;
