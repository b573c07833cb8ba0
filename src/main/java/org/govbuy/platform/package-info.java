/**
 * The platform every module stands on: identity and organizations, regions (GB/T 2260),
 * regional policy parameters, the working-day calendar, the rules registry, the audit
 * trail and the web shell.
 */
@org.springframework.modulith.ApplicationModule(displayName = "平台 (platform)")
package org.govbuy.platform;
