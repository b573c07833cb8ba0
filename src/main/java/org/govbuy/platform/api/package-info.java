/**
 * The platform's JSON API under {@code /api/v1}: accounts, organizations, regions,
 * parameters, calendar.
 */
package org.govbuy.platform.api;
