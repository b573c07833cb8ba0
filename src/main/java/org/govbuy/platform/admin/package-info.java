/**
 * The platform's administration pages: users, organizations, regions, parameters,
 * calendar, own password.
 */
package org.govbuy.platform.admin;
