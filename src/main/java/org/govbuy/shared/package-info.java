/**
 * The shared kernel: value types every module speaks in (money, fiscal years, region
 * codes, credit codes, legal boundary words, the working-day calendar and the rule
 * vocabulary), with no beans and no tables of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.govbuy.shared;
