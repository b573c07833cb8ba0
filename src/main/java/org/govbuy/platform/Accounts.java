package org.govbuy.platform;

import java.util.Set;
import java.util.UUID;

/** Account creation for other modules (e.g. a provider registering itself). */
public interface Accounts {

	/**
	 * Creates a sign-in account for an organization; the password must meet the password
	 * policy and the roles must fit the organization's kind. Audited.
	 * @return the new account's id
	 * @throws InvalidInputException for a taken username, a weak password or unfit roles
	 */
	UUID create(String username, String displayName, UUID organizationId, Set<Role> roles, String password);

	/** Whether a username is taken. */
	boolean exists(String username);

	/**
	 * An enabled account as other modules refer to it (e.g. a panel member).
	 *
	 * @param username the sign-in name
	 * @param displayName the person's name
	 * @param roles the account's roles
	 */
	record AccountSummary(String username, String displayName, Set<Role> roles) {
	}

	/** The enabled account with this username. */
	java.util.Optional<AccountSummary> find(String username);

	/** Enabled accounts holding a role, by name. */
	java.util.List<AccountSummary> withRole(Role role);

	/** The enabled accounts of an organization, by name (e.g. whom to notify). */
	java.util.List<AccountSummary> inOrganization(UUID organizationId);

}
