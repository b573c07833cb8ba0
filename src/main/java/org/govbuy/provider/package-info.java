/**
 * The provider registry (承接主体): registration, eligibility evidence, qualification review,
 * rosters of bad actors, the credit record and debarment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "承接主体 (provider)", allowedDependencies = { "platform" })
package org.govbuy.provider;
