package org.govbuy.notification;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.govbuy.platform.Accounts;
import org.govbuy.platform.Accounts.AccountSummary;
import org.govbuy.platform.Organizations;
import org.govbuy.platform.Region;
import org.govbuy.platform.Regions;
import org.govbuy.platform.Role;
import org.govbuy.provider.ProviderDirectory;
import org.govbuy.shared.RegionCode;

import org.springframework.stereotype.Component;

/**
 * Who an event concerns, by username: the enabled users of an organization, of a
 * provider, or the finance users of a region and of every region below it — found through
 * the platform's and the provider registry's published APIs.
 */
@Component
class Recipients {

	private final Accounts accounts;

	private final Organizations organizations;

	private final Regions regions;

	private final ProviderDirectory providers;

	Recipients(Accounts accounts, Organizations organizations, Regions regions, ProviderDirectory providers) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.regions = regions;
		this.providers = providers;
	}

	/** The enabled users of an organization. */
	Set<String> ofOrganization(UUID organizationId) {
		Set<String> usernames = new TreeSet<>();
		accounts.inOrganization(organizationId).forEach(account -> usernames.add(account.username()));
		return usernames;
	}

	/** The enabled users of a provider's organization (none for an unknown provider). */
	Set<String> ofProvider(UUID providerId) {
		return providers.find(providerId)
			.map(provider -> ofOrganization(provider.organizationId()))
			.orElseGet(TreeSet::new);
	}

	/**
	 * The finance users (经办 and 审核) of the finance bureaus of a region and of every
	 * region below it.
	 */
	Set<String> financeWithin(RegionCode region) {
		Set<String> usernames = new TreeSet<>();
		Deque<RegionCode> pending = new ArrayDeque<>();
		pending.add(region);
		while (!pending.isEmpty()) {
			RegionCode code = pending.poll();
			organizations.financeBureauOf(code)
				.ifPresent(bureau -> accounts.inOrganization(bureau.id())
					.stream()
					.filter(Recipients::isFinance)
					.forEach(account -> usernames.add(account.username())));
			regions.children(code).stream().map(Region::code).forEach(pending::add);
		}
		return usernames;
	}

	private static boolean isFinance(AccountSummary account) {
		return account.roles().contains(Role.FINANCE_CLERK) || account.roles().contains(Role.FINANCE_REVIEWER);
	}

}
